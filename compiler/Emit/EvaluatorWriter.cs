using System.Collections.Immutable;
using Airs.Compiler.Lowering;
using Airs.Compiler.Optimization;
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
        var dead = Stages.All.SelectMany(policy.BlocksFor).Where(b => b.IsDead).SelectMany(b => b.Guards).ToHashSet();
        for (var i = 0; i < guards.Length; i++)
        {
            if (!dead.Contains(i))
            {
                WriteGuard(methods, guards[i], GuardMethod(i, guards[i]));
            }
        }
        var conditions = policy.JudgeConditions;
        for (var i = 0; i < conditions.Length; i++)
        {
            WriteJudgeCondition(methods, conditions[i], JudgeConditionMethod(i, conditions[i]));
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
        var blocks = policy.BlocksFor(stage).ToList();
        var count = blocks.Sum(b => b.Guards.Length);
        var slots = SharedSlots(stage);
        var conditions = policy.JudgeConditions.Select((j, i) => (Judge: j, Index: i)).Where(x => x.Judge.Stage == stage).ToList();
        var shared = slots == 0 ? "" : $", {slots} shared detector call{(slots == 1 ? "" : "s")}";
        var judged = conditions.Count == 0 ? "" : $", then {conditions.Count} judge condition{(conditions.Count == 1 ? "" : "s")}";
        w.Comment($"stage {stage.ToKeyword()}: implicit controls, then {count} guard{(count == 1 ? "" : "s")}{shared}{judged}");
        w.Open($"private static Evaluation {StageMethod(stage)}(RequestContext context, EvaluationOptions options)");
        w.Line($"EvaluationBuilder? builder = options.Trace ? new EvaluationBuilder(trace: true) : null;");
        w.Line($"Implicit.Check({Enum(stage)}, context, options, ref builder);");
        if (count > 0 || conditions.Count > 0)
        {
            w.Line($"var sink = EvidenceSink.Rent();");
            if (slots > 0)
            {
                w.Line($"var memo = CallMemo.Rent({slots});");
            }
            w.Open($"try");
            foreach (var block in blocks)
            {
                WriteBlock(w, block, slots > 0);
            }
            foreach (var (judge, index) in conditions)
            {
                w.Line($"{JudgeConditionMethod(index, judge)}(context, options, sink, ref builder);");
            }
            w.Close();
            w.Open($"finally");
            w.Line($"EvidenceSink.Return(sink);");
            if (slots > 0)
            {
                w.Line($"CallMemo.Return(memo);");
            }
            w.Close();
        }
        w.Line($"return builder is null ? Evaluation.Allowed : builder.Build();");
        w.Close();
        w.Line();
    }

    // A gated block runs its guards only when the gate holds; otherwise (and for dead guards) a trace records them
    // as not fired, which is all an unfired guard ever does.
    private void WriteBlock(CodeWriter w, GuardBlock block, bool memo)
    {
        var guards = block.Guards.Select(i => (Index: i, Guard: policy.Guards[i])).ToList();
        if (block.IsDead)
        {
            w.Comment($"never fire{(guards.Count == 1 ? "s" : "")} (the condition is false on every request)");
            NotFired(w, guards.Select(g => g.Guard), Code($"builder?."));
            return;
        }
        if (block.Gate is { } gate)
        {
            w.Comment($"gate of {guards.Count} guard{(guards.Count == 1 ? "" : "s")}: {IrPrinter.Expr(gate)}");
            w.Open($"if ({new ExpressionWriter(_fields).Write(gate)})");
        }
        foreach (var (index, guard) in guards)
        {
            w.Line($"{GuardMethod(index, guard)}(context, options, sink, {(memo ? Code($"memo, ") : Empty)}ref builder);");
        }
        if (block.Gate is not null)
        {
            w.Close();
            w.Open($"else if (builder is not null)");
            NotFired(w, guards.Select(g => g.Guard), Code($"builder."));
            w.Close();
        }
    }

    private static void NotFired(CodeWriter w, IEnumerable<GuardIR> guards, CSharpCode builder)
    {
        foreach (var guard in guards)
        {
            w.Line($"{builder}NotFired({Literal(guard.Name)}, Layer.Guardrail);");
        }
    }

    private int SharedSlots(Stage stage) =>
        policy.GuardsFor(stage).SelectMany(IrNodes.SharedCalls).Select(s => s.Slot + 1).DefaultIfEmpty(0).Max();

    private void WriteGuard(CodeWriter w, GuardIR guard, CSharpCode method)
    {
        var expressions = new ExpressionWriter(_fields);
        var condition = expressions.Write(guard.Condition);
        w.Comment($"guard {guard.Name} on {guard.Stage.ToKeyword()}, id {guard.Id}, {guard.Mode.ToKeyword()} ({SourceOf(guard)})");
        w.Comment($"when {IrPrinter.Expr(guard.Condition)}");
        w.Comment($"then {IrPrinter.Action(guard.Action)}");
        var memo = SharedSlots(guard.Stage) > 0 ? Code($"CallMemo memo, ") : Empty;
        w.Open($"private static void {method}(RequestContext context, EvaluationOptions options, EvidenceSink sink, {memo}ref EvaluationBuilder? builder)");
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

    private void WriteJudgeCondition(CodeWriter w, JudgeConditionIR judge, CSharpCode method)
    {
        var condition = new ExpressionWriter(_fields).Write(judge.Condition);
        w.Comment($"judge {judge.Judge} on {judge.Stage.ToKeyword()} runs only when {IrPrinter.Expr(judge.Condition)}");
        w.Open($"private static void {method}(RequestContext context, EvaluationOptions options, EvidenceSink sink, ref EvaluationBuilder? builder)");
        // A judge's condition chooses whether it runs; its matches are nobody's evidence.
        w.Line($"sink.Clear();");
        w.Line($"var holds = {condition};");
        w.Open($"if (!holds)");
        w.Line($"builder ??= new EvaluationBuilder(trace: options.Trace);");
        w.Line($"builder.JudgeIdle({Literal(judge.Judge)});");
        w.Close();
        w.Close();
        w.Line();
    }

    private static CSharpCode JudgeConditionMethod(int index, JudgeConditionIR judge) => Identifier($"JudgeWhen_{index:D3}", judge.Judge);

    // `file:line` of the guard keyword; the file name only, so the source is the same wherever it was compiled.
    private static string SourceOf(GuardIR guard) =>
        guard.SourceFile.Length == 0 ? $"line {guard.SourceLine}" : $"{Path.GetFileName(guard.SourceFile)}:{guard.SourceLine}";

    private static CSharpCode StageMethod(Stage stage) => Identifier("Evaluate" + stage);

    private static CSharpCode GuardMethod(int index, GuardIR guard) => Identifier($"Guard_{index:D3}", guard.Name);

    // Only what ImplicitControls reads: tools, agents (with their backups, without their intents, which only judges
    // read, from the manifest), the policy's own grant, the reviews (approval goes to the first), the context
    // attributes, the sequence rules and the maximum delegation depth.
    private static CSharpCode ImplicitSpec(PolicySpec s)
    {
        var spec = Code($"new PolicySpec(Name: {Literal(s.Name)}, Version: {Literal(s.Version)}, Tier: {Enum(s.Tier)}, Owner: {LiteralOrNull(s.Owner)}, "
            + $"Models: [], Judges: [], Reviews: {Array(s.Reviews, Review)}, Breakers: [], Tools: {Array(s.Tools, Tool)}, "
            + $"Agents: {Array(s.Agents, Agent)}, PolicyTools: {Strings(s.PolicyTools)}, Pace: [])");
        var parts = new List<CSharpCode>();
        if (!s.Attributes.IsDefaultOrEmpty)
        {
            parts.Add(Code($"Attributes = {Array(s.Attributes, Attribute)}"));
        }
        if (!s.Sequences.IsDefaultOrEmpty)
        {
            parts.Add(Code($"Sequences = {Array(s.Sequences, Sequence)}"));
        }
        if (s.MaxDelegationDepth is { } depth)
        {
            parts.Add(Code($"MaxDelegationDepth = {Literal(depth)}"));
        }
        return parts.Count == 0 ? spec : Code($"{spec} {{ {Join(Code($", "), parts)} }}");
    }

    private static CSharpCode Sequence(SequenceSpec q) =>
        Code($"new SequenceSpec(Tool: {Literal(q.Tool)}, After: {Literal(q.After)}, Same: {Strings(q.Same)}, Within: {Literal(q.Within)}, Scope: {Enum(q.Scope)})");

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
            + $"Approval: {Strings(a.Approval)}, Intent: null){(a.Backup is { } backup ? Code($" {{ Backup = {Literal(backup)} }}") : Empty)}");

    private static CSharpCode Delegation(DelegationSpec d) =>
        Code($"new DelegationSpec(To: {Literal(d.To)}, Tools: {Strings(d.Tools)})");

    private static CSharpCode Strings(ImmutableArray<string> values) => Array(values, Literal);

    private static CSharpCode Array<T>(ImmutableArray<T> values, Func<T, CSharpCode> item) =>
        values.IsDefaultOrEmpty ? Code($"[]") : Code($"[{Join(Code($", "), values.Select(item))}]");
}
