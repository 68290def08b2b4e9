using System.Text.Json.Nodes;
using Airs.Runtime.Decisions;
using Airs.Runtime.Judges;
using Airs.Runtime.Policy;

namespace Airs.Runtime.Engine;

/// <summary>
/// The <c>judge_verdict</c> audit record: one per judge run, blocking or in the background, enforcing or detect-only,
/// whatever it came to. It names the decision it belongs to, so reviews of that decision can be joined to it
/// (calibration), and holds the model's reason only as a SHA-256: the reason is model text that may quote the
/// graded text, which the log never keeps.
/// </summary>
internal static class JudgeVerdictAudit
{
    public static JsonObject Payload(PolicySpec spec, JudgeSpec judge, string decisionId, JudgeTrigger trigger, ControlMode mode,
        JudgeResult result, JudgeDisposition? disposition, TimeSpan latency)
    {
        var (verdict, model, answer, error) = result switch
        {
            JudgeResult.Passed p => ("pass", p.Model, p.Verdict, null),
            JudgeResult.Failed f => ("fail", f.Model, f.Verdict, null),
            JudgeResult.Disagreement d => ("disagreement", d.Primary.Model, d.Primary.Verdict, null),
            JudgeResult.Errored e => ("error", e.Model, (Verdict?)null, JudgeActions.Keyword(e.Kind)),
            _ => ("not_sampled", judge.Model, null, null),
        };
        return new JsonObject
        {
            ["decision_id"] = decisionId,
            ["policy"] = spec.Name,
            ["version"] = spec.Version,
            ["tier"] = spec.Tier.ToKeyword(),
            ["judge"] = judge.Name,
            ["judge_id"] = string.IsNullOrEmpty(judge.Id) ? judge.Name : judge.Id,
            ["stage"] = Stages.ToKeyword(judge.Stage),
            ["mode"] = mode.ToKeyword(),
            ["timing"] = judge.Blocking ? "blocking" : "background",
            ["trigger"] = trigger.ToKeyword(),
            ["verdict"] = verdict,
            ["uncertain"] = answer is not null && JudgeActions.IsUncertain(judge, answer),
            ["confidence"] = answer?.Confidence,
            ["model"] = model,
            ["challenger"] = judge.ChallengerModel,
            ["latency_ms"] = Math.Round(latency.TotalMilliseconds, 3),
            ["reason_sha256"] = answer?.Reason is { } reason ? StageText.Sha256(reason) : null,
            ["error"] = error,
            ["outcome"] = OutcomeLattice.ToKeyword(disposition?.Action.Outcome ?? Outcome.Allow),
        };
    }
}
