using System.Collections.Frozen;
using Airs.Runtime.Policy;

namespace Airs.Runtime.Functions;

/// <summary>
/// The agents the current PACE level contains: isolated, read-only, or handed over to their declared backup.
/// The engine builds it when the level changes; <see cref="ToolPermissions"/> enforces it on the tool stages.
/// </summary>
public sealed class AgentContainment
{
    public static readonly AgentContainment None = new("primary", FrozenSet<string>.Empty, FrozenSet<string>.Empty, FrozenDictionary<string, string>.Empty);

    private AgentContainment(string level, FrozenSet<string> isolated, FrozenSet<string> readOnly, FrozenDictionary<string, string> handovers)
    {
        Level = level;
        Isolated = isolated;
        ReadOnly = readOnly;
        Handovers = handovers;
    }

    /// <summary>The PACE level that contains the agents, for messages.</summary>
    public string Level { get; }

    public FrozenSet<string> Isolated { get; }

    public FrozenSet<string> ReadOnly { get; }

    /// <summary>Each handed-over agent and the backup that takes its place.</summary>
    public FrozenDictionary<string, string> Handovers { get; }

    public bool IsEmpty => Isolated.Count == 0 && ReadOnly.Count == 0 && Handovers.Count == 0;

    /// <summary>What <paramref name="state"/>'s agent actions contain; a handover without a declared backup isolates (fail closed).</summary>
    public static AgentContainment For(PolicySpec spec, PaceStateSpec? state)
    {
        if (state is null || state.AgentActions.IsDefaultOrEmpty)
        {
            return None;
        }
        var backups = spec.Agents.Where(a => a.Backup is not null).ToDictionary(a => a.Name, a => a.Backup!, StringComparer.Ordinal);
        var isolated = new HashSet<string>(StringComparer.Ordinal);
        var handovers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var action in state.AgentActions.Where(a => a.Action is AgentAction.Isolate or AgentAction.Handover))
        {
            if (action.Action == AgentAction.Handover && backups.TryGetValue(action.Agent, out var backup))
            {
                handovers[action.Agent] = backup;
            }
            else
            {
                isolated.Add(action.Agent);
            }
        }
        var readOnly = state.AgentActions.Where(a => a.Action == AgentAction.ReadOnly).Select(a => a.Agent);
        return new AgentContainment(state.Level.ToKeyword(), isolated.ToFrozenSet(StringComparer.Ordinal),
            readOnly.ToFrozenSet(StringComparer.Ordinal), handovers.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
