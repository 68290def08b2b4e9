using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Airs.Runtime.Policy;

namespace Airs.Runtime.Functions;

/// <summary>
/// One declared value (a tool argument or a context attribute) and the check of a JSON value against it:
/// the JSON type must be exactly the declared one (<c>"150"</c> is not a number, <c>null</c> is nothing),
/// numbers must be finite and held by their double as sent (<see cref="ExactNumbers"/>), and the rules (<c>min</c>,
/// <c>max</c>, <c>pattern</c>, <c>one of</c>) must hold for the value or for each element of a list.
/// </summary>
public sealed class DeclaredValue
{
    private readonly Regex? _pattern;

    public DeclaredValue(string name, ArgType type, ValueRules rules)
    {
        Name = name;
        Type = type;
        Rules = rules;
        _pattern = rules.Pattern is { } pattern ? RegexFactory.GetForValues(pattern, rules.PatternFlags) : null;
    }

    public string Name { get; }

    public ArgType Type { get; }

    public ValueRules Rules { get; }

    /// <summary>Why the value does not fit the declaration (a phrase that follows the value's name), or null when it fits.</summary>
    public string? Problem(JsonElement value)
    {
        switch (Type)
        {
            case ArgType.String:
                return value.ValueKind == JsonValueKind.String ? StringProblem(value) : WrongType("a string", value);
            case ArgType.Number:
                return value.ValueKind == JsonValueKind.Number ? NumberProblem(value) : WrongType("a number", value);
            case ArgType.Bool:
                return value.ValueKind is JsonValueKind.True or JsonValueKind.False ? null : WrongType("`true` or `false`", value);
            case ArgType.StringList or ArgType.NumberList:
                if (value.ValueKind != JsonValueKind.Array)
                {
                    return WrongType(Type == ArgType.StringList ? "a list of strings" : "a list of numbers", value);
                }
                var i = 0;
                foreach (var item in value.EnumerateArray())
                {
                    var problem = Type == ArgType.StringList
                        ? item.ValueKind == JsonValueKind.String ? StringProblem(item) : WrongType("a string", item)
                        : item.ValueKind == JsonValueKind.Number ? NumberProblem(item) : WrongType("a number", item);
                    if (problem is not null)
                    {
                        return $"item {i}: {problem}";
                    }
                    i++;
                }
                return null;
            default:
                return "has a type this runtime does not know";
        }
    }

    // Reads the string only when a rule needs it, so a well-typed call without rules allocates nothing.
    private string? StringProblem(JsonElement value)
    {
        if (!Rules.OneOf.IsDefaultOrEmpty && !OneOf(value))
        {
            return $"is not one of {string.Join(", ", Rules.OneOf.Select(Quote))}";
        }
        if (_pattern is not null && !RegexRenewal.Renewed(_pattern).IsMatch(value.GetString()!))
        {
            return $"does not match the pattern /{Rules.Pattern}/{Rules.PatternFlags}";
        }
        return null;
    }

    private bool OneOf(JsonElement value)
    {
        foreach (var allowed in Rules.OneOf)
        {
            if (value.ValueEquals(allowed))
            {
                return true;
            }
        }
        return false;
    }

    private string? NumberProblem(JsonElement value)
    {
        if (!value.TryGetDouble(out var number) || !double.IsFinite(number))
        {
            return "is a number out of range";
        }
        if (!ExactNumbers.HoldsAsSent(value, number))
        {
            return "is a number with more digits than a double holds";
        }
        if (Rules.Min is { } min && number < min)
        {
            return $"is below the minimum {Number(min)}";
        }
        if (Rules.Max is { } max && number > max)
        {
            return $"is above the maximum {Number(max)}";
        }
        return null;
    }

    private static string WrongType(string expected, JsonElement value) => $"must be {expected}, not {Describe(value.ValueKind)}";

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a bool",
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        _ => "null",
    };

    // Not JsonSerializer: reflection-based serialization is unavailable in the native `airs` (cli/Native).
    private static string Quote(string s) => System.Text.Json.Nodes.JsonValue.Create(s).ToJsonString();

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
