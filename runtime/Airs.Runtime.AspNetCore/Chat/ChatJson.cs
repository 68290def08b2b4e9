using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Airs.Runtime.AspNetCore.Chat;

internal static class ChatJson
{
    /// <summary>
    /// How answers and errors are written: text as it is (`can't`, not `can\u0027t`), as OpenAI does; the bodies are
    /// <c>application/json</c> or event streams, never HTML.
    /// </summary>
    public static readonly JsonSerializerOptions Wire = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// <paramref name="node"/> as JSON-like text whose strings read as the model reads them: a quote and a backslash are
    /// escaped, every other character is written as it is. An encoder also escapes no-break and other spaces, format
    /// characters, everything beyond the BMP (<c>\u00A0</c>: six ASCII characters) and control characters (a newline as
    /// <c>\n</c>, so "Ignore\nprevious" read as a word "nprevious"): a check of its text read other words than the
    /// model does. <see cref="ParseAsRead"/> reads the text, or a redacted copy of it, back.
    /// </summary>
    public static string AsRead(JsonNode node)
    {
        var text = new StringBuilder();
        WriteAsRead(node, text);
        return text.ToString();
    }

    private static void WriteAsRead(JsonNode? node, StringBuilder text)
    {
        switch (node)
        {
            case JsonObject obj:
                text.Append('{');
                var comma = "";
                foreach (var (key, value) in obj)
                {
                    text.Append(comma);
                    comma = ",";
                    WriteStringAsRead(key, text);
                    text.Append(':');
                    WriteAsRead(value, text);
                }
                text.Append('}');
                break;
            case JsonArray array:
                text.Append('[');
                var separator = "";
                foreach (var item in array)
                {
                    text.Append(separator);
                    separator = ",";
                    WriteAsRead(item, text);
                }
                text.Append(']');
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                WriteStringAsRead(value.GetValue<string>(), text);
                break;
            default:
                text.Append(node?.ToJsonString() ?? "null");
                break;
        }
    }

    private static void WriteStringAsRead(string value, StringBuilder text)
    {
        text.Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => text.Append("\\\""),
                '\\' => text.Append("\\\\"),
                _ => text.Append(c),
            };
        }
        text.Append('"');
    }

    /// <summary>
    /// Text written by <see cref="AsRead"/>, or a redacted copy of it, as JSON again. It writes no whitespace between
    /// tokens, so a control character in it stands inside a string, where JSON wants it escaped.
    /// </summary>
    /// <exception cref="JsonException">The text is not JSON (a redaction cut into its structure).</exception>
    public static JsonNode? ParseAsRead(string text)
    {
        var json = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            _ = c < ' ' ? json.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}") : json.Append(c);
        }
        return JsonNode.Parse(json.ToString());
    }

    /// <summary>
    /// Reads every string below <paramref name="node"/>. The parser reads strings lazily, so one that is not text (a
    /// lone surrogate escape) throws <see cref="InvalidOperationException"/> here, where the caller can say so, not
    /// wherever it is first read.
    /// </summary>
    public static void ReadEveryString(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, value) in obj)
                {
                    if (value is not null)
                    {
                        ReadEveryString(value);
                    }
                }
                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    if (item is not null)
                    {
                        ReadEveryString(item);
                    }
                }
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                value.GetValue<string>();
                break;
        }
    }
}
