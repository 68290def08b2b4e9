using System.Collections.Immutable;
using System.Text.Json;
using Airs.Compiler.Lowering;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Functions;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Tests.Interpretation;

/// <summary>Hand-built IR for the interpreter tests (the binder does not exist yet).</summary>
internal static class Policies
{
    public static PolicySpec Spec(
        Tier tier = Tier.High,
        ImmutableArray<JudgeSpec>? judges = null,
        ImmutableArray<ReviewSpec>? reviews = null,
        ImmutableArray<ToolSpec>? tools = null,
        ImmutableArray<AgentSpec>? agents = null,
        ImmutableArray<string>? policyTools = null) =>
        new("test_policy", "1.0.0", tier, "owner@example.com", ["judge"],
            judges ?? [], reviews ?? [Review("support_review")], [], tools ?? [], agents ?? [], policyTools ?? [], []);

    public static PolicyIR Policy(PolicySpec spec, params GuardIR[] guards) => new(spec, [.. guards], []);

    public static PolicyIR Policy(params GuardIR[] guards) => Policy(Spec(), guards);

    public static ReviewSpec Review(string name) => new(name, TimeSpan.FromHours(4), new ActionSpec(Outcome.Block, "timed out"));

    public static JudgeSpec Judge(string name, Stage stage, ActionSpec onFail, ActionSpec onError, ControlMode mode = ControlMode.Enforce) =>
        new(name, name, stage, mode, "judge", null, 1.0, TimeSpan.FromMilliseconds(1500), true, "{{ output.text }}", onFail, onError, []);

    public static AgentSpec Agent(string name, string[] tools, (string To, string[] Tools)[]? delegates = null, string[]? approval = null) =>
        new(name, [.. tools], [.. (delegates ?? []).Select(d => new DelegationSpec(d.To, [.. d.Tools]))], [.. approval ?? []], null);

    public static ToolSpec Tool(string name, bool writes, params (string Name, ArgType Type)[] args) =>
        new(name, [.. args.Select(a => new ToolArgSpec(a.Name, a.Type))], writes);

    public static RequestContext Input(string text) => RequestContext.FromJson(JsonSerializer.Serialize(new { input = new { text } }));

    public static RequestContext Output(string text, string input = "") =>
        RequestContext.FromJson(JsonSerializer.Serialize(new { input = new { text = input }, output = new { text } }));

    public static RequestContext ToolCall(string tool, string? agent = null, string[]? chain = null, object? args = null)
    {
        var json = new Dictionary<string, object> { ["tool"] = new Dictionary<string, object> { ["name"] = tool, ["args"] = args ?? new { } } };
        if (agent is not null || chain is not null)
        {
            var a = new Dictionary<string, object>();
            if (agent is not null)
            {
                a["id"] = agent;
            }
            if (chain is not null)
            {
                a["chain"] = chain;
            }
            json["agent"] = a;
        }
        return RequestContext.FromJson(JsonSerializer.Serialize(json));
    }

    public static Evaluation Run(PolicyIR policy, Stage stage, RequestContext context, EvaluationOptions? options = null) =>
        Airs.Compiler.Interpretation.Interpreter.Evaluate(policy, stage, context, options ?? EvaluationOptions.Default);

    public static TestIR Test(string name, Stage stage, RequestContext context, Outcome expected, string? by = null, params (string Judge, JudgeVerdict Verdict)[] stubs) =>
        new(name, stage, context, stubs.ToImmutableDictionary(s => s.Judge, s => s.Verdict), expected, by, 1);
}
