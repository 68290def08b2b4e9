namespace Airs.Compiler.Syntax;

/// <summary>A string, text block, number, percent, duration, regex, <c>true</c> or <c>false</c>.</summary>
public sealed partial class LiteralExpressionSyntax : ExpressionSyntax
{
    public LiteralExpressionSyntax(SyntaxToken token)
    {
        Token = token;
    }

    public SyntaxToken Token { get; }

    protected override IEnumerable<SyntaxElement?> EnumerateChildren()
    {
        yield return Token;
    }

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitLiteralExpression(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitLiteralExpression(this);
}
