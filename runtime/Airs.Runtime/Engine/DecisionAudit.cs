using System.Text.Json;
using Airs.Runtime.Audit;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Policy;

namespace Airs.Runtime.Engine;

/// <summary>
/// The audit record of one decision. It names the request (user, session, agent chain — RT-09) and what was
/// decided, but never holds the text itself: only its length and SHA-256, so the log can be kept and shared
/// without becoming a second copy of everyone's messages. Written straight to UTF-8 in a pooled buffer: on every
/// decision, the finished payload bytes (an array of their exact length, hashed and stored as they are) are its only
/// allocation (attributes aside).
/// </summary>
internal static class DecisionAudit
{
    public static byte[] Payload(Decision decision, RequestContext context, string text, PolicySpec spec, byte[]? attributeHashKey)
    {
        using var pooled = PooledJsonWriter.Rent();
        var json = pooled.Writer;
        json.WriteStartObject();
        json.WriteString("decision_id", decision.Id);
        json.WriteString("policy", decision.Policy);
        json.WriteString("version", decision.Version);
        json.WriteString("stage", Stages.ToKeyword(decision.Stage));
        json.WriteString("outcome", OutcomeLattice.ToKeyword(decision.Outcome));
        WriteControls(json, decision);
        json.WriteNumber("detect_only", CountDetectOnly(decision));
        json.WriteString("agent_id", context.AgentId);
        json.WriteStartArray("agent_chain");
        var chain = context.AgentChain;
        for (var i = 0; i < chain.Count; i++)
        {
            json.WriteStringValue(chain[i]);
        }
        json.WriteEndArray();
        json.WriteString("user_id", context.UserId);
        json.WriteString("session_id", context.SessionId);
        json.WritePropertyName("attributes");
        DeclaredValueText.WriteAuditAttributes(json, spec, context, attributeHashKey);
        json.WriteString("pace", decision.Pace.ToKeyword());
        json.WriteString("field", StageText.PathOf(decision.Stage));
        json.WriteNumber("text_length", text.Length);
        Utf8Hashing.WriteSha256Hex(json, "text_sha256", text);
        json.WriteString("review_ticket", decision.ReviewTicketId);
        json.WriteBoolean("judges_ran", decision.JudgesRan);
        json.WriteEndObject();
        return pooled.ToUtf8();
    }

    /// <summary>Each control that fired, once, in the order they fired (a handful: a quadratic scan beats a set).</summary>
    private static void WriteControls(Utf8JsonWriter json, Decision decision)
    {
        json.WriteStartArray("controls");
        var findings = decision.Findings;
        for (var i = 0; i < findings.Length; i++)
        {
            var id = findings[i].ControlId;
            var seen = false;
            for (var j = 0; j < i && !seen; j++)
            {
                seen = string.Equals(findings[j].ControlId, id, StringComparison.Ordinal);
            }
            if (!seen)
            {
                json.WriteStringValue(id);
            }
        }
        json.WriteEndArray();
    }

    private static int CountDetectOnly(Decision decision)
    {
        var count = 0;
        foreach (var finding in decision.Findings)
        {
            count += finding.Enforced ? 0 : 1;
        }
        return count;
    }
}
