using Microsoft.Net.Http.Headers;

namespace Airs.Runtime.AspNetCore.Middleware;

/// <summary>
/// How the response guard reads an answer, from its <c>Content-Type</c>. Text in any media type is checked: an answer
/// is refused rather than passed on when the guard cannot tell what it is (no media type) or cannot decode it (a
/// compressed body, a charset other than UTF-8). Only binary media types pass unread.
/// </summary>
internal static class AnswerMedia
{
    /// <summary><see cref="JsonLines"/>: one JSON text per line; <see cref="JsonSequence"/>: each after an RS (RFC 7464).</summary>
    public enum Kind { Json, JsonLines, JsonSequence, Text, EventStream, Binary, Compressed, OtherCharset, Untyped }

    // JSON's other names: clients parse them as JSON, so the policy must read them as JSON, not as their escaped text.
    private static readonly HashSet<string> JsonAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        "text/json", "text/x-json", "application/x-json",
    };

    // Lines of JSON (NDJSON, as Ollama streams an answer; JSON Lines): each line is read as JSON.
    private static readonly HashSet<string> JsonLineTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonl", "application/jsonlines",
        "application/x-jsonlines", "text/x-ndjson",
    };

    // Text that is not text/*: the answer of an endpoint that serialises or renders markup.
    private static readonly HashSet<string> TextApplications = new(StringComparer.OrdinalIgnoreCase)
    {
        "application/xml", "application/yaml", "application/x-yaml", "application/javascript", "application/x-www-form-urlencoded",
    };

    public static Kind Classify(string? contentType, bool encoded)
    {
        // A wildcard (`*/*`, `application/*`) is a range a request accepts, not a media type: it says nothing of the
        // body, which a client then reads as it likes. Read as binary it passed unread.
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media) || media.MediaType.Value is not { Length: > 0 } type
            || media.MatchesAllTypes || media.MatchesAllSubTypes)
        {
            return Kind.Untyped;
        }
        var kind = type.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase)
                || JsonAliases.Contains(type) ? Kind.Json
            : JsonLineTypes.Contains(type) ? Kind.JsonLines
            : type.Equals("application/json-seq", StringComparison.OrdinalIgnoreCase) || type.EndsWith("+json-seq", StringComparison.OrdinalIgnoreCase) ? Kind.JsonSequence
            : type.Equals("text/event-stream", StringComparison.OrdinalIgnoreCase) ? Kind.EventStream
            : IsText(type) ? Kind.Text
            : Kind.Binary;
        if (kind == Kind.Binary)
        {
            return kind;
        }
        if (encoded)
        {
            return Kind.Compressed;
        }
        var charset = media.Charset.Value;
        return charset is null || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase)
            || charset.Equals("us-ascii", StringComparison.OrdinalIgnoreCase) ? kind : Kind.OtherCharset;
    }

    // Containers whose parts are usually text (multipart/mixed, message/rfc822) are read whole, boundaries and all.
    private static bool IsText(string type) =>
        type.StartsWith("text/", StringComparison.OrdinalIgnoreCase) || type.EndsWith("+xml", StringComparison.OrdinalIgnoreCase)
        || type.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) || type.StartsWith("message/", StringComparison.OrdinalIgnoreCase)
        || TextApplications.Contains(type);
}
