using System.Collections.Frozen;
using System.Text.Json;
using Airs.Runtime.Audit;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Policy;
using static Airs.Runtime.Tests.Engine.EngineSpecs;

namespace Airs.Runtime.Tests.Engine;

public sealed class ToolArgumentTextEngineTests
{
    /// <summary>
    /// An in-process host may hand the engine arguments parsed from a model's JSON as they came, a lone surrogate escape
    /// included. Keeping such a call for a sequence rule threw out of DecideAsync after the decision was made and its
    /// limits and breakers counted, with no audit record: the decision now stands, is audited, and the call is not kept.
    /// </summary>
    [Fact]
    public async Task An_allowed_call_whose_kept_argument_is_not_text_gets_a_decision_in_the_audit()
    {
        var spec = Spec() with
        {
            Tools = [new ToolSpec("orders.lookup", [new ToolArgSpec("order_id", ArgType.String)], false)],
            PolicyTools = ["orders.lookup"],
            Sequences = [new SequenceSpec("orders.refund", "orders.lookup", ["order_id"], TimeSpan.FromMinutes(30), SequenceScope.Session)],
        };
        await using var h = await EngineHarness.CreateAsync(ScriptedPolicy.AllowAll(), spec);
        var context = new RequestContext
        {
            ToolName = "orders.lookup",
            SessionId = "s1",
            ToolArgs = new Dictionary<string, JsonElement> { ["order_id"] = JsonDocument.Parse("\"\\ud800\"").RootElement.Clone() }.ToFrozenDictionary(),
        };
        var decision = await h.Engine.DecideAsync(Stage.ToolCall, context);
        Assert.Equal(Outcome.Allow, decision.Outcome);
        Assert.Single(await h.AuditAsync(AuditKinds.Decision));
        Assert.Equal(0, h.Scalar("SELECT COUNT(*) FROM tool_events"));
    }
}
