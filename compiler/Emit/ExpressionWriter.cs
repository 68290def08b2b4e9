using Airs.Compiler.Lowering;
using Airs.Compiler.Semantics;
using Airs.Runtime.Context;
using Airs.Runtime.Detectors;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Emit;

/// <summary>
/// Turns an IR expression into one C# expression over <c>context</c> and <c>sink</c>. It mirrors
/// <c>ExpressionEvaluator</c> case by case: the same <c>PolicyFunctions</c> calls, the same left-to-right
/// order of evaluation (so evidence is recorded in the same order) and the same short-circuits.
/// </summary>
internal sealed class ExpressionWriter(StaticFields fields)
{
    public string Write(ExprIR e) => e switch
    {
        ExprIR.StringLiteral s => CSharpText.Literal(s.Value),
        ExprIR.NumberLiteral n => CSharpText.Literal(n.Value),
        ExprIR.BoolLiteral b => CSharpText.Literal(b.Value),
        ExprIR.DurationLiteral d => CSharpText.Literal(d.Value),
        ExprIR.PercentLiteral p => CSharpText.Literal(p.Fraction),
        ExprIR.StringListLiteral l => fields.StringList(l.Values),
        ExprIR.NumberListLiteral l => fields.NumberList(l.Values),
        ExprIR.PiiKindsLiteral k => Kinds(k.Kinds),
        ExprIR.RegexLiteral r => fields.Regex(r.Pattern, r.Flags),
        ExprIR.Field f => Field(f.ContextField),
        ExprIR.ToolArg a => Read("context.ToolArgs", a.Name, a.ArgType),
        ExprIR.Attribute a => Read("context.Attributes", a.Path, a.ArgType),
        ExprIR.Call c => Call(c),
        ExprIR.Compare c => Compare(c),
        ExprIR.And a => $"({Write(a.Left)} && {Write(a.Right)})",
        ExprIR.Or o => $"({Write(o.Left)} || {Write(o.Right)})",
        ExprIR.Not n => $"!{Write(n.Operand)}",
        ExprIR.Matches m => $"PolicyFunctions.Matches({Write(m.Text)}, {FieldOf(m.Text)}, {fields.Regex(m.Regex.Pattern, m.Regex.Flags)}, sink)",
        ExprIR.Contains c => Membership(c.Container, c.Item),
        ExprIR.In i => Membership(i.List, i.Item),
        ExprIR.ListOf l => l.ElementType.Kind == TypeKind.String
            ? $"new string[] {{ {string.Join(", ", l.Items.Select(Write))} }}"
            : $"new double[] {{ {string.Join(", ", l.Items.Select(Write))} }}",
        ExprIR.Variable v => Item(v.Level),
        ExprIR.Quantifier q => Quantifier(q),
        _ => throw new EmitException($"no code generation for the expression `{e.GetType().Name}`"),
    };

    // A quantifier's lambda parameters are named by level, never by the policy's variable name.
    private static string Item(int level) => $"item{level}";

    private static string ItemField(int level) => $"itemField{level}";

    /// <summary>The evidence path argument: a literal, or the element field a quantifier passes in.</summary>
    private static string FieldOf(ExprIR e) => e is ExprIR.Variable v ? ItemField(v.Level) : CSharpText.Literal(e.EvidenceField);

    private string Quantifier(ExprIR.Quantifier q)
    {
        var element = q.ElementType.Kind switch
        {
            TypeKind.String => "string",
            TypeKind.Number => "double",
            _ => throw new EmitException($"no quantifier over `{q.List.Type}`"),
        };
        var method = q.IsAll ? "All" : "Any";
        return $"PolicyFunctions.{method}<{element}>({Write(q.List)}, {CSharpText.Literal(q.List.EvidenceField)}, ({Item(q.Level)}, {ItemField(q.Level)}) => {Write(q.Body)})";
    }

    // The property of RequestContext that the field's enum member names (the enum is ours, never policy text).
    private static string Field(ContextField field) => ContextSchema.Get(field).Type switch
    {
        FieldType.String or FieldType.StringList => $"context.{field}",
        _ => throw new EmitException($"`{ContextSchema.Get(field).Path}` is not readable directly"),
    };

    // Tool arguments and context attributes are read by the same functions, from their own dictionaries
    // (`values` is one of two fixed property accesses, never policy text).
    private static string Read(string values, string name, ArgType type)
    {
        var method = type switch
        {
            ArgType.String => "ToolArgString",
            ArgType.Number => "ToolArgNumber",
            ArgType.Bool => "ToolArgBool",
            ArgType.StringList => "ToolArgStringList",
            ArgType.NumberList => "ToolArgNumberList",
            _ => throw new EmitException($"unknown argument type `{type}`"),
        };
        return $"PolicyFunctions.{method}({values}, {CSharpText.Literal(name)})";
    }

    private string Call(ExprIR.Call c)
    {
        var args = c.Arguments;
        string Text() => Write(args[0]);
        string FieldOf() => ExpressionWriter.FieldOf(args[0]);
        return c.Function.Id switch
        {
            // A list overload calls the same-named method: C# picks the IReadOnlyList<string> overload by type.
            BuiltinId.InjectionScore or BuiltinId.InjectionScoreList => $"PolicyFunctions.InjectionScore({Text()}, {FieldOf()}, sink)",
            BuiltinId.InjectionFound or BuiltinId.InjectionFoundList => $"PolicyFunctions.InjectionFound({Text()}, {FieldOf()}, sink)",
            BuiltinId.InjectionSpans or BuiltinId.InjectionSpansList => $"PolicyFunctions.InjectionSpans({Text()}, {FieldOf()}, sink)",
            BuiltinId.PiiFound or BuiltinId.PiiFoundList => $"PolicyFunctions.PiiFound({Text()}, {FieldOf()}, {Write(args[1])}, sink)",
            BuiltinId.PiiSpans or BuiltinId.PiiSpansList => $"PolicyFunctions.PiiSpans({Text()}, {FieldOf()}, {Write(args[1])}, sink)",
            BuiltinId.SecretsFound or BuiltinId.SecretsFoundList => $"PolicyFunctions.SecretsFound({Text()}, {FieldOf()}, sink)",
            BuiltinId.SecretsSpans or BuiltinId.SecretsSpansList => $"PolicyFunctions.SecretsSpans({Text()}, {FieldOf()}, sink)",
            BuiltinId.ExfilFound or BuiltinId.ExfilFoundList => $"PolicyFunctions.ExfilFound({Text()}, {FieldOf()}, {Write(args[1])}, sink)",
            BuiltinId.ExfilSpans or BuiltinId.ExfilSpansList => $"PolicyFunctions.ExfilSpans({Text()}, {FieldOf()}, {Write(args[1])}, sink)",
            BuiltinId.RegexSpans or BuiltinId.RegexSpansList => $"PolicyFunctions.RegexSpans({Text()}, {FieldOf()}, {Write(args[1])}, sink)",
            BuiltinId.LenString or BuiltinId.LenSpans => $"PolicyFunctions.Len({Text()})",
            BuiltinId.LenList => args[0].Type.Element?.Kind switch
            {
                TypeKind.String => $"PolicyFunctions.Len<string>({Text()})",
                TypeKind.Number => $"PolicyFunctions.Len<double>({Text()})",
                _ => throw new EmitException($"`len` of `{args[0].Type}` has no value at run time"),
            },
            BuiltinId.Lower => $"PolicyFunctions.Lower({Text()})",
            _ => throw new EmitException($"no code generation for the built-in `{c.Function.Name}`"),
        };
    }

    private string Compare(ExprIR.Compare c)
    {
        var left = Write(c.Left);
        var right = Write(c.Right);
        if (c.Left.Type.Kind == TypeKind.String)
        {
            // Ordinal, through the one definition of string equality.
            return c.Op == BinaryOperator.Equal
                ? $"PolicyFunctions.Equal({left}, {right})"
                : $"!PolicyFunctions.Equal({left}, {right})";
        }
        if (c.Left.Type.Kind is not (TypeKind.Number or TypeKind.Percent or TypeKind.Bool or TypeKind.Duration))
        {
            throw new EmitException($"values of type `{c.Left.Type}` have no run-time comparison");
        }
        return $"({left} {c.Op.ToText()} {right})";
    }

    // `container contains item` and `item in list`: the interpreter evaluates the container first, and so does
    // this (argument order); a constant string list becomes a frozen set, which has no side effects to order.
    private string Membership(ExprIR container, ExprIR item)
    {
        if (container is ExprIR.StringListLiteral constant)
        {
            return $"{fields.StringSet(constant.Values)}.Contains({Write(item)})";
        }
        return container.Type.Kind switch
        {
            TypeKind.String => $"PolicyFunctions.Contains({Write(container)}, {Write(item)})",
            TypeKind.List when container.Type.Element!.Kind == TypeKind.String => $"PolicyFunctions.Contains({Write(container)}, {Write(item)})",
            TypeKind.List when container.Type.Element!.Kind == TypeKind.Number => $"PolicyFunctions.Contains({Write(container)}, {Write(item)})",
            _ => throw new EmitException($"`{container.Type}` cannot contain `{item.Type}`"),
        };
    }

    private static string Kinds(PiiKinds kinds)
    {
        if (kinds == PiiKinds.None || System.Enum.IsDefined(kinds))
        {
            return CSharpText.Enum(kinds);
        }
        var members = System.Enum.GetValues<PiiKinds>()
            .Where(k => k is not (PiiKinds.None or PiiKinds.All) && (kinds & k) == k)
            .ToList();
        var rest = kinds & ~members.Aggregate(PiiKinds.None, (a, k) => a | k);
        var parts = members.Select(CSharpText.Enum).ToList();
        if (rest != PiiKinds.None)
        {
            parts.Add(CSharpText.Enum(rest));
        }
        return "(" + string.Join(" | ", parts) + ")";
    }
}
