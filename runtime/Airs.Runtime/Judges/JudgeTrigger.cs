using Airs.Runtime.Decisions;
using Airs.Runtime.Policy;

namespace Airs.Runtime.Judges;

/// <summary>Why a judge ran on a decision: its own sample, a guard that raised it, or PACE <c>judges all</c>.</summary>
public enum JudgeTrigger
{
    /// <summary>The decision fell in the judge's <c>sample</c> rate: an unbiased sample.</summary>
    Sample,
    /// <summary>A guard of the stage fired and <c>sample … when guard fired</c> raised the rate: chosen by risk.</summary>
    Guard,
    /// <summary>The PACE level holds <c>judges all</c>.</summary>
    Pace,
}

public static class JudgeTriggers
{
    public static readonly KeywordTable<JudgeTrigger> Table = new(
        (JudgeTrigger.Sample, "sample"), (JudgeTrigger.Guard, "guard"), (JudgeTrigger.Pace, "pace"));

    public static string ToKeyword(this JudgeTrigger trigger) => Table.ToKeyword(trigger);

    /// <summary>
    /// Whether <paramref name="judge"/> runs on the decision, and why; null when it does not. The judge's own sample
    /// is asked first (so a run the sample would have made anyway counts as unbiased), then each <c>sample … when
    /// guard fired</c> whose guard has a finding in <paramref name="findings"/> (detect mode included), then PACE.
    /// Every choice is deterministic from the decision id (<see cref="JudgeSampler"/>).
    /// </summary>
    public static JudgeTrigger? Of(JudgeSpec judge, string decisionId, IReadOnlyList<Finding> findings, bool judgesAll)
    {
        if (JudgeSampler.IsSampled(decisionId, judge.Name, judge.SampleRate))
        {
            return JudgeTrigger.Sample;
        }
        foreach (var boost in judge.SampleWhen)
        {
            if (Fired(findings, boost.Guard) && JudgeSampler.IsSampled(decisionId, judge.Name, boost.Rate))
            {
                return JudgeTrigger.Guard;
            }
        }
        return judgesAll ? JudgeTrigger.Pace : null;
    }

    private static bool Fired(IReadOnlyList<Finding> findings, string guard)
    {
        for (var i = 0; i < findings.Count; i++)
        {
            if (findings[i].Layer == Layer.Guardrail && string.Equals(findings[i].Control, guard, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
