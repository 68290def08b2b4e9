namespace Airs.Compiler.Syntax;

/// <summary><c>not operand</c></summary>
public sealed partial class UnaryExpressionSyntax : ExpressionSyntax
{
    public UnaryExpressionSyntax(SyntaxToken notKeyword, ExpressionSyntax operand)
    {
        NotKeyword = notKeyword;
        Operand = operand;
    }

    public SyntaxToken NotKeyword { get; }

    public ExpressionSyntax Operand { get; }

    protected override IEnumerable<SyntaxElement?> EnumerateChildren()
    {
        yield return NotKeyword;
        yield return Operand;
    }

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitUnaryExpression(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitUnaryExpression(this);
}
