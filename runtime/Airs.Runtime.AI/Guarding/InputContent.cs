using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Airs.Runtime.AI.Guarding;

/// <summary>
/// The texts the model reads from each kind of input content, and the content rebuilt from their released versions.
/// A kind not listed here cannot be checked, so it is refused rather than passed on.
/// </summary>
internal static class InputContent
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IEnumerable<string> Texts(AIContent content) => content switch
    {
        TextContent text => [text.Text],
        TextReasoningContent reasoning => [reasoning.Text],
        DataContent data when IsTextual(data.MediaType) => [Decode(data), .. Name(data.Name)],
        DataContent data when IsMedia(data.MediaType) => Name(data.Name),
        // The link itself is text the provider acts on (it fetches it), read as the gateway and the middleware read image links.
        UriContent uri when IsMedia(uri.MediaType) => [uri.Uri.OriginalString],
        FunctionCallContent call => [call.Name, Arguments(call)],
        // As input too (and then as tool_result): the caller hands the results over, so the caller must not pick a weaker
        // stage, as the gateway and the middleware read tool messages.
        FunctionResultContent result => [ResultText(result.Result)],
        _ => throw new NotSupportedException($"the guarded chat client cannot check {Describe(content)}, so it does not send it to the model"),
    };

    /// <summary>
    /// Throws for the first content whose whole the policy does not read as text (<see cref="AirsPolicyOptions.RefuseUnreadMedia"/>):
    /// media data and links (only a link's text is read, not what it points to), a tool result holding media, and every
    /// kind <see cref="Texts"/> refuses.
    /// </summary>
    /// <exception cref="NotSupportedException">Naming the message and content by their index, and the content's kind.</exception>
    public static void RequireText(IReadOnlyList<ChatMessage> conversation)
    {
        for (var m = 0; m < conversation.Count; m++)
        {
            var contents = conversation[m].Contents;
            for (var c = 0; c < contents.Count; c++)
            {
                if (!IsReadAsText(contents[c]))
                {
                    throw new NotSupportedException($"messages[{m}].Contents[{c}] is {Describe(contents[c])}: the guarded chat client refuses content the "
                        + "policy cannot read as text (RefuseUnreadMedia), so nothing was sent to the model");
                }
            }
        }
    }

    private static bool IsReadAsText(AIContent content) => content switch
    {
        TextContent or TextReasoningContent or FunctionCallContent => true,
        DataContent data => IsTextual(data.MediaType),
        // A provider may send a tool's media result as media, not as the JSON the policy reads.
        FunctionResultContent { Result: AIContent result } => IsReadAsText(result),
        FunctionResultContent { Result: IEnumerable<AIContent> results } => results.All(IsReadAsText),
        FunctionResultContent => true,
        _ => false,
    };

    /// <summary>A new content carrying <paramref name="released"/> (as many texts as <see cref="Texts"/> gave) and no raw representation.</summary>
    public static AIContent Rebuild(AIContent content, ReadOnlySpan<string> released) => content switch
    {
        TextContent => new TextContent(released[0]),
        // Opaque reasoning data (ProtectedData) cannot be checked: only the reasoning text goes on.
        TextReasoningContent => new TextReasoningContent(released[0]),
        DataContent data when IsTextual(data.MediaType) => new DataContent(StrictUtf8.GetBytes(released[0]), data.MediaType) { Name = data.Name is null ? null : released[1] },
        DataContent data => new DataContent(data.Data, data.MediaType) { Name = data.Name is null ? null : released[0] },
        UriContent uri => new UriContent(released[0] == uri.Uri.OriginalString ? uri.Uri : Link(released[0]), uri.MediaType),
        FunctionCallContent call => new FunctionCallContent(call.CallId, released[0], released[1] == Arguments(call) ? call.Arguments : Parse(released[1], call.Name))
        {
            InformationalOnly = call.InformationalOnly,
        },
        FunctionResultContent result => new FunctionResultContent(result.CallId, released[0] == ResultText(result.Result) ? result.Result : released[0]),
        _ => content,
    };

    /// <summary>A tool result as the text the policy reads: a string as it is, anything else as its JSON.</summary>
    public static string ResultText(object? result) => result switch
    {
        null => "",
        string s => s,
        JsonElement { ValueKind: JsonValueKind.String } e => e.GetString() ?? "",
        _ => JsonSerializer.Serialize(result, AIJsonUtilities.DefaultOptions),
    };

    private static string[] Name(string? name) => name is null ? [] : [name];

    private static string Arguments(FunctionCallContent call) =>
        call.Arguments is null ? "" : JsonSerializer.Serialize(call.Arguments, AIJsonUtilities.DefaultOptions);

    private static Dictionary<string, object?>? Parse(string arguments, string name)
    {
        try
        {
            return arguments.Length == 0 ? null : JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(arguments)?.ToDictionary(a => a.Key, a => (object?)a.Value);
        }
        catch (JsonException)
        {
            throw new InvalidOperationException($"the policy's redaction left the arguments of a call to `{name}` in the history unreadable, so they are not sent");
        }
    }

    private static Uri Link(string released) =>
        Uri.TryCreate(released, UriKind.Absolute, out var link)
            ? link
            : throw new InvalidOperationException("the policy's redaction left a link in the conversation unreadable, so it is not sent");

    private static string Decode(DataContent data)
    {
        // UTF-16 text of ASCII letters is valid UTF-8 with a NUL between letters: read so, no guard would see its words.
        if (Charsets(data.MediaType).FirstOrDefault(c => c is not ("utf-8" or "utf8" or "us-ascii")) is { } charset)
        {
            throw new NotSupportedException($"the guarded chat client reads text data as UTF-8 and cannot check {data.MediaType} (charset {charset}), so it does not send it to the model");
        }
        try
        {
            return StrictUtf8.GetString(data.Data.Span);
        }
        catch (DecoderFallbackException)
        {
            throw new NotSupportedException($"the guarded chat client cannot check {data.MediaType} data that is not UTF-8, so it does not send it to the model");
        }
    }

    /// <summary>Data the policy reads as text: <c>text/*</c>, JSON, XML, YAML.</summary>
    private static bool IsTextual(string mediaType)
    {
        var type = MediaType(mediaType);
        return type.StartsWith("text/", StringComparison.Ordinal) || type.EndsWith("+json", StringComparison.Ordinal) || type.EndsWith("+xml", StringComparison.Ordinal)
            || type is "application/json" or "application/xml" or "application/yaml" or "application/x-yaml" or "application/x-ndjson" or "application/javascript";
    }

    /// <summary>Media no policy reads as text (images, audio, video): passed on, as before; the policy decides on the text around them.</summary>
    private static bool IsMedia(string mediaType)
    {
        var type = MediaType(mediaType);
        return type.StartsWith("image/", StringComparison.Ordinal) || type.StartsWith("audio/", StringComparison.Ordinal) || type.StartsWith("video/", StringComparison.Ordinal);
    }

    private static string MediaType(string mediaType) => mediaType.Split(';')[0].Trim().ToLowerInvariant();

    /// <summary>Every <c>charset</c> parameter, unquoted and in lower case: a reader may take any of them.</summary>
    private static IEnumerable<string> Charsets(string mediaType) => mediaType.Split(';').Skip(1)
        .Select(p => p.Split('=', 2))
        .Where(p => p.Length == 2 && p[0].Trim().Equals("charset", StringComparison.OrdinalIgnoreCase))
        .Select(p => p[1].Trim().Trim('"').ToLowerInvariant());

    private static string Describe(AIContent content) => content switch
    {
        DataContent data => $"data of type {data.MediaType}",
        UriContent uri => $"a link to {uri.MediaType}",
        FunctionResultContent => "a tool result holding content other than text",
        _ => content.GetType().Name,
    };
}
