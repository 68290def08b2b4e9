namespace Airs.Compiler.Syntax;

/// <summary><c>delegates agent with ["tool"]</c></summary>
public sealed partial class DelegatesSyntax : ItemSyntax
{
    public DelegatesSyntax(SyntaxToken delegatesKeyword, SyntaxToken agent, SyntaxToken withKeyword, ExpressionSyntax tools)
    {
        DelegatesKeyword = delegatesKeyword;
        Agent = agent;
        WithKeyword = withKeyword;
        Tools = tools;
    }

    public SyntaxToken DelegatesKeyword { get; }

    public SyntaxToken Agent { get; }

    public SyntaxToken WithKeyword { get; }

    public ExpressionSyntax Tools { get; }

    protected override IEnumerable<SyntaxElement?> EnumerateChildren()
    {
        yield return DelegatesKeyword;
        yield return Agent;
        yield return WithKeyword;
        yield return Tools;
    }

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitDelegates(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitDelegates(this);
}
