using Airs.Compiler.Binding;
using Airs.Compiler.Interpretation;
using Airs.Runtime.Audit;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Engine;
using Airs.Runtime.Functions;
using Airs.Runtime.Judges;
using Airs.Runtime.Stores;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.AI;

namespace Airs.Compiler.Tests.Engine;

/// <summary>Issue 17.3: a tool call that needs an earlier one, with the history in a real SQLite store and time from a manual clock.</summary>
public sealed class SequenceEngineTests
{
    private const string Policy = """
        policy orders {
          tier high
          tool "orders.lookup" { args { order_id: string } }
          tool "orders.refund" {
            args { order_id: string, amount: number }
            writes
            after "orders.lookup" same order_id within 30m
          }
          tool "orders.cancel" {
            args { order_id: string }
            writes
            after "orders.lookup" same order_id within 30m per chain
          }
          agent planner { tools ["orders.lookup", "orders.cancel"]  delegates executor with ["orders.lookup", "orders.cancel"] }
          agent executor { tools ["orders.lookup", "orders.refund", "orders.cancel"] }
          agent auditor { tools ["orders.lookup"] }
        }
        """;

    private static RequestContext Call(string tool, string orderId, string session = "s-1", string agent = "executor", string? chain = null, int amount = 20)
    {
        var args = tool == "orders.refund" ? $"\"order_id\": \"{orderId}\", \"amount\": {amount}" : $"\"order_id\": \"{orderId}\"";
        return RequestContext.FromJson($"{{\"session\": {{\"id\": \"{session}\"}}, \"agent\": {{\"id\": \"{agent}\", \"chain\": [{chain ?? $"\"{agent}\""}]}}, "
            + $"\"tool\": {{\"name\": \"{tool}\", \"args\": {{{args}}}}}}}");
    }

    [Fact]
    public async Task A_refund_without_a_lookup_of_the_same_order_is_refused_and_after_one_it_is_allowed()
    {
        await using var s = await ScenarioEngine.FromTextAsync(Policy, ScenarioEngine.Sensitive);
        var refused = await s.Engine.DecideAsync(Stage.ToolCall, Call("orders.refund", "A-1"));
        Assert.Equal(Outcome.Block, refused.Outcome);
        var finding = Assert.Single(refused.Findings);
        Assert.Equal(ToolSequences.Control, finding.Control);
        Assert.Equal("tool `orders.refund` needs an earlier `orders.lookup` with the same `order_id` in this session, within 30m: none was found", finding.Message);

        Assert.Equal(Outcome.Allow, (await s.Engine.DecideAsync(Stage.ToolCall, Call("orders.lookup", "A-2"))).Outcome);
        Assert.Equal(Outcome.Block, (await s.Engine.DecideAsync(Stage.ToolCall, Call("orders.refund", "A-1"))).Outcome); // another order
        Assert.Equal(Outcome.Allow, (await s.Engine.DecideAsync(Stage.ToolCall, Call("orders.lookup", "A-1"))).Outcome);
        Assert.Equal(Outcome.Allow, (await s.Engine.DecideAsync(Stage.ToolCall, Call("orders.refund", "A-1"))).Outcome);
        Assert.Equal(Outcome.Block, (await s.Engine.DecideAsync(Stage.ToolCall, Call("orders.refund", "A-1", session: "s-2"))).Outcome); // another session
    }

    [Fact]
    public async Task The_earlier_call_expires_after_the_window()
    {
        await using var s = await ScenarioEngine.FromTextAsync(Policy, ScenarioEngine.Sensitive);
        await s.Engine.DecideAsync(Stage.ToolCall, Call("orders.lookup", "A-1"));
        s.Clock.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(Outcome.Allow, (await s.Engine.DecideAsync(Stage.ToolCall, Call("orders.refund", "A-1"))).Outcome);
        s.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(Outcome.Block, (await s.Engine.DecideAsync(Stage.ToolCall, Call("orders.refund", "A-1"))).Outcome);
    }

    [Fact]
    public async Task A_refused_lookup_is_not_remembered_and_a_request_without_a_session_is_refused()
    {
        await using var s = await ScenarioEngine.FromTextAsync(Policy, ScenarioEngine.Sensitive);
        // `auditor` does not delegate to `executor`: this lookup is refused (tool_permission), so it never happened.
        var refusedLookup = await s.Engine.DecideAsync(Stage.ToolCall, Call("orders.lookup", "A-1", agent: "executor", chain: "\"auditor\", \"executor\""));
        Assert.Equal(Outcome.Block, refusedLookup.Outcome);
        Assert.Equal(Outcome.Block, (await s.Engine.DecideAsync(Stage.ToolCall, Call("orders.refund", "A-1"))).Outcome);

        var noSession = RequestContext.FromJson("""
            {"agent": {"id": "executor", "chain": ["executor"]}, "tool": {"name": "orders.refund", "args": {"order_id": "A-1", "amount": 5}}}
            """);
        var decision = await s.Engine.DecideAsync(Stage.ToolCall, noSession);
        Assert.Equal(Outcome.Block, decision.Outcome);
        Assert.Contains("carries no `session.id`", Assert.Single(decision.Findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Per_chain_needs_the_lookup_by_an_agent_of_the_current_chain()
    {
        await using var s = await ScenarioEngine.FromTextAsync(Policy, ScenarioEngine.Sensitive);
        await s.Engine.DecideAsync(Stage.ToolCall, Call("orders.lookup", "A-1", agent: "auditor"));
        Assert.Equal(Outcome.Block, (await s.Engine.DecideAsync(Stage.ToolCall, Call("orders.cancel", "A-1", agent: "executor", chain: "\"planner\", \"executor\""))).Outcome);
        await s.Engine.DecideAsync(Stage.ToolCall, Call("orders.lookup", "A-1", agent: "planner"));
        Assert.Equal(Outcome.Allow, (await s.Engine.DecideAsync(Stage.ToolCall, Call("orders.cancel", "A-1", agent: "executor", chain: "\"planner\", \"executor\""))).Outcome);
    }

    [Fact]
    public async Task Two_engines_on_one_store_share_the_history_and_it_survives_a_restart()
    {
        var directory = Directory.CreateTempSubdirectory("airs-sequence-").FullName;
        try
        {
            var policy = Compilation.FromText("orders.airs", Policy).Policy!;
            var clock = new ManualClock();
            var path = Path.Combine(directory, "airs.db");
            await using (var store = await SqliteAirsStore.OpenAsync(path))
            {
                await using var first = await PolicyEngine.CreateAsync(new InterpretedPolicy(policy), policy.Spec, store, new DictionaryJudgeClientProvider(new Dictionary<string, IChatClient>()), null, clock);
                await first.DecideAsync(Stage.ToolCall, Call("orders.lookup", "A-1"));
            }
            await using (var reopened = await SqliteAirsStore.OpenAsync(path))
            {
                await using var second = await PolicyEngine.CreateAsync(new InterpretedPolicy(policy), policy.Spec, reopened, new DictionaryJudgeClientProvider(new Dictionary<string, IChatClient>()), null, clock);
                Assert.Equal(Outcome.Allow, (await second.DecideAsync(Stage.ToolCall, Call("orders.refund", "A-1"))).Outcome);
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task The_history_of_a_session_is_bounded_and_keeps_the_newest_calls()
    {
        await using var s = await ScenarioEngine.FromTextAsync(Policy, ScenarioEngine.Sensitive);
        await s.Engine.DecideAsync(Stage.ToolCall, Call("orders.lookup", "A-0"));
        for (var i = 1; i <= ToolSequences.MaxEventsPerSession; i++)
        {
            await s.Engine.DecideAsync(Stage.ToolCall, Call("orders.lookup", $"A-{i}"));
        }
        var kept = await s.Store.ReadToolEventsAsync("orders", "s-1", DateTimeOffset.MinValue, int.MaxValue);
        Assert.Equal(ToolSequences.MaxEventsPerSession, kept.Count);
        Assert.Equal("A-256", kept[0].Args["order_id"]);
        Assert.Equal(Outcome.Block, (await s.Engine.DecideAsync(Stage.ToolCall, Call("orders.refund", "A-0"))).Outcome); // forgotten
        Assert.Equal(Outcome.Allow, (await s.Engine.DecideAsync(Stage.ToolCall, Call("orders.refund", "A-1"))).Outcome);
        Assert.NotEmpty(await s.AuditAsync(AuditKinds.Decision));
    }
}
