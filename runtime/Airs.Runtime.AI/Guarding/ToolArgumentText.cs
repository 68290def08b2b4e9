using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Airs.Runtime.AI.Guarding;

/// <summary>
/// Whether a proposed call's arguments are text throughout. A JSON string may hold a lone surrogate escape
/// (<c>"\ud800"</c>), which is not text: every reader of the arguments (a guard over <c>tool.args_text</c>, the
/// argument rules, a judge's prompt) throws on it. Such a call is refused before the policy reads it, with
/// <see cref="Refusal"/>, on every surface that checks calls (the guarded client, the gateway, the middleware); the
/// sidecar refuses such a decision request as a 400.
/// </summary>
internal static class ToolArgumentText
{
    /// <summary>Why the call was not made; it names no argument, since the model chose the names.</summary>
    public const string Refusal = "its arguments are not text (a lone surrogate escape)";

    /// <summary>False when a name or a string value, at any depth, holds a lone surrogate.</summary>
    public static bool IsText(IReadOnlyDictionary<string, JsonElement> arguments)
    {
        foreach (var (name, value) in arguments)
        {
            if (!IsText(name) || !IsText(value))
            {
                return false;
            }
        }
        return true;
    }

    // JSON nesting is capped by its reader (64 by default), so the recursion is bounded.
    private static bool IsText(JsonElement value)
    {
        try
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.String:
                    _ = value.GetString(); // throws on a lone surrogate escape
                    return true;
                case JsonValueKind.Array:
                    foreach (var item in value.EnumerateArray())
                    {
                        if (!IsText(item))
                        {
                            return false;
                        }
                    }
                    return true;
                case JsonValueKind.Object:
                    foreach (var property in value.EnumerateObject())
                    {
                        if (!IsText(property.Name) || !IsText(property.Value))
                        {
                            return false;
                        }
                    }
                    return true;
                default:
                    return true;
            }
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>A name the inner client put in its dictionary can be any string.</summary>
    private static bool IsText(ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(text, out _, out var used) != OperationStatus.Done)
            {
                return false;
            }
            text = text[used..];
        }
        return true;
    }
}
