using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Airs.Runtime.AspNetCore.Chat;

/// <summary>
/// The fields of an upstream's answer that no decision reads but the gateway passes on (ids, model, status, usage,
/// a choice's index): what the model server sets, not what the model writes. They are kept only in the shapes those
/// fields have — numbers, booleans, and strings that look like identifiers — so that an upstream (or a proxy that
/// reflects the model's text into them) cannot pass text around the output check.
/// </summary>
internal static class UpstreamFields
{
    private static readonly SearchValues<char> IdentifierChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.:-/");

    /// <summary>At most 128 letters, digits and <c>_ . : - /</c> (<c>gpt-4o-2024-08-06</c>, <c>meta-llama/Llama-3-8B</c>, <c>call_abc</c>).</summary>
    public static bool IsIdentifier(string value) => value.Length > 0 && IsIdentifierShaped(value, 128);

    /// <summary>
    /// At most <paramref name="maxLength"/> characters, all letters, digits or <c>_ . : - /</c>: the one alphabet of
    /// identifiers for the gateway (here) and the middleware (the fields it need not read).
    /// </summary>
    public static bool IsIdentifierShaped(ReadOnlySpan<char> value, int maxLength) =>
        value.Length <= maxLength && !value.ContainsAnyExcept(IdentifierChars);

    /// <summary>
    /// A copy of <paramref name="node"/> with only numbers, booleans, nulls and identifier strings, in objects and arrays
    /// of them, under identifier keys; anything else is dropped. Null when nothing is left of a value that was not a container.
    /// </summary>
    public static JsonNode? Copy(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                var copy = new JsonObject();
                foreach (var (key, value) in obj)
                {
                    if (!IsIdentifier(key))
                    {
                        continue; // a key is text the upstream chooses as freely as a value (`{"usage": {"<any text>": 1}}`)
                    }
                    if (value is null)
                    {
                        copy[key] = null;
                    }
                    else if (Copy(value) is { } kept)
                    {
                        copy[key] = kept;
                    }
                }
                return copy;
            case JsonArray array:
                return new JsonArray([.. array.Select(Copy).Where(v => v is not null)]);
            case JsonValue value:
                return value.GetValueKind() switch
                {
                    JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.DeepClone(),
                    JsonValueKind.String when IsIdentifier(value.GetValue<string>()) => value.DeepClone(),
                    _ => null,
                };
            default:
                return null;
        }
    }

    /// <summary>The string when it is an identifier, else null.</summary>
    public static string? Identifier(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.GetValue<string>() is var s && IsIdentifier(s) ? s : null;
}
