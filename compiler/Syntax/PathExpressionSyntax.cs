namespace Airs.Compiler.Syntax;

/// <summary><c>input.text</c>, <c>high</c>, <c>owasp.llm01</c>: identifiers separated by dots.</summary>
public sealed partial class PathExpressionSyntax : ExpressionSyntax
{
    public PathExpressionSyntax(SeparatedSyntaxList<SyntaxToken> segments)
    {
        Segments = segments;
    }

    public SeparatedSyntaxList<SyntaxToken> Segments { get; }

    protected override IEnumerable<SyntaxElement?> EnumerateChildren()
    {
        foreach (var item in Segments.GetWithSeparators())
        {
            yield return item;
        }
    }

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitPathExpression(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitPathExpression(this);
}
