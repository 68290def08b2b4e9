using Airs.Compiler.Lowering;
using Airs.Compiler.Semantics;
using Airs.Runtime.Context;
using Airs.Runtime.Detectors;
using Airs.Runtime.Policy;
using static Airs.Compiler.Emit.CSharpCode;

namespace Airs.Compiler.Emit;

/// <summary>
/// Turns an IR expression into one C# expression over <c>context</c> and <c>sink</c>. It mirrors
/// <c>ExpressionEvaluator</c> case by case: the same <c>PolicyFunctions</c> calls, the same left-to-right
/// order of evaluation (so evidence is recorded in the same order) and the same short-circuits. The evidence
/// path goes in as a named <c>field:</c> argument, so it can never silently trade places with the text.
/// </summary>
internal sealed class ExpressionWriter(StaticFields fields)
{
    public CSharpCode Write(ExprIR e) => e switch
    {
        ExprIR.StringLiteral s => Literal(s.Value),
        ExprIR.NumberLiteral n => Literal(n.Value),
        ExprIR.BoolLiteral b => Literal(b.Value),
        ExprIR.DurationLiteral d => Literal(d.Value),
        ExprIR.PercentLiteral p => Literal(p.Fraction),
        ExprIR.StringListLiteral l => fields.StringList(l.Values),
        ExprIR.NumberListLiteral l => fields.NumberList(l.Values),
        ExprIR.PiiKindsLiteral k => Kinds(k.Kinds),
        ExprIR.RegexLiteral r => fields.Regex(r.Pattern, r.Flags),
        ExprIR.Field f => Field(f.ContextField),
        ExprIR.ToolArg a => Read(Code($"context.ToolArgs"), a.Name, a.ArgType),
        ExprIR.Attribute a => Read(Code($"context.Attributes"), a.Path, a.ArgType),
        ExprIR.Call c => Call(c),
        ExprIR.Compare c => Compare(c),
        ExprIR.And a => Code($"({Write(a.Left)} && {Write(a.Right)})"),
        ExprIR.Or o => Code($"({Write(o.Left)} || {Write(o.Right)})"),
        ExprIR.Not n => Code($"!{Write(n.Operand)}"),
        ExprIR.Matches m => Matches(m),
        ExprIR.Contains c => Membership(c.Container, c.Item),
        ExprIR.In i => Membership(i.List, i.Item),
        ExprIR.ListOf l => l.ElementType.Kind == TypeKind.String
            ? Code($"new string[] {{ {Join(Code($", "), l.Items.Select(Write))} }}")
            : Code($"new double[] {{ {Join(Code($", "), l.Items.Select(Write))} }}"),
        ExprIR.Variable v => Item(v.Level),
        ExprIR.Quantifier q => Quantifier(q),
        ExprIR.Probe p => p.IsText
            ? Code($"PolicyFunctions.ContainsAny({Field(p.ContextField)}, {fields.SearchValues(p.Values, p.IgnoreCase)})")
            : Code($"PolicyFunctions.ContainsAny({Field(p.ContextField)}, {fields.StringSet(p.Values)})"),
        ExprIR.Shared s => Shared(s),
        _ => throw new EmitException($"no code generation for the expression `{e.GetType().Name}`"),
    };

    // The stage's memo runs the call once, through a static lambda whose parameters take the names the call is
    // written with (`context`, `sink`), so the call's code is the same as when it is not shared.
    private CSharpCode Shared(ExprIR.Shared s)
    {
        var method = s.Type.Kind switch
        {
            TypeKind.Bool => Code($"Bool"),
            TypeKind.Number => Code($"Number"),
            TypeKind.Spans => Code($"Spans"),
            _ => throw new EmitException($"no shared call of type `{s.Type}`"),
        };
        return Code($"memo.{method}({s.Slot}, sink, context, static (context, sink) => {Write(s.Detector)})");
    }

    // A quantifier's lambda parameters are named by level, never by the policy's variable name.
    private static CSharpCode Item(int level) => Code($"item{level}");

    private static CSharpCode ItemField(int level) => Code($"itemField{level}");

    /// <summary>The evidence path argument: a literal, or the element field a quantifier passes in.</summary>
    private static CSharpCode FieldOf(ExprIR e) => e is ExprIR.Variable v ? ItemField(v.Level) : Literal(e.EvidenceField);

    /// <summary><c>matches</c>, with the literal every match contains searched first when the pattern has one.</summary>
    private CSharpCode Matches(ExprIR.Matches m)
    {
        var regex = fields.Regex(m.Regex.Pattern, m.Regex.Flags);
        return fields.RegexLiteral(m.Regex) is { } literal
            ? Code($"PolicyFunctions.Matches({Write(m.Text)}, field: {FieldOf(m.Text)}, {regex}, {literal}, sink)")
            : Code($"PolicyFunctions.Matches({Write(m.Text)}, field: {FieldOf(m.Text)}, {regex}, sink)");
    }

    private CSharpCode Quantifier(ExprIR.Quantifier q)
    {
        var element = q.ElementType.Kind switch
        {
            TypeKind.String => Code($"string"),
            TypeKind.Number => Code($"double"),
            _ => throw new EmitException($"no quantifier over `{q.List.Type}`"),
        };
        var method = q.IsAll ? Code($"All") : Code($"Any");
        return Code($"PolicyFunctions.{method}<{element}>({Write(q.List)}, field: {Literal(q.List.EvidenceField)}, ({Item(q.Level)}, {ItemField(q.Level)}) => {Write(q.Body)})");
    }

    // The property of RequestContext that the field's enum member names (the enum is ours, never policy text).
    private static CSharpCode Field(ContextField field) => ContextSchema.Get(field).Type switch
    {
        FieldType.String or FieldType.StringList or FieldType.Number => Code($"context.{Identifier(field.ToString())}"),
        _ => throw new EmitException($"`{ContextSchema.Get(field).Path}` is not readable directly"),
    };

    // Tool arguments and context attributes are read by the same functions, from their own dictionaries
    // (`values` is one of two fixed property accesses, never policy text).
    private static CSharpCode Read(CSharpCode values, string name, ArgType type)
    {
        var method = type switch
        {
            ArgType.String => Code($"ToolArgString"),
            ArgType.Number => Code($"ToolArgNumber"),
            ArgType.Bool => Code($"ToolArgBool"),
            ArgType.StringList => Code($"ToolArgStringList"),
            ArgType.NumberList => Code($"ToolArgNumberList"),
            _ => throw new EmitException($"unknown argument type `{type}`"),
        };
        return Code($"PolicyFunctions.{method}({values}, name: {Literal(name)})");
    }

    private CSharpCode Call(ExprIR.Call c)
    {
        var args = c.Arguments;
        CSharpCode Text() => Write(args[0]);
        CSharpCode FieldOf() => ExpressionWriter.FieldOf(args[0]);
        // The mode the optimiser chose goes in as a constant; without one the runtime chooses it from the path.
        CSharpCode Mode() => c.Mode is { } mode ? Code($", mode: {Enum(mode)}") : Empty;
        return c.Function.Id switch
        {
            // A list overload calls the same-named method: C# picks the IReadOnlyList<string> overload by type.
            BuiltinId.InjectionScore or BuiltinId.InjectionScoreList => Code($"PolicyFunctions.InjectionScore({Text()}, field: {FieldOf()}{Mode()}, sink)"),
            BuiltinId.InjectionFound or BuiltinId.InjectionFoundList => Code($"PolicyFunctions.InjectionFound({Text()}, field: {FieldOf()}{Mode()}, sink)"),
            BuiltinId.InjectionSpans or BuiltinId.InjectionSpansList => Code($"PolicyFunctions.InjectionSpans({Text()}, field: {FieldOf()}{Mode()}, sink)"),
            BuiltinId.PiiFound or BuiltinId.PiiFoundList => Code($"PolicyFunctions.PiiFound({Text()}, field: {FieldOf()}, {Write(args[1])}, sink)"),
            BuiltinId.PiiSpans or BuiltinId.PiiSpansList => Code($"PolicyFunctions.PiiSpans({Text()}, field: {FieldOf()}, {Write(args[1])}, sink)"),
            BuiltinId.SecretsFound or BuiltinId.SecretsFoundList => Code($"PolicyFunctions.SecretsFound({Text()}, field: {FieldOf()}, sink)"),
            BuiltinId.SecretsSpans or BuiltinId.SecretsSpansList => Code($"PolicyFunctions.SecretsSpans({Text()}, field: {FieldOf()}, sink)"),
            BuiltinId.ExfilFound or BuiltinId.ExfilFoundList => Code($"PolicyFunctions.ExfilFound({Text()}, field: {FieldOf()}, {Write(args[1])}, sink)"),
            BuiltinId.ExfilSpans or BuiltinId.ExfilSpansList => Code($"PolicyFunctions.ExfilSpans({Text()}, field: {FieldOf()}, {Write(args[1])}, sink)"),
            BuiltinId.RegexSpans or BuiltinId.RegexSpansList => Code($"PolicyFunctions.RegexSpans({Text()}, field: {FieldOf()}, {Write(args[1])}, sink)"),
            BuiltinId.LenString or BuiltinId.LenSpans => Code($"PolicyFunctions.Len({Text()})"),
            BuiltinId.LenList => args[0].Type.Element?.Kind switch
            {
                TypeKind.String => Code($"PolicyFunctions.Len<string>({Text()})"),
                TypeKind.Number => Code($"PolicyFunctions.Len<double>({Text()})"),
                _ => throw new EmitException($"`len` of `{args[0].Type}` has no value at run time"),
            },
            BuiltinId.Lower => Code($"PolicyFunctions.Lower({Text()})"),
            _ => throw new EmitException($"no code generation for the built-in `{c.Function.Name}`"),
        };
    }

    private CSharpCode Compare(ExprIR.Compare c)
    {
        var left = Write(c.Left);
        var right = Write(c.Right);
        if (c.Left.Type.Kind == TypeKind.String)
        {
            // Ordinal, through the one definition of string equality.
            return c.Op == BinaryOperator.Equal
                ? Code($"PolicyFunctions.Equal({left}, {right})")
                : Code($"!PolicyFunctions.Equal({left}, {right})");
        }
        if (c.Left.Type.Kind is not (TypeKind.Number or TypeKind.Percent or TypeKind.Bool or TypeKind.Duration))
        {
            throw new EmitException($"values of type `{c.Left.Type}` have no run-time comparison");
        }
        return Code($"({left} {Operator(c.Op)} {right})");
    }

    // The C# operator: spelled here, not taken from the language's operator text, which is not C#.
    private static CSharpCode Operator(BinaryOperator op) => op switch
    {
        BinaryOperator.Equal => Code($"=="),
        BinaryOperator.NotEqual => Code($"!="),
        BinaryOperator.Less => Code($"<"),
        BinaryOperator.LessOrEqual => Code($"<="),
        BinaryOperator.Greater => Code($">"),
        BinaryOperator.GreaterOrEqual => Code($">="),
        _ => throw new EmitException($"`{op.ToText()}` is not a C# comparison"),
    };

    // `container contains item` and `item in list`: the interpreter evaluates the container first, and so does
    // this (argument order); a constant string list becomes a frozen set, which has no side effects to order.
    private CSharpCode Membership(ExprIR container, ExprIR item)
    {
        if (container is ExprIR.StringListLiteral constant)
        {
            return Code($"{fields.StringSet(constant.Values)}.Contains({Write(item)})");
        }
        return container.Type.Kind switch
        {
            TypeKind.String => Code($"PolicyFunctions.Contains({Write(container)}, {Write(item)})"),
            TypeKind.List when container.Type.Element!.Kind == TypeKind.String => Code($"PolicyFunctions.Contains({Write(container)}, {Write(item)})"),
            TypeKind.List when container.Type.Element!.Kind == TypeKind.Number => Code($"PolicyFunctions.Contains({Write(container)}, {Write(item)})"),
            _ => throw new EmitException($"`{container.Type}` cannot contain `{item.Type}`"),
        };
    }

    private static CSharpCode Kinds(PiiKinds kinds)
    {
        if (kinds == PiiKinds.None || System.Enum.IsDefined(kinds))
        {
            return Enum(kinds);
        }
        var members = System.Enum.GetValues<PiiKinds>()
            .Where(k => k is not (PiiKinds.None or PiiKinds.All) && (kinds & k) == k)
            .ToList();
        var rest = kinds & ~members.Aggregate(PiiKinds.None, (a, k) => a | k);
        var parts = members.Select(Enum).ToList();
        if (rest != PiiKinds.None)
        {
            parts.Add(Enum(rest));
        }
        return Code($"({Join(Code($" | "), parts)})");
    }
}
