using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Airs.Runtime.AspNetCore.Chat;

namespace Airs.Runtime.AspNetCore.Gateway;

/// <summary>
/// An upstream's JSON (a whole answer, a stream event, the model list), parsed so that every string in it can be read.
/// The parser reads strings lazily: invalid UTF-8 or a lone surrogate escape (<c>"\ud800"</c>, which is not text)
/// threw wherever a string was first read, so a whole answer became a 500 and a stream ended without its error event.
/// Both are found here instead, as an answer the gateway cannot check; so is a duplicate key (two copies of one field,
/// of which a client's parser may read the other one). The middleware reads its endpoint's answers here too.
/// </summary>
internal static class UpstreamJson
{
    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false };

    /// <exception cref="UnreadableAnswerException">It is not JSON, or a string in it is not text.</exception>
    public static JsonNode? Parse(byte[] utf8, string what)
    {
        if (!Utf8.IsValid(utf8))
        {
            throw new UnreadableAnswerException($"{what} is not UTF-8");
        }
        // Only an escape can hold a lone surrogate: most answers have none, and are not walked.
        var escaped = utf8.AsSpan().IndexOf("\\ud"u8) >= 0 || utf8.AsSpan().IndexOf("\\uD"u8) >= 0;
        return Readable(() => JsonNode.Parse(utf8, documentOptions: Strict), escaped, what);
    }

    /// <exception cref="UnreadableAnswerException">It is not JSON, or a string in it is not text.</exception>
    public static JsonNode? Parse(string text, string what) =>
        Readable(() => JsonNode.Parse(text, documentOptions: Strict), text.Contains("\\u", StringComparison.Ordinal) && text.Contains("\\ud", StringComparison.OrdinalIgnoreCase), what);

    private static JsonNode? Readable(Func<JsonNode?> parse, bool escaped, string what)
    {
        try
        {
            var node = parse();
            if (escaped && node is not null)
            {
                ChatJson.ReadEveryString(node);
            }
            return node;
        }
        catch (JsonException)
        {
            throw new UnreadableAnswerException($"{what} is not JSON, or has a duplicate key");
        }
        catch (InvalidOperationException)
        {
            throw new UnreadableAnswerException($"{what} has a string that is not text (a lone surrogate escape)");
        }
    }
}
