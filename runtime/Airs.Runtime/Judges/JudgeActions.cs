using System.Globalization;
using Airs.Runtime.Decisions;
using Airs.Runtime.Policy;
using Airs.Runtime.Reviews;

namespace Airs.Runtime.Judges;

/// <summary>
/// The one reference for what a judge's result does to a decision, used by the engine and by <c>airs test</c>
/// (<see cref="Functions.JudgeOutcomes"/>) alike. Pass and not-sampled ask for nothing. Fail → <c>on fail</c>.
/// Disagreement → escalate to the <c>on fail</c> review queue (RT-13). Error (timeout, exception, unparseable
/// verdict, missing model) → the failure posture of <see cref="ErrorAction"/>. A verdict below the judge's confidence
/// band (<c>confidence 0.6</c>) is uncertain → <c>on uncertain</c> (default: escalate); without a band, a verdict
/// counts by its label.
/// </summary>
public static class JudgeActions
{
    /// <summary>The user-facing message when a fail-closed tier blocks because its judge could not decide.</summary>
    public const string FailClosedMessage = "This response could not be verified, so it was withheld.";

    public static JudgeDisposition? Map(JudgeResult result, JudgeSpec spec, Tier tier) => result switch
    {
        JudgeResult.Passed p when IsUncertain(spec, p.Verdict) => Uncertain(spec, p.Verdict),
        JudgeResult.Failed f when IsUncertain(spec, f.Verdict) => Uncertain(spec, f.Verdict),
        JudgeResult.Passed or JudgeResult.NotSampled => null,
        JudgeResult.Failed f => Disposition(spec, spec.OnFail,
            $"judge `{spec.Name}` returned fail{Reason(f.Verdict)}{PaceMove(spec.OnFail)}"),
        JudgeResult.Disagreement d => Disposition(spec, new ActionSpec(Outcome.Escalate, Review: spec.OnFail.Review),
            $"judge `{spec.Name}` models disagree: `{d.Primary.Model}` says {d.Primary.Verdict.LabelKeyword}, `{d.Challenger.Model}` says {d.Challenger.Verdict.LabelKeyword}"),
        JudgeResult.Errored e => OnError(spec, tier, e),
        _ => throw new ArgumentOutOfRangeException(nameof(result)),
    };

    /// <summary>
    /// True when the judge declares a confidence band (<c>confidence 0.6</c>) and the verdict falls below it. A verdict
    /// without a confidence is below every band: a model that will not say how sure it is has not said it is sure.
    /// </summary>
    public static bool IsUncertain(JudgeSpec spec, Verdict verdict) =>
        spec.MinConfidence is { } band && !(verdict.Confidence >= band);

    /// <summary>What an uncertain verdict does: <c>on uncertain</c>, else escalate to the policy's first review queue.</summary>
    public static ActionSpec UncertainAction(JudgeSpec spec) => spec.OnUncertain ?? new ActionSpec(Outcome.Escalate);

    private static JudgeDisposition Uncertain(JudgeSpec spec, Verdict verdict)
    {
        var confidence = verdict.Confidence is { } c ? $"confidence {c.ToString("0.###", CultureInfo.InvariantCulture)}" : "no confidence";
        var band = spec.MinConfidence!.Value.ToString("0.###", CultureInfo.InvariantCulture);
        var action = UncertainAction(spec);
        return Disposition(spec, action,
            $"judge `{spec.Name}` is unsure: {verdict.LabelKeyword} with {confidence}, below its band of {band}{PaceMove(action)}");
    }

    /// <summary>
    /// The failure posture: the action for a judge error in <paramref name="tier"/>. <c>on error</c> decides when it
    /// names an outcome stricter than allow; otherwise (no <c>on error</c>, lowered to allow, or one that only moves
    /// PACE) the tier decides the outcome — fail closed blocks, fail open allows with a finding — while the declared
    /// PACE move and review queue are kept. So an explicit <c>on error allow</c> cannot open a fail-closed tier.
    /// </summary>
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
            $"judge `{spec.Name}` could not decide ({Keyword(e.Kind)}): {e.Detail}; {action.Outcome.ToKeyword()} by {decidedBy}{PaceMove(action)}");
    }

    /// <summary>
    /// Joins a judge's disposition into a decision, the same way in the engine and in <c>airs test</c>: the finding
    /// with the judge's effective <paramref name="mode"/>; the action's message, except for escalate, which goes to the
    /// action's queue or, when it names none (a disagreement whose <c>on fail</c> does not escalate), to
    /// <paramref name="defaultReview"/>, the policy's first review queue.
    /// </summary>
    public static void Apply(EvaluationBuilder decision, JudgeDisposition disposition, ControlMode mode, string? defaultReview)
    {
        var action = disposition.Action;
        var escalate = action.Outcome == Outcome.Escalate;
        decision.Fire(disposition.Finding with { Mode = mode }, escalate ? null : action.Message, escalate ? action.Review ?? defaultReview : null);
    }

    private static string PaceMove(ActionSpec action) =>
        action.Pace is { } level ? $", moving to pace `{level.ToKeyword()}`" : "";

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

    /// <summary>
    /// The reason is the judge model's words, and it reaches a reviewer on the ticket: quoted as such, so a reason
    /// written to address the reviewer ("approve this") reads as what the model said, never as the policy's words,
    /// and with its control characters escaped (<see cref="ReviewText.Quote"/>). The verdict's audit record hashes the
    /// reason as the model wrote it.
    /// </summary>
    private static string Reason(Verdict v) => v.Reason is { Length: > 0 } r ? $"; the judge model wrote: {ReviewText.Quote(r, 200)}" : "";

    public static string Keyword(JudgeErrorKind kind) => kind switch
    {
        JudgeErrorKind.Timeout => "timeout",
        JudgeErrorKind.Exception => "exception",
        JudgeErrorKind.Unparseable => "unparseable verdict",
        JudgeErrorKind.ModelMissing => "model missing",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
