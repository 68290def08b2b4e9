using System.Buffers;
using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Airs.Compiler.Lowering;
using Airs.Compiler.Semantics;
using Airs.Runtime.Context;
using Airs.Runtime.Detectors;
using Airs.Runtime.Functions;

namespace Airs.Compiler.Interpretation;

/// <summary>
/// Evaluates IR expressions by walking them. Values are plain CLR values: <c>string</c>, <c>double</c>
/// (numbers and percents), <c>bool</c>, <c>TimeSpan</c>, <c>IReadOnlyList&lt;string&gt;</c>,
/// <c>IReadOnlyList&lt;double&gt;</c>, <see cref="PiiKinds"/>, <see cref="Regex"/> and <see cref="Spans"/>.
/// Everything with semantics beyond a CLR operator goes through <see cref="PolicyFunctions"/>.
/// </summary>
internal sealed class ExpressionEvaluator(RequestContext context, EvidenceSink sink, CallMemo? memo = null)
{
    // A probe's values as the emitted code holds them, built once per probe node.
    private static readonly ConditionalWeakTable<ExprIR.Probe, object> ProbeValues = [];

    // The elements the enclosing quantifiers are at, with the field each one's evidence points to; index = level.
    private readonly List<(object Value, string Field)> _variables = [];

    public bool IsTrue(ExprIR e) => (bool)Evaluate(e);

    public object Evaluate(ExprIR e) => e switch
    {
        ExprIR.StringLiteral s => s.Value,
        ExprIR.NumberLiteral n => n.Value,
        ExprIR.BoolLiteral b => b.Value,
        ExprIR.DurationLiteral d => d.Value,
        ExprIR.PercentLiteral p => p.Fraction,
        ExprIR.StringListLiteral l => l.Values,
        ExprIR.NumberListLiteral l => l.Values,
        ExprIR.PiiKindsLiteral k => k.Kinds,
        ExprIR.RegexLiteral r => RegexFactory.Get(r.Pattern, r.Flags),
        ExprIR.Field f => ReadField(f.ContextField),
        ExprIR.ToolArg a => Read(context.ToolArgs, a.Name, a.ArgType),
        ExprIR.Attribute a => Read(context.Attributes, a.Path, a.ArgType),
        ExprIR.Call c => Call(c),
        ExprIR.Compare c => Compare(c),
        // Short-circuit left to right: evidence comes only from what was evaluated.
        ExprIR.And a => IsTrue(a.Left) && IsTrue(a.Right),
        ExprIR.Or o => IsTrue(o.Left) || IsTrue(o.Right),
        ExprIR.Not n => !IsTrue(n.Operand),
        ExprIR.Matches m => PolicyFunctions.Matches(Text(m.Text), FieldOf(m.Text), RegexFactory.Get(m.Regex.Pattern, m.Regex.Flags), sink),
        ExprIR.Contains c => Contains(Evaluate(c.Container), Evaluate(c.Item)),
        ExprIR.In i => Contains(Evaluate(i.List), Evaluate(i.Item)),
        ExprIR.ListOf l => l.ElementType.Kind == TypeKind.String
            ? l.Items.Select(Text).ToArray()
            : l.Items.Select(x => (double)Evaluate(x)).ToArray(),
        ExprIR.Variable v => _variables[v.Level].Value,
        ExprIR.Quantifier q => q.ElementType.Kind == TypeKind.String
            ? Quantify(q, (IReadOnlyList<string>)Evaluate(q.List))
            : Quantify(q, (IReadOnlyList<double>)Evaluate(q.List)),
        ExprIR.Probe p => Probe(p),
        ExprIR.Shared s => Shared(s),
        _ => throw new InvalidOperationException($"unknown expression `{e.GetType().Name}`"),
    };

    private bool Probe(ExprIR.Probe p)
    {
        var values = ProbeValues.GetValue(p, static p => p.IsText
            ? SearchValues.Create(p.Values.AsSpan(), p.IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal)
            : p.Values.ToFrozenSet(StringComparer.Ordinal));
        return values is SearchValues<string> text
            ? PolicyFunctions.ContainsAny(context.GetString(p.ContextField), text)
            : PolicyFunctions.ContainsAny(context.GetList(p.ContextField), (FrozenSet<string>)values);
    }

    // The call runs once per stage, on a sink of the memo's, through this same evaluator; each use replays its evidence.
    private object Shared(ExprIR.Shared s)
    {
        var shared = memo ?? throw new InvalidOperationException("a shared call outside a stage evaluation");
        return s.Type.Kind switch
        {
            TypeKind.Bool => shared.Bool(s.Slot, sink, (Evaluator: this, Call: s.Detector), static (x, into) => (bool)x.Evaluator.WithSink(into).Evaluate(x.Call)),
            TypeKind.Number => shared.Number(s.Slot, sink, (Evaluator: this, Call: s.Detector), static (x, into) => (double)x.Evaluator.WithSink(into).Evaluate(x.Call)),
            _ => shared.Spans(s.Slot, sink, (Evaluator: this, Call: s.Detector), static (x, into) => (Spans)x.Evaluator.WithSink(into).Evaluate(x.Call)),
        };
    }

    // Shared calls read only the context (no quantifier variable), so a fresh evaluator over another sink computes them.
    private ExpressionEvaluator WithSink(EvidenceSink other) => new(context, other, memo);

    private string Text(ExprIR e) => (string)Evaluate(e);

    /// <summary>Where evidence from <paramref name="e"/> points: a quantifier variable's element field, else the static rule.</summary>
    private string FieldOf(ExprIR e) => e is ExprIR.Variable v ? _variables[v.Level].Field : e.EvidenceField;

    private bool Quantify<T>(ExprIR.Quantifier q, IReadOnlyList<T> items)
        where T : notnull
    {
        bool Body(T item, string field)
        {
            _variables.Add((item, field));
            try
            {
                return IsTrue(q.Body);
            }
            finally
            {
                _variables.RemoveAt(_variables.Count - 1);
            }
        }
        var listField = q.List.EvidenceField;
        return q.IsAll ? PolicyFunctions.All(items, listField, Body) : PolicyFunctions.Any(items, listField, Body);
    }

    private object ReadField(ContextField field) => ContextSchema.Get(field).Type switch
    {
        FieldType.String => context.GetString(field),
        FieldType.StringList => context.GetList(field),
        FieldType.Number => context.GetNumber(field),
        _ => throw new InvalidOperationException($"field `{ContextSchema.Get(field).Path}` is not readable directly"),
    };

    // Tool arguments and context attributes are read by the same functions, from their own dictionaries.
    private static object Read(IReadOnlyDictionary<string, System.Text.Json.JsonElement> values, string name, Runtime.Policy.ArgType type) => type switch
    {
        Runtime.Policy.ArgType.String => PolicyFunctions.ToolArgString(values, name),
        Runtime.Policy.ArgType.Number => PolicyFunctions.ToolArgNumber(values, name),
        Runtime.Policy.ArgType.Bool => PolicyFunctions.ToolArgBool(values, name),
        Runtime.Policy.ArgType.StringList => PolicyFunctions.ToolArgStringList(values, name),
        Runtime.Policy.ArgType.NumberList => PolicyFunctions.ToolArgNumberList(values, name),
        _ => throw new InvalidOperationException($"unknown argument type `{type}`"),
    };

    private object Call(ExprIR.Call c)
    {
        var args = c.Arguments;
        var field = FieldOf(args[0]);
        return c.Function.Id switch
        {
            BuiltinId.InjectionScore => PolicyFunctions.InjectionScore(Text(args[0]), field, Mode(c, field), sink),
            BuiltinId.InjectionFound => PolicyFunctions.InjectionFound(Text(args[0]), field, Mode(c, field), sink),
            BuiltinId.InjectionSpans => PolicyFunctions.InjectionSpans(Text(args[0]), field, Mode(c, field), sink),
            BuiltinId.PiiFound => PolicyFunctions.PiiFound(Text(args[0]), field, (PiiKinds)Evaluate(args[1]), sink),
            BuiltinId.PiiSpans => PolicyFunctions.PiiSpans(Text(args[0]), field, (PiiKinds)Evaluate(args[1]), sink),
            BuiltinId.SecretsFound => PolicyFunctions.SecretsFound(Text(args[0]), field, sink),
            BuiltinId.SecretsSpans => PolicyFunctions.SecretsSpans(Text(args[0]), field, sink),
            BuiltinId.ExfilFound => PolicyFunctions.ExfilFound(Text(args[0]), field, Strings(args[1]), sink),
            BuiltinId.ExfilSpans => PolicyFunctions.ExfilSpans(Text(args[0]), field, Strings(args[1]), sink),
            BuiltinId.RegexSpans => PolicyFunctions.RegexSpans(Text(args[0]), field, (Regex)Evaluate(args[1]), sink),
            BuiltinId.LenString => PolicyFunctions.Len(Text(args[0])),
            BuiltinId.LenList => Evaluate(args[0]) switch
            {
                IReadOnlyList<string> strings => PolicyFunctions.Len(strings),
                IReadOnlyList<double> numbers => PolicyFunctions.Len(numbers),
                var other => throw new InvalidOperationException($"`len` of `{other.GetType().Name}`"),
            },
            BuiltinId.LenSpans => PolicyFunctions.Len((Spans)Evaluate(args[0])),
            BuiltinId.Lower => PolicyFunctions.Lower(Text(args[0])),
            BuiltinId.InjectionScoreList => PolicyFunctions.InjectionScore(Strings(args[0]), field, Mode(c, field), sink),
            BuiltinId.InjectionFoundList => PolicyFunctions.InjectionFound(Strings(args[0]), field, Mode(c, field), sink),
            BuiltinId.InjectionSpansList => PolicyFunctions.InjectionSpans(Strings(args[0]), field, Mode(c, field), sink),
            BuiltinId.PiiFoundList => PolicyFunctions.PiiFound(Strings(args[0]), field, (PiiKinds)Evaluate(args[1]), sink),
            BuiltinId.PiiSpansList => PolicyFunctions.PiiSpans(Strings(args[0]), field, (PiiKinds)Evaluate(args[1]), sink),
            BuiltinId.SecretsFoundList => PolicyFunctions.SecretsFound(Strings(args[0]), field, sink),
            BuiltinId.SecretsSpansList => PolicyFunctions.SecretsSpans(Strings(args[0]), field, sink),
            BuiltinId.ExfilFoundList => PolicyFunctions.ExfilFound(Strings(args[0]), field, Strings(args[1]), sink),
            BuiltinId.ExfilSpansList => PolicyFunctions.ExfilSpans(Strings(args[0]), field, Strings(args[1]), sink),
            BuiltinId.RegexSpansList => PolicyFunctions.RegexSpans(Strings(args[0]), field, (Regex)Evaluate(args[1]), sink),
            _ => throw new InvalidOperationException($"unknown built-in `{c.Function.Name}`"),
        };
    }

    // The mode the optimiser chose, or the run-time rule on the evidence path (the same rule, applied later).
    private static InjectionMode Mode(ExprIR.Call c, string field) => c.Mode ?? PolicyFunctions.InjectionModeFor(field);

    private IReadOnlyList<string> Strings(ExprIR e) => (IReadOnlyList<string>)Evaluate(e);

    private bool Compare(ExprIR.Compare c)
    {
        var left = Evaluate(c.Left);
        var right = Evaluate(c.Right);
        int order;
        switch (left, right)
        {
            case (string l, string r):
                var equal = PolicyFunctions.Equal(l, r);
                return c.Op == BinaryOperator.Equal ? equal : !equal;
            case (bool l, bool r):
                return c.Op == BinaryOperator.Equal ? l == r : l != r;
            case (double l, double r):
                return c.Op switch
                {
                    BinaryOperator.Equal => l == r,
                    BinaryOperator.NotEqual => l != r,
                    BinaryOperator.Less => l < r,
                    BinaryOperator.LessOrEqual => l <= r,
                    BinaryOperator.Greater => l > r,
                    _ => l >= r,
                };
            case (TimeSpan l, TimeSpan r):
                order = l.CompareTo(r);
                break;
            default:
                throw new InvalidOperationException($"cannot compare `{left.GetType().Name}` with `{right.GetType().Name}`");
        }
        return c.Op switch
        {
            BinaryOperator.Equal => order == 0,
            BinaryOperator.NotEqual => order != 0,
            BinaryOperator.Less => order < 0,
            BinaryOperator.LessOrEqual => order <= 0,
            BinaryOperator.Greater => order > 0,
            _ => order >= 0,
        };
    }

    private static bool Contains(object container, object item) => (container, item) switch
    {
        (string text, string part) => PolicyFunctions.Contains(text, part),
        (IReadOnlyList<string> list, string s) => PolicyFunctions.Contains(list, s),
        (IReadOnlyList<double> list, double d) => PolicyFunctions.Contains(list, d),
        _ => throw new InvalidOperationException($"`{container.GetType().Name}` cannot contain `{item.GetType().Name}`"),
    };
}
