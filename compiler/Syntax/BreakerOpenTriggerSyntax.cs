namespace Airs.Compiler.Syntax;

/// <summary><c>breaker name open</c></summary>
public sealed partial class BreakerOpenTriggerSyntax : PaceTriggerSyntax
{
    public BreakerOpenTriggerSyntax(SyntaxToken breakerKeyword, SyntaxToken name, SyntaxToken openKeyword)
    {
        BreakerKeyword = breakerKeyword;
        Name = name;
        OpenKeyword = openKeyword;
    }

    public SyntaxToken BreakerKeyword { get; }

    public SyntaxToken Name { get; }

    public SyntaxToken OpenKeyword { get; }

    protected override IEnumerable<SyntaxElement?> EnumerateChildren()
    {
        yield return BreakerKeyword;
        yield return Name;
        yield return OpenKeyword;
    }

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitBreakerOpenTrigger(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitBreakerOpenTrigger(this);
}
