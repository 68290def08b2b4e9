using System.Collections.Immutable;
using Airs.Compiler.Lowering;
using Airs.Runtime.Decisions;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Emit;

/// <summary>
/// Writes one policy's evaluator class: an <c>ICompiledPolicy</c> with a <c>switch</c> on the stage, one method
/// per stage and one per guard. Each stage method mirrors <c>Interpreter.RunGuards</c>: the implicit
/// tool-permission control, then the stage's guards in declaration order. The builder is created only when
/// tracing or when something fires, so a request where nothing fires allocates nothing here.
/// </summary>
internal sealed class EvaluatorWriter(PolicyIR policy, string className)
{
    private readonly StaticFields _fields = new();

    /// <summary>The class, with its static data first (collected while the methods are written).</summary>
    public string Write()
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

        var w = new CodeWriter();
        var s = policy.Spec;
        w.Line($"// policy {CSharpText.Comment(s.Name)} version {CSharpText.Comment(s.Version)}, tier {s.Tier.ToKeyword()}: {guards.Length} guards");
        w.Open($"public sealed class {className} : ICompiledPolicy");
        w.Line("// The implicit controls (context attributes; tool permissions and arguments), built from the policy's declarations.");
        w.Line($"private static readonly ImplicitControls Implicit = new({ImplicitSpec(s)});");
        foreach (var declaration in _fields.Declarations)
        {
            w.Line(declaration);
        }
        w.Line();
        foreach (var line in methods.ToString().TrimEnd('\n').Split('\n'))
        {
            w.Line(line);
        }
        w.Close();
        return w.ToString();
    }

    private static void WriteEvaluate(CodeWriter w)
    {
        w.Open("public Evaluation Evaluate(Stage stage, RequestContext context, EvaluationOptions options)");
        w.Open("return stage switch");
        foreach (var stage in Stages.All)
        {
            w.Line($"{CSharpText.Enum(stage)} => {StageMethod(stage)}(context, options),");
        }
        w.Line("_ => throw new ArgumentOutOfRangeException(nameof(stage), stage, \"unknown stage\"),");
        w.Close(";");
        w.Close();
        w.Line();
    }

    private void WriteStage(CodeWriter w, Stage stage)
    {
        var guards = policy.Guards.Select((g, i) => (Guard: g, Index: i)).Where(x => x.Guard.Stage == stage).ToList();
        w.Line($"// stage {stage.ToKeyword()}: implicit controls, then {guards.Count} guard{(guards.Count == 1 ? "" : "s")}");
        w.Open($"private static Evaluation {StageMethod(stage)}(RequestContext context, EvaluationOptions options)");
        w.Line("EvaluationBuilder? builder = options.Trace ? new EvaluationBuilder(trace: true) : null;");
        w.Line($"Implicit.Check({CSharpText.Enum(stage)}, context, options, ref builder);");
        if (guards.Count > 0)
        {
            w.Line("var sink = EvidenceSink.Rent();");
            w.Open("try");
            foreach (var (guard, index) in guards)
            {
                w.Line($"{GuardMethod(index, guard)}(context, options, sink, ref builder);");
            }
            w.Close();
            w.Open("finally");
            w.Line("EvidenceSink.Return(sink);");
            w.Close();
        }
        w.Line("return builder is null ? Evaluation.Allowed : builder.Build();");
        w.Close();
        w.Line();
    }

    private void WriteGuard(CodeWriter w, GuardIR guard, string method)
    {
        var expressions = new ExpressionWriter(_fields);
        var condition = expressions.Write(guard.Condition);
        w.Line($"// guard {CSharpText.Comment(guard.Name)} on {guard.Stage.ToKeyword()}, id {CSharpText.Comment(guard.Id)}, {guard.Mode.ToKeyword()} (line {guard.SourceLine})");
        w.Line($"// when {CSharpText.Comment(IrPrinter.Expr(guard.Condition))}");
        w.Line($"// then {CSharpText.Comment(IrPrinter.Action(guard.Action))}");
        w.Open($"private static void {method}(RequestContext context, EvaluationOptions options, EvidenceSink sink, ref EvaluationBuilder? builder)");
        w.Line("sink.Clear();");
        // Through a local: a condition that is a C# constant (`true`, `1 < 2`) must not make code unreachable.
        w.Line($"var holds = {condition};");
        w.Open("if (!holds)");
        w.Line($"builder?.NotFired({CSharpText.Literal(guard.Name)}, Layer.Guardrail);");
        w.Line("return;");
        w.Close();
        w.Line("builder ??= new EvaluationBuilder(options.Trace);");
        var redactions = "ImmutableArray<Redaction>.Empty";
        if (guard.Action is ActionIR.Redact redact)
        {
            // The spans are evaluated only once the condition holds; their matches join the guard's evidence.
            var spans = expressions.Write(redact.Spans);
            var with = redact.Style is { } style ? CSharpText.Enum(style) : CSharpText.Literal(redact.Replacement!);
            w.Line($"var redactions = PolicyFunctions.Redactions({spans}, {with});");
            redactions = "redactions";
        }
        var action = guard.Action;
        w.Line("ControlFiring.FireGuard(");
        w.Line("    builder,");
        w.Line($"    {CSharpText.Literal(guard.Id)},");
        w.Line($"    {CSharpText.Literal(guard.Name)},");
        w.Line($"    ControlFiring.EffectiveMode({CSharpText.Enum(guard.Mode)}, options),");
        w.Line($"    {CSharpText.Enum(action.Outcome)},");
        w.Line($"    {CSharpText.LiteralOrNull(action.Message)},");
        w.Line($"    {CSharpText.LiteralOrNull((action as ActionIR.Escalate)?.Review)},");
        w.Line($"    {((action as ActionIR.Pace)?.Level is { } level ? $"(PaceLevel?){CSharpText.Enum(level)}" : "null")},");
        w.Line("    sink.Drain(),");
        w.Line($"    {redactions});");
        w.Close();
        w.Line();
    }

    private static string StageMethod(Stage stage) => "Evaluate" + stage;

    private static string GuardMethod(int index, GuardIR guard) => CSharpText.Identifier($"Guard_{index:D3}", guard.Name);

    // Only what ImplicitControls reads: tools, agents, the policy's own grant, the reviews (approval goes to the
    // first) and the context attributes.
    private static string ImplicitSpec(PolicySpec s) =>
        $"new PolicySpec({CSharpText.Literal(s.Name)}, {CSharpText.Literal(s.Version)}, {CSharpText.Enum(s.Tier)}, {CSharpText.LiteralOrNull(s.Owner)}, "
        + $"[], [], {Array(s.Reviews, Review)}, [], {Array(s.Tools, Tool)}, {Array(s.Agents, Agent)}, {Strings(s.PolicyTools)}, [])"
        + (s.Attributes.IsDefaultOrEmpty ? "" : $" {{ Attributes = {Array(s.Attributes, a => $"new AttributeSpec({CSharpText.Literal(a.Path)}, {CSharpText.Enum(a.Type)}){Rules(a.Rules)}")} }}");

    private static string Review(ReviewSpec r) =>
        $"new ReviewSpec({CSharpText.Literal(r.Name)}, {CSharpText.Literal(r.Sla)}, new ActionSpec({CSharpText.Enum(r.OnExpiry.Outcome)}, "
        + $"{CSharpText.LiteralOrNull(r.OnExpiry.Message)}, {CSharpText.LiteralOrNull(r.OnExpiry.Review)}, "
        + $"{(r.OnExpiry.Pace is { } p ? CSharpText.Enum(p) : "null")}))";

    private static string Tool(ToolSpec t) =>
        $"new ToolSpec({CSharpText.Literal(t.Name)}, {Array(t.Args, a => $"new ToolArgSpec({CSharpText.Literal(a.Name)}, {CSharpText.Enum(a.Type)}){Rules(a.Rules)}")}, {CSharpText.Literal(t.Writes)})";

    // An object initializer for the rules a declaration has beyond its type, or nothing.
    private static string Rules(ValueRules r)
    {
        if (r.IsEmpty())
        {
            return "";
        }
        var parts = new List<string>();
        if (r.Optional)
        {
            parts.Add("Optional = true");
        }
        if (r.Sensitive)
        {
            parts.Add("Sensitive = true");
        }
        if (r.Min is { } min)
        {
            parts.Add($"Min = {CSharpText.Literal(min)}");
        }
        if (r.Max is { } max)
        {
            parts.Add($"Max = {CSharpText.Literal(max)}");
        }
        if (r.Pattern is { } pattern)
        {
            parts.Add($"Pattern = {CSharpText.Literal(pattern)}, PatternFlags = {CSharpText.Literal(r.PatternFlags)}");
        }
        if (!r.OneOf.IsDefaultOrEmpty)
        {
            parts.Add($"OneOf = {Strings(r.OneOf)}");
        }
        return $" {{ Rules = new ValueRules {{ {string.Join(", ", parts)} }} }}";
    }

    private static string Agent(AgentSpec a) =>
        $"new AgentSpec({CSharpText.Literal(a.Name)}, {Strings(a.Tools)}, "
        + $"{Array(a.Delegates, d => $"new DelegationSpec({CSharpText.Literal(d.To)}, {Strings(d.Tools)})")}, "
        + $"{Strings(a.Approval)}, {CSharpText.LiteralOrNull(a.Task)})";

    private static string Strings(ImmutableArray<string> values) => Array(values, CSharpText.Literal);

    private static string Array<T>(ImmutableArray<T> values, Func<T, string> item) =>
        values.IsDefaultOrEmpty ? "[]" : "[" + string.Join(", ", values.Select(item)) + "]";
}
