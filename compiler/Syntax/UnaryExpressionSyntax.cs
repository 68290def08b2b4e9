namespace Airs.Compiler.Syntax;

/// <summary><c>not operand</c> or <c>-operand</c></summary>
public sealed partial class UnaryExpressionSyntax : ExpressionSyntax
{
    public UnaryExpressionSyntax(SyntaxToken operatorToken, ExpressionSyntax operand)
    {
        OperatorToken = operatorToken;
        Operand = operand;
    }

    public SyntaxToken OperatorToken { get; }

    public ExpressionSyntax Operand { get; }

    protected override IEnumerable<SyntaxElement?> EnumerateChildren()
    {
        yield return OperatorToken;
        yield return Operand;
    }

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitUnaryExpression(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitUnaryExpression(this);
}
