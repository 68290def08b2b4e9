using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.Json;
using Airs.Compiler.Emit;
using Airs.Compiler.Interpretation;
using Airs.Compiler.Lowering;
using Airs.Compiler.Tests.Emit;
using Airs.Compiler.Tests.Engine;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Engine;
using Airs.Runtime.Functions;
using Airs.Runtime.Judges;
using Airs.Runtime.Stores;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.Extensions.AI;
using Outcome = Airs.Runtime.Decisions.Outcome;

namespace Airs.Compiler.Tests.Limits;

/// <summary>
/// <c>airs test</c> replays what the engine keeps across requests: random sequences of tool calls and waits against
/// a policy with sequence rules (per session and per chain), a limit, and per-agent, per-user and global breakers are
/// decided alike by <c>airs test</c>'s path and by the engine (store, clock) with the interpreted and the compiled policy.
/// </summary>
public sealed class SequenceDifferentialTests
{
    private const string Source = """
        policy sequences {
          tier high
          tools ["orders.lookup", "orders.refund", "orders.cancel"]
          tool "orders.lookup" { args { order_id: string } }
          tool "orders.refund" {
            args { order_id: string, amount: number }
            after "orders.lookup" same order_id within 30m per session
          }
          tool "orders.cancel" {
            args { order_id: string }
            after "orders.lookup" same order_id within 10m per chain
          }
          agent planner {
            tools ["orders.lookup", "orders.refund", "orders.cancel"]
            delegates executor with ["orders.lookup", "orders.refund", "orders.cancel"]
          }
          agent executor { tools ["orders.lookup", "orders.refund", "orders.cancel"] }

          guard big_refund on tool_call {
            when tool.name == "orders.refund" and tool.args.amount > 300
            block "Refunds above 300 need the payments team."
          }
          limit refund_total {
            count sum amount of "orders.refund"
            max 500 within 1h per user
          }
          breaker agent_refusals {
            trip when blocked >= 3 within 10m per agent
            cooldown 5m
            fallback "This agent is paused."
          }
          breaker user_findings {
            trip when findings >= 6 within 1h per user
            cooldown 20m
            fallback "This customer is paused."
          }
          breaker surge {
            trip when blocked >= 12 within 1h
            cooldown 30m
            fallback "Everything is paused."
          }
        }
        """;

    private static readonly PolicyIR Policy = EmitTestSupport.Compile("s.airs", Source);

    private static readonly Lazy<ICompiledPolicy> Compiled = new(() =>
    {
        var emitted = PolicyEmitter.Emit(Policy);
        return LoadedEvaluators.Load(emitted).Create(emitted.TypeName); // loaded once for the test run
    });

    private sealed record Step(RequestContext Context, TimeSpan Wait);

    private static Gen<Step> StepGen =>
        from tool in Gen.Elements("orders.lookup", "orders.lookup", "orders.refund", "orders.cancel")
        from order in Gen.Elements("A-1", "A-2")
        from user in Gen.Elements("u1", "u2")
        from session in Gen.Elements("s1", "s2", "")
        from agent in Gen.Choose(0, 3)
        from amount in Gen.Choose(0, 400)
        from wait in Gen.Elements(0, 0, 0, 30, 301, 601, 1_801, 3_601)
        select new Step(Context(tool, order, user, session, agent, amount), TimeSpan.FromSeconds(wait));

    /// <param name="agent">0: no agent; 1: the planner; 2: the executor delegated by the planner; 3: the executor alone (refused).</param>
    private static RequestContext Context(string tool, string order, string user, string session, int agent, int amount)
    {
        var args = new Dictionary<string, JsonElement>(StringComparer.Ordinal) { ["order_id"] = JsonSerializer.SerializeToElement(order) };
        if (tool == "orders.refund")
        {
            args["amount"] = JsonSerializer.SerializeToElement(amount);
        }
        var (id, chain) = agent switch
        {
            1 => ("planner", new[] { "planner" }),
            2 => ("executor", ["planner", "executor"]),
            3 => ("executor", ["executor"]),
            _ => ("", []),
        };
        var present = new List<ContextField> { ContextField.ToolName, ContextField.ToolArgs, ContextField.UserId };
        present.AddRange(session.Length > 0 ? [ContextField.SessionId] : []);
        present.AddRange(id.Length > 0 ? [ContextField.AgentId, ContextField.AgentChain] : []);
        return new RequestContext
        {
            ToolName = tool,
            ToolArgs = args.ToFrozenDictionary(StringComparer.Ordinal),
            UserId = user,
            SessionId = session,
            AgentId = id,
            AgentChain = chain,
            Present = present.ToFrozenSet(),
        };
    }

    [Fact]
    public async Task Airs_test_replays_tool_history_breakers_and_limits_as_the_engine_keeps_them()
    {
        // The sequences must reach every part being compared: allowed calls, each rule, each breaker. A global breaker
        // needs a long run to open, so sample until all were reached (usually a few rounds; a cap of five once fell short),
        // never fewer than 60.
        string[] parts = ["allow", "tool_sequence", "agent_refusals", "user_findings", "surge", "big_refund"];
        var compared = 0;
        var outcomes = new HashSet<string>(StringComparer.Ordinal);
        for (var round = 0; round < 25 && (round == 0 || !outcomes.IsSupersetOf(parts)); round++)
        {
            await CompareAsync(StepGen.ArrayOf().Select(steps => steps.Take(50).ToArray()).Where(steps => steps.Length > 0).Sample(50, 60));
        }
        Assert.True(compared > 500, $"only {compared} requests compared");
        Assert.Superset(new HashSet<string>(parts, StringComparer.Ordinal), outcomes);

        async Task CompareAsync(IEnumerable<Step[]> sequences)
        {
            foreach (var steps in sequences)
            {
                var expected = ByAirsTest(Compiled.Value, steps);
                Assert.Equal(expected, ByAirsTest(new InterpretedPolicy(Policy), steps));
                foreach (var engine in new ICompiledPolicy[] { new InterpretedPolicy(Policy), Compiled.Value })
                {
                    var actual = await ByEngineAsync(engine, steps);
                    for (var i = 0; i < steps.Length; i++)
                    {
                        Assert.True(expected[i] == actual[i], $"request {i} of {Describe(steps)}\n  airs test: {expected[i]}\n  engine:    {actual[i]}");
                    }
                }
                outcomes.UnionWith(expected.SelectMany(d => d.Fired));
                compared += steps.Length;
            }
        }
    }

    private sealed record Decided(Outcome Outcome, string? Message, string Findings)
    {
        /// <summary>The controls that fired, and <c>allow</c> for an allowed request.</summary>
        public IEnumerable<string> Fired => Outcome == Outcome.Allow ? ["allow"] : Findings.Split("; ").Select(f => f.Split(' ')[0]);
    }

    private static Decided Describe(Evaluation e) =>
        new(e.Outcome, e.Outcome == Outcome.Allow ? null : e.Message, string.Join("; ", e.Findings.Select(f => $"{f.Control} {f.Outcome.ToKeyword()} {f.Mode}: {f.Message}")));

    private static string Describe(Step[] steps) =>
        string.Join(", ", steps.Select(s => $"+{s.Wait.TotalSeconds}s {s.Context.ToolName}({string.Join(",", s.Context.ToolArgs.Values)}) {s.Context.UserId}/{s.Context.SessionId}/{string.Join(">", s.Context.AgentChain)}"));

    private static Decided[] ByAirsTest(ICompiledPolicy engine, Step[] steps)
    {
        var last = steps[^1];
        var test = new TestIR("sequence", Stage.ToolCall, last.Context, ImmutableDictionary<string, JudgeVerdict>.Empty, Outcome.Allow, null, 1)
        {
            Steps = [.. steps[..^1].SelectMany(s => new[] { new TestStepIR(Stage.ToolCall, s.Context, 0, s.Wait), new TestStepIR(Stage.ToolCall, s.Context, 1, TimeSpan.Zero) }),
                new TestStepIR(Stage.ToolCall, last.Context, 0, last.Wait)],
        };
        return [.. PolicyTestRunner.Decisions(Policy, engine, test).Select(Describe)];
    }

    private static async Task<Decided[]> ByEngineAsync(ICompiledPolicy policy, Step[] steps)
    {
        var clock = new ManualClock(PolicyTestRunner.ClockStart);
        await using var store = new InMemoryAirsStore();
        await using var engine = await PolicyEngine.CreateAsync(policy, Policy.Spec, store,
            new DictionaryJudgeClientProvider(new Dictionary<string, IChatClient>()), new PolicyEngineOptions(), clock);
        var decided = new List<Decided>();
        foreach (var step in steps)
        {
            clock.Advance(step.Wait);
            var decision = await engine.DecideAsync(Stage.ToolCall, step.Context);
            decided.Add(new Decided(decision.Outcome, decision.Outcome == Outcome.Allow ? null : decision.Message,
                string.Join("; ", decision.Findings.Select(f => $"{f.Control} {f.Outcome.ToKeyword()} {f.Mode}: {f.Message}"))));
        }
        return [.. decided];
    }
}
