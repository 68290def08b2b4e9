namespace Airs.Compiler.Syntax;

/// <summary><c>wait 1m</c> in a test: moves the test's clock on.</summary>
public sealed partial class WaitSyntax : ItemSyntax
{
    public WaitSyntax(SyntaxToken waitKeyword, ExpressionSyntax duration)
    {
        WaitKeyword = waitKeyword;
        Duration = duration;
    }

    public SyntaxToken WaitKeyword { get; }

    public ExpressionSyntax Duration { get; }

    protected override IEnumerable<SyntaxElement?> EnumerateChildren()
    {
        yield return WaitKeyword;
        yield return Duration;
    }

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitWait(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitWait(this);
}
