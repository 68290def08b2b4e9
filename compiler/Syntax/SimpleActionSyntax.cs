namespace Airs.Compiler.Syntax;

/// <summary><c>allow</c> or <c>halt</c>.</summary>
public sealed partial class SimpleActionSyntax : ActionSyntax
{
    public SimpleActionSyntax(SyntaxToken keyword)
    {
        Keyword = keyword;
    }

    public override SyntaxToken Keyword { get; }

    protected override IEnumerable<SyntaxElement?> EnumerateChildren()
    {
        yield return Keyword;
    }

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitSimpleAction(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitSimpleAction(this);
}
