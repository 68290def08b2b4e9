namespace Airs.Compiler.Syntax;

/// <summary><c>[a, b]</c></summary>
public sealed partial class ListExpressionSyntax : ExpressionSyntax
{
    public ListExpressionSyntax(SyntaxToken openBracket, SeparatedSyntaxList<ExpressionSyntax> elements, SyntaxToken closeBracket)
    {
        OpenBracket = openBracket;
        Elements = elements;
        CloseBracket = closeBracket;
    }

    public SyntaxToken OpenBracket { get; }

    public SeparatedSyntaxList<ExpressionSyntax> Elements { get; }

    public SyntaxToken CloseBracket { get; }

    protected override IEnumerable<SyntaxElement?> EnumerateChildren()
    {
        yield return OpenBracket;
        foreach (var item in Elements.GetWithSeparators())
        {
            yield return item;
        }
        yield return CloseBracket;
    }

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitListExpression(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitListExpression(this);
}
