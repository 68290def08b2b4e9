namespace Airs.Runtime.Policy;

/// <summary>A PACE action that contains one agent and leaves the others running.</summary>
public enum AgentAction
{
    /// <summary>Every request whose chain holds the agent, and every message to or from it, is refused.</summary>
    Isolate,

    /// <summary>The agent may call only tools that do not write.</summary>
    ReadOnly,

    /// <summary>The agent is refused and its declared backup takes its place in delegation chains.</summary>
    Handover,
}

/// <summary><c>isolate executor</c>, <c>read_only executor</c> or <c>handover executor</c> in a PACE level.</summary>
public sealed record AgentActionSpec(AgentAction Action, string Agent);

public static class AgentActions
{
    public static readonly KeywordTable<AgentAction> Table = new(
        (AgentAction.Isolate, "isolate"), (AgentAction.ReadOnly, "read_only"), (AgentAction.Handover, "handover"));

    public static string ToKeyword(this AgentAction action) => Table.ToKeyword(action);
}
