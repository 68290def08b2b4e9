using Airs.Runtime.Functions;
using Airs.Runtime.Sequences;

namespace Airs.Runtime.Decisions;

/// <summary>What the PACE state asks of the deterministic controls, and whether to keep a trace.</summary>
/// <param name="EnforceAll">Detect-mode controls enforce (PACE <c>enforce all</c>).</param>
/// <param name="ToolsReadOnly">Tools that write are denied (PACE <c>tools read_only</c>).</param>
/// <param name="Trace">Record every control evaluated, fired or not.</param>
public sealed record EvaluationOptions(bool EnforceAll = false, bool ToolsReadOnly = false, bool Trace = false)
{
    public static readonly EvaluationOptions Default = new();

    /// <summary>The session's recent tool calls, for sequence rules; none unless the engine read them.</summary>
    public ToolHistory History { get; init; } = ToolHistory.None;

    /// <summary>The agents PACE contains (<c>isolate</c>, <c>read_only</c>, <c>handover</c>).</summary>
    public AgentContainment Containment { get; init; } = AgentContainment.None;
}
