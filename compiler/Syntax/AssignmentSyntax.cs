namespace Airs.Compiler.Syntax;

/// <summary><c>input.text = "…"</c> inside a test.</summary>
public sealed partial class AssignmentSyntax : ItemSyntax
{
    public AssignmentSyntax(PathExpressionSyntax target, SyntaxToken equalsToken, ExpressionSyntax value)
    {
        Target = target;
        EqualsToken = equalsToken;
        Value = value;
    }

    public PathExpressionSyntax Target { get; }

    public SyntaxToken EqualsToken { get; }

    public ExpressionSyntax Value { get; }

    protected override IEnumerable<SyntaxElement?> EnumerateChildren()
    {
        yield return Target;
        yield return EqualsToken;
        yield return Value;
    }

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitAssignment(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitAssignment(this);
}
