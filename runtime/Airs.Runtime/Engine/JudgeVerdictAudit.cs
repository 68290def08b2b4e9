using Airs.Runtime.Audit;
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
    /// <summary>The payload, written straight to UTF-8 in a pooled buffer (no document, the reason's hash formatted on the stack): the finished UTF-8 bytes are its only allocation.</summary>
    public static byte[] Payload(PolicySpec spec, JudgeSpec judge, string decisionId, JudgeTrigger trigger, ControlMode mode,
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
        using var pooled = PooledJsonWriter.Rent();
        var json = pooled.Writer;
        json.WriteStartObject();
        json.WriteString("decision_id", decisionId);
        json.WriteString("policy", spec.Name);
        json.WriteString("version", spec.Version);
        json.WriteString("tier", spec.Tier.ToKeyword());
        json.WriteString("judge", judge.Name);
        json.WriteString("judge_id", string.IsNullOrEmpty(judge.Id) ? judge.Name : judge.Id);
        json.WriteString("stage", Stages.ToKeyword(judge.Stage));
        json.WriteString("mode", mode.ToKeyword());
        json.WriteString("timing", judge.Blocking ? "blocking" : "background");
        json.WriteString("trigger", trigger.ToKeyword());
        json.WriteString("verdict", verdict);
        json.WriteBoolean("uncertain", answer is not null && JudgeActions.IsUncertain(judge, answer));
        if (answer?.Confidence is { } confidence)
        {
            json.WriteNumber("confidence", confidence);
        }
        else
        {
            json.WriteNull("confidence");
        }
        json.WriteString("model", model);
        json.WriteString("challenger", judge.ChallengerModel);
        json.WriteNumber("latency_ms", Math.Round(latency.TotalMilliseconds, 3));
        if (answer?.Reason is { } reason)
        {
            Utf8Hashing.WriteSha256Hex(json, "reason_sha256", reason);
        }
        else
        {
            json.WriteNull("reason_sha256");
        }
        json.WriteString("error", error);
        json.WriteString("outcome", OutcomeLattice.ToKeyword(disposition?.Action.Outcome ?? Outcome.Allow));
        json.WriteEndObject();
        return pooled.ToUtf8();
    }
}
