namespace Airs.Compiler.Syntax;

/// <summary><c>when condition</c></summary>
public sealed partial class WhenSyntax : ItemSyntax
{
    public WhenSyntax(SyntaxToken whenKeyword, ExpressionSyntax condition)
    {
        WhenKeyword = whenKeyword;
        Condition = condition;
    }

    public SyntaxToken WhenKeyword { get; }

    public ExpressionSyntax Condition { get; }

    protected override IEnumerable<SyntaxElement?> EnumerateChildren()
    {
        yield return WhenKeyword;
        yield return Condition;
    }

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitWhen(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitWhen(this);
}
