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
