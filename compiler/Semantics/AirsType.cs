using Airs.Runtime.Context;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Semantics;

public enum TypeKind
{
    /// <summary>The type of an expression that already has an error; it is compatible with everything, so one mistake gives one diagnostic.</summary>
    Error,
    /// <summary>The element type of the empty list <c>[]</c>; assignable to every type.</summary>
    Never,
    String,
    Number,
    Bool,
    Duration,
    Percent,
    Regex,
    List,
    /// <summary>Detector matches over one text: the argument of <c>redact</c>.</summary>
    Spans,
    PiiKind,
    RedactionStyle,
    Outcome,
    Tier,
    /// <summary>Any list, in built-in parameter positions only (<c>len(list)</c>).</summary>
    AnyList,
}

/// <summary>A type of the policy language. Compare with <c>==</c>: types are values.</summary>
public sealed record AirsType
{
    private AirsType(TypeKind kind, AirsType? element)
    {
        Kind = kind;
        Element = element;
    }

    public TypeKind Kind { get; }

    /// <summary>The element type of a list; null otherwise.</summary>
    public AirsType? Element { get; }

    public static readonly AirsType Error = new(TypeKind.Error, null);
    public static readonly AirsType Never = new(TypeKind.Never, null);
    public static readonly AirsType String = new(TypeKind.String, null);
    public static readonly AirsType Number = new(TypeKind.Number, null);
    public static readonly AirsType Bool = new(TypeKind.Bool, null);
    public static readonly AirsType Duration = new(TypeKind.Duration, null);
    public static readonly AirsType Percent = new(TypeKind.Percent, null);
    public static readonly AirsType Regex = new(TypeKind.Regex, null);
    public static readonly AirsType Spans = new(TypeKind.Spans, null);
    public static readonly AirsType PiiKind = new(TypeKind.PiiKind, null);
    public static readonly AirsType RedactionStyle = new(TypeKind.RedactionStyle, null);
    public static readonly AirsType Outcome = new(TypeKind.Outcome, null);
    public static readonly AirsType Tier = new(TypeKind.Tier, null);
    public static readonly AirsType AnyList = new(TypeKind.AnyList, null);

    public static readonly AirsType StringList = List(String);
    public static readonly AirsType NumberList = List(Number);
    public static readonly AirsType PiiKindList = List(PiiKind);

    /// <summary>The type of <c>[]</c> before it meets an expected type.</summary>
    public static readonly AirsType EmptyList = List(Never);

    public static AirsType List(AirsType element) => new(TypeKind.List, element);

    public bool IsError => Kind == TypeKind.Error || (Element?.IsError ?? false);

    public bool IsList => Kind == TypeKind.List;

    /// <summary>The type of a request-context field, or null for <c>tool.args</c> (typed per tool).</summary>
    public static AirsType? Of(FieldType type) => type switch
    {
        FieldType.String => String,
        FieldType.Number => Number,
        FieldType.Bool => Bool,
        FieldType.StringList => StringList,
        _ => null,
    };

    /// <summary>The type of a declared tool argument.</summary>
    public static AirsType Of(ArgType type) => type switch
    {
        ArgType.String => String,
        ArgType.Number => Number,
        ArgType.Bool => Bool,
        ArgType.StringList => StringList,
        ArgType.NumberList => NumberList,
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>As users write it: <c>string</c>, <c>list&lt;pii_kind&gt;</c>.</summary>
    public override string ToString() => Kind switch
    {
        TypeKind.Error => "error",
        TypeKind.Never => "nothing",
        TypeKind.String => "string",
        TypeKind.Number => "number",
        TypeKind.Bool => "bool",
        TypeKind.Duration => "duration",
        TypeKind.Percent => "percent",
        TypeKind.Regex => "regex",
        TypeKind.List => $"list<{Element}>",
        TypeKind.Spans => "spans",
        TypeKind.PiiKind => "pii_kind",
        TypeKind.RedactionStyle => "redaction_style",
        TypeKind.Outcome => "outcome",
        TypeKind.Tier => "tier",
        TypeKind.AnyList => "list",
        _ => throw new ArgumentOutOfRangeException(nameof(Kind), Kind, "no display name"),
    };
}
