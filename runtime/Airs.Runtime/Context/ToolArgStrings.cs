using System.Text.Json;

namespace Airs.Runtime.Context;

/// <summary>Collects <c>tool.args_text</c>: the string values of a tool call's arguments, so packs can scan every one.</summary>
internal static class ToolArgStrings
{
    /// <summary>
    /// Every string value, nested objects and arrays included: arguments in ordinal name order, each in document
    /// order. Names are not values; numbers and booleans are not text.
    /// </summary>
    public static IReadOnlyList<string> Collect(IReadOnlyDictionary<string, JsonElement> args)
    {
        List<string>? strings = null;
        foreach (var name in args.Keys.Order(StringComparer.Ordinal))
        {
            Add(args[name], ref strings);
        }
        return strings is null ? [] : strings;
    }

    // JSON nesting is capped by its reader (32 for contexts, 64 by default), so the recursion is bounded.
    private static void Add(JsonElement value, ref List<string>? strings)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                (strings ??= []).Add(value.GetString()!);
                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    Add(item, ref strings);
                }
                break;
            case JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    Add(property.Value, ref strings);
                }
                break;
        }
    }
}
