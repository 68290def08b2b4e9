namespace Airs.Compiler.Semantics;

/// <summary>The binary operators of the expression language (there is no arithmetic).</summary>
public enum BinaryOperator
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Matches,
    Contains,
    In,
}

public static class BinaryOperators
{
    public static string ToText(this BinaryOperator op) => op switch
    {
        BinaryOperator.Equal => "==",
        BinaryOperator.NotEqual => "!=",
        BinaryOperator.Less => "<",
        BinaryOperator.LessOrEqual => "<=",
        BinaryOperator.Greater => ">",
        BinaryOperator.GreaterOrEqual => ">=",
        BinaryOperator.Matches => "matches",
        BinaryOperator.Contains => "contains",
        BinaryOperator.In => "in",
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };

    public static bool IsEquality(this BinaryOperator op) => op is BinaryOperator.Equal or BinaryOperator.NotEqual;

    public static bool IsOrdering(this BinaryOperator op) =>
        op is BinaryOperator.Less or BinaryOperator.LessOrEqual or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual;

    public static bool TryParse(string text, out BinaryOperator op)
    {
        foreach (var candidate in Enum.GetValues<BinaryOperator>())
        {
            if (candidate.ToText() == text)
            {
                op = candidate;
                return true;
            }
        }
        op = default;
        return false;
    }
}
