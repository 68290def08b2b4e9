namespace Airs.Runtime.Decisions;

/// <summary>What the PACE state asks of the deterministic controls, and whether to keep a trace.</summary>
/// <param name="EnforceAll">Detect-mode controls enforce (PACE <c>enforce all</c>).</param>
/// <param name="ToolsReadOnly">Tools that write are denied (PACE <c>tools read_only</c>).</param>
/// <param name="Trace">Record every control evaluated, fired or not.</param>
public sealed record EvaluationOptions(bool EnforceAll = false, bool ToolsReadOnly = false, bool Trace = false)
{
    public static readonly EvaluationOptions Default = new();
}
