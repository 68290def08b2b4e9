using System.Globalization;
using System.Text;
using Airs.Compiler.Semantics;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Detectors;
using Airs.Runtime.Functions;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Lowering;

/// <summary>
/// Prints IR as stable, readable text, one construct per line, for baseline files: the same IR always
/// prints the same bytes (invariant culture, declaration order, <c>\n</c> line ends).
/// Expressions are printed as prefix forms: <c>(and (== tool.name "x") (&gt; tool.args.amount:number 500))</c>.
/// </summary>
public static class IrPrinter
{
    public static string Print(PolicyIR policy)
    {
        var w = new Writer();
        var s = policy.Spec;
        w.Line(0, $"policy {s.Name} version {Quote(s.Version)} tier {Lower(s.Tier)}{(s.Owner is null ? "" : $" owner {Quote(s.Owner)}")}");
        if (!s.Models.IsDefaultOrEmpty)
        {
            w.Line(1, $"models {QuoteList(s.Models)}");
        }
        if (!s.PolicyTools.IsDefaultOrEmpty)
        {
            w.Line(1, $"tools {QuoteList(s.PolicyTools)}");
        }
        if (!s.Attributes.IsDefaultOrEmpty)
        {
            w.Line(1, $"context ({string.Join(", ", s.Attributes.Select(a => Declared(a.Path, a.Type, a.Rules)))})");
        }
        foreach (var tool in s.Tools)
        {
            var args = string.Join(", ", tool.Args.Select(a => Declared(a.Name, a.Type, a.Rules)));
            w.Line(1, $"tool {Quote(tool.Name)} args ({args}){(tool.Writes ? " writes" : "")}");
            foreach (var q in s.Sequences.Where(q => q.Tool == tool.Name))
            {
                w.Line(2, $"after {Quote(q.After)} same ({string.Join(", ", q.Same)}) within {Duration(q.Within)} per {q.Scope.ToKeyword()}");
            }
        }
        if (s.MaxDelegationDepth is { } depth)
        {
            w.Line(1, $"max depth {depth}");
        }
        foreach (var agent in s.Agents)
        {
            w.Line(1, $"agent {agent.Name} tools {QuoteList(agent.Tools)} approval {QuoteList(agent.Approval)}"
                + (agent.Backup is null ? "" : $" backup {agent.Backup}"));
            foreach (var d in agent.Delegates)
            {
                w.Line(2, $"delegates {d.To} with {QuoteList(d.Tools)}");
            }
            Intent(w, agent.Intent);
        }
        foreach (var workflow in s.Workflows)
        {
            w.Line(1, $"workflow {workflow.Name} agents [{string.Join(", ", workflow.Agents)}]");
            Intent(w, workflow.Intent, evaluated: false);
        }
        foreach (var review in s.Reviews)
        {
            w.Line(1, $"review {review.Name} sla {Duration(review.Sla)} on expiry {Action(review.OnExpiry)}");
        }
        foreach (var b in s.Breakers)
        {
            w.Line(1, $"breaker {b.Name} trip when {b.Counter.ToKeyword()} >= {b.Threshold} within {Duration(b.Window)} per {b.Scope.ToKeyword()} cooldown {Duration(b.Cooldown)} fallback {Quote(b.Fallback)}");
        }
        foreach (var l in s.Limits)
        {
            var counted = l.Measure switch
            {
                LimitMeasure.Sum => $"sum {l.Argument} of {Quote(l.Tool!)}",
                LimitMeasure.ToolCalls when l.Tool is not null => $"tool_calls of {Quote(l.Tool)}",
                LimitMeasure.Cost => $"cost price {Number(l.Price)}",
                _ => l.Measure.ToKeyword(),
            };
            w.Line(1, $"limit {l.Name} id {Quote(l.Id)} mode {Lower(l.Mode)} count {counted} max {Number(l.Max)} within {Duration(l.Window)} per {l.Scope.ToKeyword()}"
                + $"{(l.WarnAt is { } warn ? $" warn {Number(warn)}" : "")} on exceed {Action(l.OnExceed)}");
            Maps(w, l.Maps);
        }
        foreach (var j in s.Judges)
        {
            w.Line(1, $"judge {j.Name} on {j.Stage.ToKeyword()} id {Quote(j.Id)} mode {Lower(j.Mode)} model {Quote(j.Model)}"
                + $"{(j.ChallengerModel is null ? "" : $" challenger {Quote(j.ChallengerModel)}")} sample {Number(j.SampleRate)}"
                + $" timeout {Duration(j.Timeout)}{(j.Blocking ? " blocking" : "")}");
            if (j.Evaluate != EvaluationFrequency.EveryAction)
            {
                w.Line(2, $"evaluate {(j.Evaluate is { } evaluate ? evaluate.ToKeyword() : "as_agent_intent")}");
            }
            Intent(w, j.Intent);
            w.Line(2, $"prompt {Quote(j.PromptTemplate)}");
            w.Line(2, $"on fail {Action(j.OnFail)}");
            w.Line(2, $"on error {Action(j.OnError)}");
            if (policy.JudgeConditions.FirstOrDefault(c => c.Judge == j.Name) is { } condition)
            {
                w.Line(2, $"when {Expr(condition.Condition)}");
            }
            foreach (var boost in j.SampleWhen)
            {
                w.Line(2, $"sample {Number(boost.Rate)} when {boost.Guard} fired");
            }
            if (j.MinConfidence is { } band)
            {
                w.Line(2, $"confidence {Number(band)} on uncertain {(j.OnUncertain is { } u ? Action(u) : "escalate")}");
            }
            Maps(w, j.Maps);
        }
        foreach (var p in s.Pace)
        {
            var trigger = p.Manual ? "manual" : "when " + string.Join(" or ", p.Triggers.Select(Trigger));
            var actions = string.Join(", ", p.Actions.Select(a => Snake(a.ToString())).Concat(p.AgentActions.Select(a => $"{a.Action.ToKeyword()} {a.Agent}")));
            w.Line(1, $"pace {Lower(p.Level)} {trigger} {{ {actions} }}{(p.FallbackMessage is null ? "" : $" fallback {Quote(p.FallbackMessage)}")}"
                + (p.Authority.IsDefaultOrEmpty ? "" : $" authority {QuoteList(p.Authority)}"));
        }
        foreach (var g in policy.Guards)
        {
            w.Line(1, $"guard {g.Name} on {g.Stage.ToKeyword()} id {Quote(g.Id)} mode {Lower(g.Mode)} line {g.SourceLine}");
            w.Line(2, $"when {Expr(g.Condition)}");
            w.Line(2, $"then {Action(g.Action)}");
            Maps(w, g.Maps);
        }
        if (!policy.Blocks.IsDefault)
        {
            foreach (var b in policy.Blocks)
            {
                var names = string.Join(", ", b.Guards.Select(i => policy.Guards[i].Name));
                w.Line(1, b.IsDead ? $"dead on {b.Stage.ToKeyword()}: {names}"
                    : b.Gate is null ? $"run on {b.Stage.ToKeyword()}: {names}"
                    : $"gated on {b.Stage.ToKeyword()} by {Expr(b.Gate)}: {names}");
            }
        }
        foreach (var t in policy.Tests)
        {
            w.Line(1, $"test {Quote(t.Name)} on {t.Stage.ToKeyword()} line {t.SourceLine}");
            foreach (var step in t.Steps)
            {
                w.Line(2, step.Times == 0 ? $"wait {Duration(step.Wait)}" : $"send {step.Times} on {step.Stage.ToKeyword()}: {string.Join("; ", Context(step.Context))}");
            }
            foreach (var line in Context(t.Context))
            {
                w.Line(2, line);
            }
            foreach (var stub in t.JudgeStubs.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                w.Line(2, $"judge {stub.Key} returns {stub.Value.ToKeyword()}");
            }
            if (t.Options is { } o && o != EvaluationOptions.Default)
            {
                w.Line(2, $"options enforce_all {Lower(o.EnforceAll)} tools_read_only {Lower(o.ToolsReadOnly)}");
            }
            w.Line(2, $"expect {t.Expected.ToKeyword()}{(t.ExpectedControl is null ? "" : $" by {t.ExpectedControl}")}");
        }
        return w.ToString();
    }

    // A workflow's intent has no frequency of its own: its judges' intents say when they run.
    private static void Intent(Writer w, IntentSpec? intent, bool evaluated = true)
    {
        if (intent is null)
        {
            return;
        }
        w.Line(2, $"intent goal {Quote(intent.Goal)}{(evaluated ? $" evaluate {intent.Evaluate.ToKeyword()}" : "")}"
            + $"{(intent.Tools.IsDefaultOrEmpty ? "" : $" tools {QuoteList(intent.Tools)}")}{(intent.Data.IsDefaultOrEmpty ? "" : $" data {QuoteList(intent.Data)}")}");
        foreach (var (kind, criteria) in new[] { ("success", intent.Success), ("failure", intent.Failure) })
        {
            foreach (var c in criteria)
            {
                w.Line(3, $"{kind} {c.Name} {Quote(c.Text)}");
            }
        }
    }

    /// <summary>An expression in prefix form on one line.</summary>
    public static string Expr(ExprIR e) => e switch
    {
        ExprIR.StringLiteral s => Quote(s.Value),
        ExprIR.NumberLiteral n => Number(n.Value),
        ExprIR.BoolLiteral b => Lower(b.Value),
        ExprIR.DurationLiteral d => Duration(d.Value),
        ExprIR.PercentLiteral p => Percent(p.Fraction),
        ExprIR.StringListLiteral l => QuoteList(l.Values),
        ExprIR.NumberListLiteral l => "[" + string.Join(", ", l.Values.Select(Number)) + "]",
        ExprIR.PiiKindsLiteral k => "[" + string.Join(", ", EnumMembers.Names(k.Kinds)) + "]",
        ExprIR.RegexLiteral r => Regex(r),
        ExprIR.Field f => ContextSchema.Get(f.ContextField).Path,
        ExprIR.ToolArg a => $"tool.args.{a.Name}:{AirsType.Of(a.ArgType)}",
        ExprIR.Attribute a => $"{a.Path}:{AirsType.Of(a.ArgType)}",
        ExprIR.Call c => $"({c.Function.Name}{(c.Mode is { } mode ? ":" + mode.ToKeyword() : "")}{string.Concat(c.Arguments.Select(a => " " + Expr(a)))})",
        ExprIR.Compare c => $"({c.Op.ToText()} {Expr(c.Left)} {Expr(c.Right)})",
        ExprIR.And a => $"(and {Expr(a.Left)} {Expr(a.Right)})",
        ExprIR.Or o => $"(or {Expr(o.Left)} {Expr(o.Right)})",
        ExprIR.Not n => $"(not {Expr(n.Operand)})",
        ExprIR.Matches m => $"(matches {Expr(m.Text)} {Regex(m.Regex)})",
        ExprIR.Contains c => $"(contains {Expr(c.Container)} {Expr(c.Item)})",
        ExprIR.In i => $"(in {Expr(i.Item)} {Expr(i.List)})",
        ExprIR.ListOf l => $"(list {string.Join(" ", l.Items.Select(Expr))})",
        ExprIR.Variable v => $"{v.Name}@{v.Level}",
        ExprIR.Quantifier q => $"({(q.IsAll ? "all" : "any")} {q.VariableName}@{q.Level} {Expr(q.List)} {Expr(q.Body)})",
        ExprIR.Probe p => $"({(p.IgnoreCase ? "probe-ignoring-case" : "probe")} {ContextSchema.Get(p.ContextField).Path} {QuoteList(p.Values)})",
        ExprIR.Shared s => $"(shared#{s.Slot} {Expr(s.Detector)})",
        _ => throw new ArgumentOutOfRangeException(nameof(e), e.GetType().Name, "unknown expression"),
    };

    public static string Action(ActionIR a) => a switch
    {
        ActionIR.Block b => b.Text is null ? "block" : $"block {Quote(b.Text)}",
        ActionIR.Flag f => f.Text is null ? "flag" : $"flag {Quote(f.Text)}",
        ActionIR.Allow => "allow",
        ActionIR.Halt => "halt",
        ActionIR.Escalate e => $"escalate {e.Review}",
        ActionIR.Redact r => $"redact {Expr(r.Spans)} with {(r.Style is { } style ? Lower(style) : Quote(r.Replacement!))}",
        ActionIR.Pace p => $"pace {Lower(p.Level)}",
        _ => throw new ArgumentOutOfRangeException(nameof(a), a.GetType().Name, "unknown action"),
    };

    private static string Action(ActionSpec a)
    {
        var text = a.Outcome.ToKeyword();
        if (a.Review is not null)
        {
            text += " " + a.Review;
        }
        if (a.Message is not null)
        {
            text += " " + Quote(a.Message);
        }
        if (a.Pace is { } pace)
        {
            text += " pace " + Lower(pace);
        }
        return text;
    }

    private static string Trigger(PaceTrigger t) => t switch
    {
        JudgeFailingTrigger { Judge: null } => "judge.failing",
        JudgeFailingTrigger j => $"judge {j.Judge} failing",
        BreakerOpenTrigger b => $"breaker {b.Breaker} open",
        _ => throw new ArgumentOutOfRangeException(nameof(t)),
    };

    private static IEnumerable<string> Context(RequestContext c)
    {
        foreach (var info in ContextSchema.Fields.Where(f => !ContextSchema.IsDerived(f.Field)))
        {
            switch (info.Type)
            {
                case FieldType.String:
                    var s = c.GetString(info.Field);
                    if (s.Length > 0 || c.Present.Contains(info.Field))
                    {
                        yield return $"{info.Path} = {Quote(s)}";
                    }
                    break;
                case FieldType.StringList:
                    var l = c.GetList(info.Field);
                    if (l.Count > 0 || c.Present.Contains(info.Field))
                    {
                        yield return $"{info.Path} = {QuoteList(l)}";
                    }
                    break;
                case FieldType.Number:
                    var n = c.GetNumber(info.Field);
                    if (n != 0 || c.Present.Contains(info.Field))
                    {
                        yield return $"{info.Path} = {Number(n)}";
                    }
                    break;
                case FieldType.ToolArgs:
                    foreach (var arg in c.ToolArgs.OrderBy(p => p.Key, StringComparer.Ordinal))
                    {
                        yield return $"{info.Path}.{arg.Key} = {arg.Value.GetRawText()}";
                    }
                    break;
            }
        }
        foreach (var attribute in c.Attributes.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            yield return $"{attribute.Key} = {attribute.Value.GetRawText()}";
        }
    }

    private static string Declared(string name, ArgType type, ValueRules rules)
    {
        var text = $"{name}{(rules.Optional ? "?" : "")}: {AirsType.Of(type)}";
        if (rules.Min is { } min)
        {
            text += $" min {Number(min)}";
        }
        if (rules.Max is { } max)
        {
            text += $" max {Number(max)}";
        }
        if (rules.Pattern is { } pattern)
        {
            text += $" pattern {Regex(new ExprIR.RegexLiteral(pattern, rules.PatternFlags))}";
        }
        if (!rules.OneOf.IsDefaultOrEmpty)
        {
            text += $" one of {string.Join(", ", rules.OneOf.Select(Quote))}";
        }
        return rules.Sensitive ? text + " sensitive" : text;
    }

    private static void Maps(Writer w, System.Collections.Immutable.ImmutableArray<string> maps)
    {
        if (!maps.IsDefaultOrEmpty)
        {
            w.Line(2, "maps " + string.Join(", ", maps));
        }
    }

    private static string Regex(ExprIR.RegexLiteral r) => "/" + r.Pattern.Replace("/", "\\/", StringComparison.Ordinal) + "/" + r.Flags;

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A fraction as the percent its author wrote (<see cref="ExactNumbers.PercentText"/>).</summary>
    public static string Percent(double fraction) => ExactNumbers.PercentText(fraction);

    /// <summary>The largest unit that divides the value: <c>1500ms</c>, <c>5m</c>, <c>4h</c>.</summary>
    public static string Duration(TimeSpan value)
    {
        var ms = (long)value.TotalMilliseconds;
        foreach (var (unit, size) in new (string, long)[] { ("d", 86_400_000), ("h", 3_600_000), ("m", 60_000), ("s", 1_000) })
        {
            if (ms != 0 && ms % size == 0)
            {
                return (ms / size).ToString(CultureInfo.InvariantCulture) + unit;
            }
        }
        return ms.ToString(CultureInfo.InvariantCulture) + "ms";
    }

    /// <summary>A string literal as the language writes it, with <c>\" \\ \n \r \t \u{…}</c> escapes.</summary>
    public static string Quote(string value)
    {
        var b = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                b.Append(c).Append(value[++i]);
                continue;
            }
            switch (c)
            {
                case '"': b.Append("\\\""); break;
                case '\\': b.Append("\\\\"); break;
                case '\n': b.Append("\\n"); break;
                case '\r': b.Append("\\r"); break;
                case '\t': b.Append("\\t"); break;
                default:
                    if (char.IsControl(c) || char.IsSurrogate(c))
                    {
                        b.Append("\\u{").Append(((int)c).ToString("X", CultureInfo.InvariantCulture)).Append('}');
                    }
                    else
                    {
                        b.Append(c);
                    }
                    break;
            }
        }
        return b.Append('"').ToString();
    }

    private static string QuoteList(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(Quote)) + "]";

    private static string Lower<T>(T value) where T : notnull => Snake(value.ToString()!);

    // ReviewAllOutputs -> review_all_outputs, True -> true
    private static string Snake(string pascal)
    {
        var b = new StringBuilder(pascal.Length + 4);
        foreach (var c in pascal)
        {
            if (char.IsUpper(c) && b.Length > 0)
            {
                b.Append('_');
            }
            b.Append(char.ToLowerInvariant(c));
        }
        return b.ToString();
    }

    private sealed class Writer
    {
        private readonly StringBuilder _text = new();

        public void Line(int indent, string line) => _text.Append(' ', indent * 2).Append(line).Append('\n');

        public override string ToString() => _text.ToString();
    }
}
