using Microsoft.Net.Http.Headers;

namespace Airs.Runtime.AspNetCore.Middleware;

/// <summary>
/// How the response guard reads an answer, from its <c>Content-Type</c>. Text in any media type is checked: an answer
/// is refused rather than passed on when the guard cannot tell what it is (no media type) or cannot decode it (a
/// compressed body, a charset other than UTF-8). Only binary media types pass unread.
/// </summary>
internal static class AnswerMedia
{
    public enum Kind { Json, Text, EventStream, Binary, Compressed, OtherCharset, Untyped }

    // Text that is not text/*: the answer of an endpoint that serialises, streams lines of JSON or renders markup.
    private static readonly HashSet<string> TextApplications = new(StringComparer.OrdinalIgnoreCase)
    {
        "application/xml", "application/x-ndjson", "application/jsonl", "application/json-seq", "application/yaml",
        "application/x-yaml", "application/javascript", "application/x-www-form-urlencoded",
    };

    public static Kind Classify(string? contentType, bool encoded)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media) || media.MediaType.Value is not { Length: > 0 } type)
        {
            return Kind.Untyped;
        }
        var kind = type.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase) ? Kind.Json
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
