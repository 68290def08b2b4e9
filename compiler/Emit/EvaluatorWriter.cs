using System.Collections.Immutable;
using Airs.Compiler.Lowering;
using Airs.Runtime.Decisions;
using Airs.Runtime.Policy;
using static Airs.Compiler.Emit.CSharpCode;

namespace Airs.Compiler.Emit;

/// <summary>
/// Writes one policy's evaluator class: an <c>ICompiledPolicy</c> with a <c>switch</c> on the stage, one method
/// per stage and one per guard. Each stage method mirrors <c>Interpreter.RunGuards</c>: the implicit
/// tool-permission control, then the stage's guards in declaration order. The builder is created only when
/// tracing or when something fires, so a request where nothing fires allocates nothing here. Constructors and
/// calls with several arguments of one type take named arguments, so a reordered record fails to compile
/// instead of silently swapping two fields.
/// </summary>
internal sealed class EvaluatorWriter(PolicyIR policy, CSharpCode className)
{
    private readonly StaticFields _fields = new();

    /// <summary>The class, with its static data first (collected while the methods are written).</summary>
    public void Write(CodeWriter w)
    {
        var methods = new CodeWriter();
        WriteEvaluate(methods);
        foreach (var stage in Stages.All)
        {
            WriteStage(methods, stage);
        }
        var guards = policy.Guards;
        for (var i = 0; i < guards.Length; i++)
        {
            WriteGuard(methods, guards[i], GuardMethod(i, guards[i]));
        }

        var s = policy.Spec;
        w.Comment($"policy {s.Name} version {s.Version}, tier {s.Tier.ToKeyword()}: {guards.Length} guards");
        w.Line($"[GeneratedCode({Literal(PolicyEmitter.Generator)}, {Literal(PolicyEmitter.CompilerVersion)})]");
        w.Open($"public sealed class {className} : ICompiledPolicy");
        w.Comment($"The implicit controls (context attributes; tool permissions and arguments), built from the policy's declarations.");
        w.Line($"private static readonly ImplicitControls Implicit = new(spec: {ImplicitSpec(s)});");
        w.Lines(_fields.Declarations);
        w.Line();
        w.Lines(methods);
        w.Close();
    }

    private static void WriteEvaluate(CodeWriter w)
    {
        w.Open($"public Evaluation Evaluate(Stage stage, RequestContext context, EvaluationOptions options)");
        w.Open($"return stage switch");
        foreach (var stage in Stages.All)
        {
            w.Line($"{Enum(stage)} => {StageMethod(stage)}(context, options),");
        }
        w.Line($"_ => throw new ArgumentOutOfRangeException(paramName: nameof(stage), actualValue: stage, message: \"unknown stage\"),");
        w.Close($";");
        w.Close();
        w.Line();
    }

    private void WriteStage(CodeWriter w, Stage stage)
    {
        var guards = policy.Guards.Select((g, i) => (Guard: g, Index: i)).Where(x => x.Guard.Stage == stage).ToList();
        w.Comment($"stage {stage.ToKeyword()}: implicit controls, then {guards.Count} guard{(guards.Count == 1 ? "" : "s")}");
        w.Open($"private static Evaluation {StageMethod(stage)}(RequestContext context, EvaluationOptions options)");
        w.Line($"EvaluationBuilder? builder = options.Trace ? new EvaluationBuilder(trace: true) : null;");
        w.Line($"Implicit.Check({Enum(stage)}, context, options, ref builder);");
        if (guards.Count > 0)
        {
            w.Line($"var sink = EvidenceSink.Rent();");
            w.Open($"try");
            foreach (var (guard, index) in guards)
            {
                w.Line($"{GuardMethod(index, guard)}(context, options, sink, ref builder);");
            }
            w.Close();
            w.Open($"finally");
            w.Line($"EvidenceSink.Return(sink);");
            w.Close();
        }
        w.Line($"return builder is null ? Evaluation.Allowed : builder.Build();");
        w.Close();
        w.Line();
    }

    private void WriteGuard(CodeWriter w, GuardIR guard, CSharpCode method)
    {
        var expressions = new ExpressionWriter(_fields);
        var condition = expressions.Write(guard.Condition);
        w.Comment($"guard {guard.Name} on {guard.Stage.ToKeyword()}, id {guard.Id}, {guard.Mode.ToKeyword()} ({SourceOf(guard)})");
        w.Comment($"when {IrPrinter.Expr(guard.Condition)}");
        w.Comment($"then {IrPrinter.Action(guard.Action)}");
        w.Open($"private static void {method}(RequestContext context, EvaluationOptions options, EvidenceSink sink, ref EvaluationBuilder? builder)");
        w.Line($"sink.Clear();");
        // Through a local: a condition that is a C# constant (`true`, `1 < 2`) must not make code unreachable.
        w.Line($"var holds = {condition};");
        w.Open($"if (!holds)");
        w.Line($"builder?.NotFired({Literal(guard.Name)}, Layer.Guardrail);");
        w.Line($"return;");
        w.Close();
        w.Line($"builder ??= new EvaluationBuilder(trace: options.Trace);");
        var redactions = Code($"ImmutableArray<Redaction>.Empty");
        if (guard.Action is ActionIR.Redact redact)
        {
            // The spans are evaluated only once the condition holds; their matches join the guard's evidence.
            var spans = expressions.Write(redact.Spans);
            var with = redact.Style is { } style ? Code($"style: {Enum(style)}") : Code($"replacement: {Literal(redact.Replacement!)}");
            w.Line($"var redactions = PolicyFunctions.Redactions({spans}, {with});");
            redactions = Code($"redactions");
        }
        var action = guard.Action;
        var pace = (action as ActionIR.Pace)?.Level is { } level ? Code($"(PaceLevel?){Enum(level)}") : Null;
        w.Line($"ControlFiring.FireGuard(");
        w.Line($"    builder: builder,");
        w.Line($"    id: {Literal(guard.Id)},");
        w.Line($"    name: {Literal(guard.Name)},");
        w.Line($"    mode: ControlFiring.EffectiveMode({Enum(guard.Mode)}, options),");
        w.Line($"    outcome: {Enum(action.Outcome)},");
        w.Line($"    userMessage: {LiteralOrNull(action.Message)},");
        w.Line($"    review: {LiteralOrNull((action as ActionIR.Escalate)?.Review)},");
        w.Line($"    pace: {pace},");
        w.Line($"    evidence: sink.Drain(),");
        w.Line($"    redactions: {redactions});");
        w.Close();
        w.Line();
    }

    // `file:line` of the guard keyword; the file name only, so the source is the same wherever it was compiled.
    private static string SourceOf(GuardIR guard) =>
        guard.SourceFile.Length == 0 ? $"line {guard.SourceLine}" : $"{Path.GetFileName(guard.SourceFile)}:{guard.SourceLine}";

    private static CSharpCode StageMethod(Stage stage) => Identifier("Evaluate" + stage);

    private static CSharpCode GuardMethod(int index, GuardIR guard) => Identifier($"Guard_{index:D3}", guard.Name);

    // Only what ImplicitControls reads: tools, agents (without their intents, which only judges read, from the
    // manifest), the policy's own grant, the reviews (approval goes to the first) and the context attributes.
    private static CSharpCode ImplicitSpec(PolicySpec s)
    {
        var spec = Code($"new PolicySpec(Name: {Literal(s.Name)}, Version: {Literal(s.Version)}, Tier: {Enum(s.Tier)}, Owner: {LiteralOrNull(s.Owner)}, "
            + $"Models: [], Judges: [], Reviews: {Array(s.Reviews, Review)}, Breakers: [], Tools: {Array(s.Tools, Tool)}, "
            + $"Agents: {Array(s.Agents, Agent)}, PolicyTools: {Strings(s.PolicyTools)}, Pace: [])");
        return s.Attributes.IsDefaultOrEmpty ? spec : Code($"{spec} {{ Attributes = {Array(s.Attributes, Attribute)} }}");
    }

    private static CSharpCode Attribute(AttributeSpec a) =>
        Code($"new AttributeSpec(Path: {Literal(a.Path)}, Type: {Enum(a.Type)}){Rules(a.Rules)}");

    private static CSharpCode Review(ReviewSpec r) =>
        Code($"new ReviewSpec(Name: {Literal(r.Name)}, Sla: {Literal(r.Sla)}, OnExpiry: new ActionSpec(Outcome: {Enum(r.OnExpiry.Outcome)}, "
            + $"Message: {LiteralOrNull(r.OnExpiry.Message)}, Review: {LiteralOrNull(r.OnExpiry.Review)}, "
            + $"Pace: {(r.OnExpiry.Pace is { } p ? Enum(p) : Null)}))");

    private static CSharpCode Tool(ToolSpec t) =>
        Code($"new ToolSpec(Name: {Literal(t.Name)}, Args: {Array(t.Args, ToolArg)}, Writes: {Literal(t.Writes)})");

    private static CSharpCode ToolArg(ToolArgSpec a) =>
        Code($"new ToolArgSpec(Name: {Literal(a.Name)}, Type: {Enum(a.Type)}){Rules(a.Rules)}");

    // An object initializer for the rules a declaration has beyond its type, or nothing.
    private static CSharpCode Rules(ValueRules r)
    {
        if (r.IsEmpty())
        {
            return Empty;
        }
        var parts = new List<CSharpCode>();
        if (r.Optional)
        {
            parts.Add(Code($"Optional = true"));
        }
        if (r.Sensitive)
        {
            parts.Add(Code($"Sensitive = true"));
        }
        if (r.Min is { } min)
        {
            parts.Add(Code($"Min = {Literal(min)}"));
        }
        if (r.Max is { } max)
        {
            parts.Add(Code($"Max = {Literal(max)}"));
        }
        if (r.Pattern is { } pattern)
        {
            parts.Add(Code($"Pattern = {Literal(pattern)}, PatternFlags = {Literal(r.PatternFlags)}"));
        }
        if (!r.OneOf.IsDefaultOrEmpty)
        {
            parts.Add(Code($"OneOf = {Strings(r.OneOf)}"));
        }
        return Code($" {{ Rules = new ValueRules {{ {Join(Code($", "), parts)} }} }}");
    }

    private static CSharpCode Agent(AgentSpec a) =>
        Code($"new AgentSpec(Name: {Literal(a.Name)}, Tools: {Strings(a.Tools)}, Delegates: {Array(a.Delegates, Delegation)}, "
            + $"Approval: {Strings(a.Approval)}, Intent: null)");

    private static CSharpCode Delegation(DelegationSpec d) =>
        Code($"new DelegationSpec(To: {Literal(d.To)}, Tools: {Strings(d.Tools)})");

    private static CSharpCode Strings(ImmutableArray<string> values) => Array(values, Literal);

    private static CSharpCode Array<T>(ImmutableArray<T> values, Func<T, CSharpCode> item) =>
        values.IsDefaultOrEmpty ? Code($"[]") : Code($"[{Join(Code($", "), values.Select(item))}]");
}
