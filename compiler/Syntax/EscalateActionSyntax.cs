namespace Airs.Compiler.Syntax;

/// <summary><c>escalate review_name</c></summary>
public sealed partial class EscalateActionSyntax : ActionSyntax
{
    public EscalateActionSyntax(SyntaxToken keyword, SyntaxToken review)
    {
        Keyword = keyword;
        Review = review;
    }

    public override SyntaxToken Keyword { get; }

    public SyntaxToken Review { get; }

    protected override IEnumerable<SyntaxElement?> EnumerateChildren()
    {
        yield return Keyword;
        yield return Review;
    }

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitEscalateAction(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitEscalateAction(this);
}
