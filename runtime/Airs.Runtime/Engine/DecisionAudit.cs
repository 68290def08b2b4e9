using System.Text.Json.Nodes;
using Airs.Runtime.Context;
using Airs.Runtime.Policy;

namespace Airs.Runtime.Engine;

/// <summary>
/// The audit record of one decision. It names the request (user, session, agent chain — RT-09) and what was
/// decided, but never holds the text itself: only its length and SHA-256, so the log can be kept and shared
/// without becoming a second copy of everyone's messages.
/// </summary>
internal static class DecisionAudit
{
    public static JsonObject Payload(Decision decision, RequestContext context, string text, PolicySpec spec, byte[]? attributeHashKey)
    {
        var controls = new JsonArray();
        foreach (var id in decision.Findings.Select(f => f.ControlId).Distinct(StringComparer.Ordinal))
        {
            controls.Add(id);
        }
        var chain = new JsonArray();
        foreach (var agent in context.AgentChain)
        {
            chain.Add(agent);
        }
        return new JsonObject
        {
            ["decision_id"] = decision.Id,
            ["policy"] = decision.Policy,
            ["version"] = decision.Version,
            ["stage"] = Decisions.Stages.ToKeyword(decision.Stage),
            ["outcome"] = Decisions.OutcomeLattice.ToKeyword(decision.Outcome),
            ["controls"] = controls,
            ["detect_only"] = decision.Findings.Count(f => !f.Enforced),
            ["agent_id"] = context.AgentId,
            ["agent_chain"] = chain,
            ["user_id"] = context.UserId,
            ["session_id"] = context.SessionId,
            ["attributes"] = DeclaredValueText.AuditAttributes(spec, context, attributeHashKey),
            ["pace"] = decision.Pace.ToKeyword(),
            ["field"] = StageText.PathOf(decision.Stage),
            ["text_length"] = text.Length,
            ["text_sha256"] = StageText.Sha256(text),
            ["review_ticket"] = decision.ReviewTicketId,
            ["judges_ran"] = decision.JudgesRan,
        };
    }
}
