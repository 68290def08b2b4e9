namespace Airs.Compiler.Syntax;

/// <summary><c>redact spans with replacement</c></summary>
public sealed partial class RedactActionSyntax : ActionSyntax
{
    public RedactActionSyntax(SyntaxToken keyword, ExpressionSyntax target, SyntaxToken withKeyword, ExpressionSyntax replacement)
    {
        Keyword = keyword;
        Target = target;
        WithKeyword = withKeyword;
        Replacement = replacement;
    }

    public override SyntaxToken Keyword { get; }

    public ExpressionSyntax Target { get; }

    public SyntaxToken WithKeyword { get; }

    public ExpressionSyntax Replacement { get; }

    protected override IEnumerable<SyntaxElement?> EnumerateChildren()
    {
        yield return Keyword;
        yield return Target;
        yield return WithKeyword;
        yield return Replacement;
    }

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitRedactAction(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitRedactAction(this);
}
