using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Airs.Runtime.Audit;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;

namespace Airs.Compiler.Tests.Engine;

/// <summary>Issue 15.6 and 15.7: sensitive attributes stay out of the audit in clear; a ticket says what is being approved.</summary>
public sealed class DeclaredValuesEngineTests
{
    private const string Policy = """
        policy refunds {
          tier high
          tools ["refunds.issue"]
          review desk { sla 1h }
          context { user.email: string sensitive, user.tier?: string one of "free", "pro" }
          tool "refunds.issue" {
            args { order_id: string, amount: number, card?: string sensitive }
            writes
          }
          guard large_refund on tool_call {
            when tool.name == "refunds.issue" and tool.args.amount > 100
            escalate desk
          }
        }
        """;

    private const string Request = """
        {"user": {"id": "u-1", "email": "jane.doe@example.com", "tier": "pro"},
         "tool": {"name": "refunds.issue", "args": {"order_id": "A-1", "amount": 900, "card": "4111111111111111"}}}
        """;

    private static readonly byte[] Key = Encoding.UTF8.GetBytes("audit-attribute-key-of-32-bytes!");

    [Fact]
    public async Task A_ticket_carries_the_tool_and_its_declared_arguments_with_sensitive_ones_redacted()
    {
        await using var scenario = await ScenarioEngine.FromTextAsync(Policy, ScenarioEngine.Sensitive);
        var decision = await scenario.Engine.DecideAsync(Stage.ToolCall, RequestContext.FromJson(Request));
        Assert.Equal(Outcome.Escalate, decision.Outcome);
        var ticket = (await scenario.Engine.GetTicketAsync(decision.ReviewTicketId!))!;
        Assert.StartsWith("tool_call of tool `refunds.issue` with order_id \"A-1\", amount 900, card [sensitive] escalated: ", ticket.Summary);
        Assert.DoesNotContain("4111", ticket.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sensitive_attributes_are_an_hmac_in_the_audit_and_other_declared_ones_are_kept()
    {
        await using var scenario = await ScenarioEngine.FromTextAsync(Policy, ScenarioEngine.Sensitive with { AttributeHashKey = Key });
        await scenario.Engine.DecideAsync(Stage.ToolCall, RequestContext.FromJson(Request));
        var record = (await scenario.AuditAsync(AuditKinds.Decision)).Single();
        Assert.DoesNotContain("jane.doe", record.Payload, StringComparison.Ordinal);
        var attributes = JsonDocument.Parse(record.Payload).RootElement.GetProperty("attributes");
        var expected = "hmac-sha256:" + Convert.ToHexStringLower(HMACSHA256.HashData(Key, Encoding.UTF8.GetBytes("\"jane.doe@example.com\"")));
        Assert.Equal(expected, attributes.GetProperty("user.email").GetString());
        Assert.Equal("pro", attributes.GetProperty("user.tier").GetString());
    }

    [Fact]
    public async Task Without_a_key_a_sensitive_attribute_is_only_marked_and_an_undeclared_one_only_named()
    {
        await using var scenario = await ScenarioEngine.FromTextAsync(Policy, ScenarioEngine.Sensitive);
        var request = Request.Replace("\"tier\": \"pro\"", "\"tier\": \"pro\", \"phone\": \"+44 20 7946 0958\"", StringComparison.Ordinal);
        var decision = await scenario.Engine.DecideAsync(Stage.ToolCall, RequestContext.FromJson(request));
        Assert.Equal(Outcome.Block, decision.Outcome);
        Assert.Equal("context_attributes", decision.Findings[0].Control);
        var payload = (await scenario.AuditAsync(AuditKinds.Decision)).Single().Payload;
        Assert.DoesNotContain("7946", payload, StringComparison.Ordinal);
        var attributes = JsonDocument.Parse(payload).RootElement.GetProperty("attributes");
        Assert.Equal("[sensitive]", attributes.GetProperty("user.email").GetString());
        Assert.Equal("[undeclared]", attributes.GetProperty("user.phone").GetString());
    }
}
