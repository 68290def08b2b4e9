namespace Airs.Compiler.Syntax;

/// <summary>An expression the parser gave up on (nesting too deep); its tokens are skipped.</summary>
public sealed partial class ErrorExpressionSyntax : ExpressionSyntax
{
    public ErrorExpressionSyntax(SkippedTokensSyntax skipped)
    {
        Skipped = skipped;
    }

    public SkippedTokensSyntax Skipped { get; }

    protected override IEnumerable<SyntaxElement?> EnumerateChildren()
    {
        yield return Skipped;
    }

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitErrorExpression(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitErrorExpression(this);
}
