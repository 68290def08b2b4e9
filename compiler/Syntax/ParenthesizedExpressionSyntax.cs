namespace Airs.Compiler.Syntax;

/// <summary><c>(expr)</c></summary>
public sealed partial class ParenthesizedExpressionSyntax : ExpressionSyntax
{
    public ParenthesizedExpressionSyntax(SyntaxToken openParen, ExpressionSyntax expression, SyntaxToken closeParen)
    {
        OpenParen = openParen;
        Expression = expression;
        CloseParen = closeParen;
    }

    public SyntaxToken OpenParen { get; }

    public ExpressionSyntax Expression { get; }

    public SyntaxToken CloseParen { get; }

    protected override IEnumerable<SyntaxElement?> EnumerateChildren()
    {
        yield return OpenParen;
        yield return Expression;
        yield return CloseParen;
    }

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitParenthesizedExpression(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitParenthesizedExpression(this);
}
