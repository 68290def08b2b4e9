namespace Airs.Compiler.Syntax;

/// <summary>A PACE action on one agent: <c>isolate executor</c>, <c>read_only executor</c>, <c>handover executor</c>.</summary>
public sealed partial class AgentActionSyntax : ItemSyntax
{
    public AgentActionSyntax(SyntaxToken keyword, SyntaxToken agent)
    {
        Keyword = keyword;
        Agent = agent;
    }

    public SyntaxToken Keyword { get; }

    public SyntaxToken Agent { get; }

    protected override IEnumerable<SyntaxElement?> EnumerateChildren()
    {
        yield return Keyword;
        yield return Agent;
    }

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitAgentAction(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitAgentAction(this);
}
