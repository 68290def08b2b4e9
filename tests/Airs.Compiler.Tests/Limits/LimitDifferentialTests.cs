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
using Outcome = Airs.Runtime.Decisions.Outcome;
using Microsoft.Extensions.AI;

namespace Airs.Compiler.Tests.Limits;

/// <summary>
/// One semantics for limits: random sequences of requests and waits against the limits baseline, decided by
/// <c>airs test</c>'s path (one test whose steps are the sequence), by the engine with the interpreted policy and by
/// the engine with the compiled one, agree on every request's outcome, message, findings and retry-after.
/// </summary>
public sealed class LimitDifferentialTests
{
    private static readonly PolicyIR Policy = EmitTestSupport.Compile("l.airs",
        File.ReadAllText(Path.Combine(EmitTestSupport.RepoRoot, "tests", "baselines", "valid_limits", "main.airs")));

    private static readonly Lazy<ICompiledPolicy> Compiled = new(() =>
    {
        var emitted = PolicyEmitter.Emit(Policy);
        return LoadedEvaluators.Load(emitted).Create(emitted.TypeName); // loaded once for the test run
    });

    private sealed record Step(Stage Stage, RequestContext Context, TimeSpan Wait);

    private static Gen<Step> StepGen =>
        from kind in Gen.Choose(0, 5)
        from user in Gen.Elements("u1", "u2")
        from session in Gen.Elements("s1", "s2")
        from tokens in Gen.Choose(0, 1_500)
        from amount in Gen.Choose(-50, 400)
        from wait in Gen.Elements(0, 0, 0, 5, 20, 61, 3_600, 86_400)
        select kind switch
        {
            0 or 1 => new Step(Stage.Input, Context(user, session, input: kind == 0 ? "hello" : "my password"), TimeSpan.FromSeconds(wait)),
            2 => new Step(Stage.Output, Context(user, session, tokens: tokens), TimeSpan.FromSeconds(wait)),
            3 => new Step(Stage.ToolCall, Context(user, session, tool: "orders.lookup"), TimeSpan.FromSeconds(wait)),
            _ => new Step(Stage.ToolCall, Context(user, session, tool: "orders.refund", amount: amount), TimeSpan.FromSeconds(wait)),
        };

    private static RequestContext Context(string user, string session, string input = "", double tokens = 0, string? tool = null, double? amount = null)
    {
        var args = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (tool is not null)
        {
            args["order_id"] = JsonSerializer.SerializeToElement("A-1");
        }
        if (amount is { } a)
        {
            args["amount"] = JsonSerializer.SerializeToElement(a);
        }
        return new RequestContext
        {
            InputText = input,
            OutputText = tokens > 0 ? "answer" : "",
            OutputTokens = tokens,
            ToolName = tool ?? "",
            ToolArgs = args.ToFrozenDictionary(StringComparer.Ordinal),
            UserId = user,
            SessionId = session,
            Present = (tool is null
                ? new[] { ContextField.UserId, ContextField.SessionId }
                : [ContextField.UserId, ContextField.SessionId, ContextField.ToolName, ContextField.ToolArgs]).ToFrozenSet(),
        };
    }

    [Fact]
    public async Task Airs_test_the_interpreted_engine_and_the_compiled_engine_count_alike()
    {
        var sequences = StepGen.ArrayOf().Select(steps => steps.Take(40).ToArray()).Where(steps => steps.Length > 0).Sample(40, 60);
        var compared = 0;
        foreach (var steps in sequences)
        {
            var expected = ByAirsTest(Compiled.Value, steps);
            Assert.Equal(expected, ByAirsTest(new InterpretedPolicy(Policy), steps));
            foreach (var engine in new ICompiledPolicy[] { new InterpretedPolicy(Policy), Compiled.Value })
            {
                var actual = await ByEngineAsync(engine, steps);
                for (var i = 0; i < steps.Length; i++)
                {
                    Assert.True(expected[i] == actual[i],
                        $"request {i} of {Describe(steps)}\n  airs test: {expected[i]}\n  engine:    {actual[i]}");
                }
            }
            compared += steps.Length;
        }
        Assert.True(compared > 500, $"only {compared} requests compared");
    }

    private sealed record Decided(Outcome Outcome, string? Message, string Findings);

    private static Decided Describe(Outcome outcome, string? message, IEnumerable<Finding> findings) =>
        new(outcome, outcome == Outcome.Allow ? null : message, string.Join("; ", findings.Select(f => $"{f.Control} {f.Outcome.ToKeyword()} {f.Mode}: {f.Message}")));

    private static string Describe(Step[] steps) =>
        string.Join(", ", steps.Select(s => $"+{s.Wait.TotalSeconds}s {s.Stage.ToKeyword()} {s.Context.UserId}/{s.Context.SessionId} {s.Context.InputText}{s.Context.OutputTokens}{s.Context.ToolName}"));

    private static Decided[] ByAirsTest(ICompiledPolicy engine, Step[] steps)
    {
        var last = steps[^1];
        var test = new TestIR("sequence", last.Stage, last.Context, ImmutableDictionary<string, JudgeVerdict>.Empty, Outcome.Allow, null, 1)
        {
            Steps = [.. steps[..^1].SelectMany(s => new[] { new TestStepIR(s.Stage, s.Context, 0, s.Wait), new TestStepIR(s.Stage, s.Context, 1, TimeSpan.Zero) }),
                new TestStepIR(last.Stage, last.Context, 0, last.Wait)],
        };
        return [.. PolicyTestRunner.Decisions(Policy, engine, test).Select(e => Describe(e.Outcome, e.Message, e.Findings))];
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
            var decision = await engine.DecideAsync(step.Stage, step.Context);
            decided.Add(Describe(decision.Outcome, decision.Message, decision.Findings));
        }
        return [.. decided];
    }
}
