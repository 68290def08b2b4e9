namespace Airs.Compiler.Semantics;

/// <summary>The result of checking an operator: its type (bool, or error) and, when it does not apply, why.</summary>
public readonly record struct OperatorCheck(AirsType Type, string? Error)
{
    public bool IsValid => Error is null;
}

/// <summary>
/// Which values go where. Error types are compatible with everything so that a mistake is reported once.
/// </summary>
public static class TypeRules
{
    /// <summary>Whether a value of <paramref name="source"/> may be used where <paramref name="target"/> is expected.</summary>
    public static bool IsAssignable(AirsType source, AirsType target)
    {
        if (source.Kind is TypeKind.Error or TypeKind.Never || target.Kind == TypeKind.Error || source == target)
        {
            return true;
        }
        if (target.Kind == TypeKind.AnyList)
        {
            return source.IsList;
        }
        return source.IsList && target.IsList && IsAssignable(source.Element!, target.Element!);
    }

    /// <summary>Types that <c>==</c> and <c>!=</c> compare: scalars and enum members, on equal types.</summary>
    public static bool IsEquatable(AirsType type) => type.Kind is TypeKind.String or TypeKind.Number or TypeKind.Bool
        or TypeKind.Duration or TypeKind.Percent or TypeKind.PiiKind or TypeKind.RedactionStyle or TypeKind.Outcome or TypeKind.Tier;

    /// <summary>Types that <c>&lt; &lt;= &gt; &gt;=</c> order.</summary>
    public static bool IsOrdered(AirsType type) => type.Kind is TypeKind.Number or TypeKind.Duration or TypeKind.Percent;

    /// <summary>
    /// Element types that <c>in</c> and <c>contains</c> search and computed lists hold. Lists of enum members
    /// (<c>[email, card]</c>) are constants passed to built-ins only.
    /// </summary>
    public static bool IsListElement(AirsType type) => type.Kind is TypeKind.String or TypeKind.Number
        or TypeKind.Never or TypeKind.Error;

    public static OperatorCheck Check(BinaryOperator op, AirsType left, AirsType right)
    {
        if (left.IsError || right.IsError)
        {
            return new(AirsType.Error, null);
        }
        var ok = op switch
        {
            BinaryOperator.Equal or BinaryOperator.NotEqual => left == right && IsEquatable(left),
            BinaryOperator.Less or BinaryOperator.LessOrEqual or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual =>
                left == right && IsOrdered(left),
            BinaryOperator.Matches => left == AirsType.String && right == AirsType.Regex,
            BinaryOperator.Contains => (left == AirsType.String && right == AirsType.String)
                || (left.IsList && Holds(left, right) && IsListElement(right)),
            BinaryOperator.In => right.IsList && Holds(right, left) && IsListElement(left),
            _ => false,
        };
        return ok ? new(AirsType.Bool, null) : new(AirsType.Error, Explain(op, left, right));
    }

    // `[]` holds nothing, so asking whether it holds a value of any type is fine (the answer is no).
    private static bool Holds(AirsType list, AirsType element) =>
        list.Element!.Kind == TypeKind.Never || IsAssignable(element, list.Element);

    /// <summary>Unifies the element types of a list literal: <c>[1, 2]</c> is <c>list&lt;number&gt;</c>; null when they differ.</summary>
    public static AirsType? ListOf(IEnumerable<AirsType> elements)
    {
        var element = AirsType.Never;
        foreach (var type in elements)
        {
            if (type.IsError)
            {
                return AirsType.List(AirsType.Error);
            }
            if (element.Kind == TypeKind.Never)
            {
                element = type;
            }
            else if (type != element)
            {
                return null;
            }
        }
        return AirsType.List(element);
    }

    private static string Explain(BinaryOperator op, AirsType left, AirsType right) => op switch
    {
        BinaryOperator.Equal or BinaryOperator.NotEqual when left != right => $"cannot compare `{left}` with `{right}`",
        BinaryOperator.Equal or BinaryOperator.NotEqual => $"values of type `{left}` cannot be compared with `{op.ToText()}`",
        BinaryOperator.Less or BinaryOperator.LessOrEqual or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual when left != right =>
            $"cannot compare `{left}` with `{right}`",
        BinaryOperator.Less or BinaryOperator.LessOrEqual or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual =>
            $"values of type `{left}` have no order; `{op.ToText()}` needs numbers, durations or percents",
        BinaryOperator.Matches => $"`matches` needs a string on the left and a regex on the right, not `{left}` and `{right}`",
        BinaryOperator.Contains => $"`contains` needs a string and a string, or a list and an element, not `{left}` and `{right}`",
        BinaryOperator.In => $"`in` needs an element and a list of it, not `{left}` and `{right}`",
        _ => $"`{op.ToText()}` does not apply to `{left}` and `{right}`",
    };
}
