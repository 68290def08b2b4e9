using Airs.Compiler.Diagnostics;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Checking;

// Limits that could never act: a limit is met only by requests the controls let through, so one that counts the calls
// of a tool nobody may call counts nothing, ever.
internal sealed partial class Checker
{
    /// <summary>A limit on the calls (or a sum over the calls) of a tool that neither an agent nor the policy's <c>tools</c> grants.</summary>
    private void CheckLimitsReachable()
    {
        if (_policy.IsPack)
        {
            return; // a pack's tools are granted by the policy that uses it
        }
        var granted = _policy.Tools.Concat(_policy.Agents.SelectMany(a => a.Tools)).ToHashSet(StringComparer.Ordinal);
        foreach (var limit in _policy.Limits.Where(l => l.Spec.Measure is LimitMeasure.ToolCalls or LimitMeasure.Sum))
        {
            var tool = limit.Spec.Tool;
            if (tool is null ? granted.Count == 0 : !granted.Contains(tool))
            {
                Report(DiagnosticCatalog.LimitNeverReached(At(limit.Tree, limit.Syntax.Name), limit.Spec.Name, tool));
            }
        }
    }
}
