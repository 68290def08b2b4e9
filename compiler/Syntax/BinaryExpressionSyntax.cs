namespace Airs.Compiler.Syntax;

/// <summary><c>left op right</c>; for <c>not in</c>, NotKeyword is set and OperatorToken is <c>in</c>.</summary>
public sealed partial class BinaryExpressionSyntax : ExpressionSyntax
{
    public BinaryExpressionSyntax(ExpressionSyntax left, SyntaxToken? notKeyword, SyntaxToken operatorToken, ExpressionSyntax right)
    {
        Left = left;
        NotKeyword = notKeyword;
        OperatorToken = operatorToken;
        Right = right;
    }

    public ExpressionSyntax Left { get; }

    public SyntaxToken? NotKeyword { get; }

    public SyntaxToken OperatorToken { get; }

    public ExpressionSyntax Right { get; }

    protected override IEnumerable<SyntaxElement?> EnumerateChildren()
    {
        yield return Left;
        yield return NotKeyword;
        yield return OperatorToken;
        yield return Right;
    }

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitBinaryExpression(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitBinaryExpression(this);
}
