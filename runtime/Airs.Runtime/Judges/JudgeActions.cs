using Airs.Runtime.Decisions;
using Airs.Runtime.Policy;

namespace Airs.Runtime.Judges;

/// <summary>
/// Maps a <see cref="JudgeResult"/> to what the policy asks for. Pass and not-sampled ask for nothing.
/// Fail → <c>on fail</c>. Disagreement → escalate to the <c>on fail</c> review queue (RT-13). Error → the failure
/// posture: <c>on error</c> decides when it names an outcome stricter than allow; otherwise (no <c>on error</c>, or
/// one that only moves PACE) the tier decides the outcome — fail closed blocks, fail open allows with a finding —
/// while the declared PACE move and review queue are kept.
/// </summary>
public static class JudgeActions
{
    /// <summary>The user-facing message when a fail-closed tier blocks because its judge could not decide.</summary>
    public const string FailClosedMessage = "This response could not be verified, so it was withheld.";

    public static JudgeDisposition? Map(JudgeResult result, JudgeSpec spec, Tier tier) => result switch
    {
        JudgeResult.Passed or JudgeResult.NotSampled => null,
        JudgeResult.Failed f => Disposition(spec, spec.OnFail,
            $"judge `{spec.Name}` returned fail{Reason(f.Verdict)}"),
        JudgeResult.Disagreement d => Disposition(spec, new ActionSpec(Outcome.Escalate, Review: spec.OnFail.Review),
            $"judge `{spec.Name}` models disagree: `{d.Primary.Model}` says {d.Primary.Verdict.LabelKeyword}, `{d.Challenger.Model}` says {d.Challenger.Verdict.LabelKeyword}"),
        JudgeResult.Errored e => OnError(spec, tier, e),
        _ => throw new ArgumentOutOfRangeException(nameof(result)),
    };

    /// <summary>The action for a judge error in <paramref name="tier"/> (see the type's summary for the rule).</summary>
    public static ActionSpec ErrorAction(JudgeSpec spec, Tier tier)
    {
        var declared = spec.OnError;
        if (declared is not null && declared.Outcome > Outcome.Allow)
        {
            return declared;
        }
        var posture = TierRequirements.For(tier).FailClosed
            ? new ActionSpec(Outcome.Block, FailClosedMessage)
            : new ActionSpec(Outcome.Allow);
        return posture with { Review = declared?.Review, Pace = declared?.Pace };
    }

    private static JudgeDisposition OnError(JudgeSpec spec, Tier tier, JudgeResult.Errored e)
    {
        var action = ErrorAction(spec, tier);
        var posture = TierRequirements.For(tier).FailClosed ? "fail closed" : "fail open";
        var decidedBy = spec.OnError is { Outcome: > Outcome.Allow } ? "on error" : $"{tier.ToKeyword()} tier: {posture}";
        return Disposition(spec, action,
            $"judge `{spec.Name}` could not decide ({Keyword(e.Kind)}): {e.Detail}; {action.Outcome.ToKeyword()} by {decidedBy}");
    }

    private static JudgeDisposition Disposition(JudgeSpec spec, ActionSpec action, string message) =>
        new(new Finding(
                string.IsNullOrEmpty(spec.Id) ? spec.Name : spec.Id,
                spec.Name,
                Layer.Judge,
                action.Outcome,
                spec.Mode,
                message,
                []),
            action);

    private static string Reason(Verdict v) => v.Reason is { Length: > 0 } r ? $": {JudgeRunner.OneLine(r, 200)}" : "";

    public static string Keyword(JudgeErrorKind kind) => kind switch
    {
        JudgeErrorKind.Timeout => "timeout",
        JudgeErrorKind.Exception => "exception",
        JudgeErrorKind.Unparseable => "unparseable verdict",
        JudgeErrorKind.ModelMissing => "model missing",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
