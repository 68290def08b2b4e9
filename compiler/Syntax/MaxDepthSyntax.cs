namespace Airs.Compiler.Syntax;

/// <summary><c>max depth 2</c>: the most delegations an agent chain may hold.</summary>
public sealed partial class MaxDepthSyntax : ItemSyntax
{
    public MaxDepthSyntax(SyntaxToken maxKeyword, SyntaxToken depthKeyword, ExpressionSyntax value)
    {
        MaxKeyword = maxKeyword;
        DepthKeyword = depthKeyword;
        Value = value;
    }

    public SyntaxToken MaxKeyword { get; }

    public SyntaxToken DepthKeyword { get; }

    public ExpressionSyntax Value { get; }

    protected override IEnumerable<SyntaxElement?> EnumerateChildren()
    {
        yield return MaxKeyword;
        yield return DepthKeyword;
        yield return Value;
    }

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitMaxDepth(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitMaxDepth(this);
}
