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

    public static RequestContext Input(string text) => new() { InputText = text, Present = new HashSet<ContextField> { ContextField.InputText } };

    public static RequestContext Output(string text, string input = "") =>
        new() { InputText = input, OutputText = text, Present = new HashSet<ContextField> { ContextField.InputText, ContextField.OutputText } };

    /// <summary>A tool call; <paramref name="args"/> is an object whose properties are the arguments (<c>new { amount = 600 }</c>).</summary>
    public static RequestContext ToolCall(string tool, string? agent = null, string[]? chain = null, object? args = null)
    {
        var present = new HashSet<ContextField> { ContextField.ToolName, ContextField.ToolArgs };
        if (agent is not null)
        {
            present.Add(ContextField.AgentId);
        }
        if (chain is not null)
        {
            present.Add(ContextField.AgentChain);
        }
        return new RequestContext
        {
            ToolName = tool,
            ToolArgs = JsonSerializer.SerializeToElement(args ?? new { }).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal),
            AgentId = agent ?? "",
            AgentChain = chain ?? [],
            Present = present,
        };
    }

    public static Evaluation Run(PolicyIR policy, Stage stage, RequestContext context, EvaluationOptions? options = null) =>
        Airs.Compiler.Interpretation.Interpreter.Evaluate(policy, stage, context, options ?? EvaluationOptions.Default);

    public static TestIR Test(string name, Stage stage, RequestContext context, Outcome expected, string? by = null, params (string Judge, JudgeVerdict Verdict)[] stubs) =>
        new(name, stage, context, stubs.ToImmutableDictionary(s => s.Judge, s => s.Verdict), expected, by, 1);
}
