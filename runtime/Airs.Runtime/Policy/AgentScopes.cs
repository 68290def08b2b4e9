using System.Collections.Immutable;

namespace Airs.Runtime.Policy;

/// <summary>
/// The agent a <c>per agent</c> limit or breaker counts a request under. Only tool calls and agent messages check
/// <c>agent.id</c> against the declared agents (by its chain); on the other stages a host, or a gateway header, could
/// name a fresh agent per request and get a fresh count each time, and never trip a breaker. So an id the policy does not
/// declare counts as no id: it shares the <c>anonymous</c> key with the requests that name no agent.
/// </summary>
public static class AgentScopes
{
    /// <summary><paramref name="agentId"/> when it names a declared agent (or the policy declares none), else empty.</summary>
    public static string IdOf(ImmutableArray<AgentSpec> agents, string? agentId)
    {
        if (string.IsNullOrEmpty(agentId) || agents.IsDefaultOrEmpty)
        {
            return agentId ?? "";
        }
        foreach (var agent in agents)
        {
            if (string.Equals(agent.Name, agentId, StringComparison.Ordinal))
            {
                return agentId;
            }
        }
        return "";
    }
}
