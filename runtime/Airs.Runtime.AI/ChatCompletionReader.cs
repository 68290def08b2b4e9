using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Airs.Runtime.AI;

/// <summary>Reads <c>/chat/completions</c> responses, stream chunks and error bodies.</summary>
internal static class ChatCompletionReader
{
    private const int MaxMessageLength = 300;

    public static ChatResponse ReadResponse(ReadOnlySpan<byte> body)
    {
        using var doc = Parse(body, "chat completion response is not valid JSON");
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("choices", out var choices)
            || choices.ValueKind != JsonValueKind.Array
            || choices.GetArrayLength() == 0)
        {
            throw new OpenAiCompatibleException("chat completion response has no choices");
        }
        var choice = choices[0];
        if (!choice.TryGetProperty("message", out var message) || message.ValueKind != JsonValueKind.Object)
        {
            throw new OpenAiCompatibleException("chat completion response has no message");
        }
        var role = String(message, "role") is { Length: > 0 } r ? new ChatRole(r) : ChatRole.Assistant;
        return new ChatResponse(new ChatMessage(role, String(message, "content") ?? ""))
        {
            ResponseId = String(root, "id"),
            ModelId = String(root, "model"),
            CreatedAt = Created(root),
            FinishReason = FinishReason(String(choice, "finish_reason")),
            Usage = Usage(root),
        };
    }

    /// <returns>The update, or null for a chunk that carries nothing (no choices, no usage).</returns>
    public static ChatResponseUpdate? ReadStreamChunk(ReadOnlySpan<char> data)
    {
        using var doc = Parse(System.Text.Encoding.UTF8.GetBytes(data.ToArray()), "chat completion stream has an invalid event");
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new OpenAiCompatibleException("chat completion stream has an invalid event");
        }
        if (root.TryGetProperty("error", out _))
        {
            throw new OpenAiCompatibleException($"chat completion stream failed: {ReadErrorMessage(root) ?? "unknown error"}");
        }
        var contents = new List<AIContent>();
        ChatRole? role = null;
        ChatFinishReason? finish = null;
        if (root.TryGetProperty("choices", out var choices) && choices.ValueKind == JsonValueKind.Array && choices.GetArrayLength() > 0)
        {
            var choice = choices[0];
            if (choice.TryGetProperty("delta", out var delta) && delta.ValueKind == JsonValueKind.Object)
            {
                role = String(delta, "role") is { Length: > 0 } r ? new ChatRole(r) : null;
                if (String(delta, "content") is { Length: > 0 } text)
                {
                    contents.Add(new TextContent(text));
                }
            }
            finish = FinishReason(String(choice, "finish_reason"));
        }
        if (Usage(root) is { } usage)
        {
            contents.Add(new UsageContent(usage));
        }
        if (contents.Count == 0 && role is null && finish is null)
        {
            return null;
        }
        return new ChatResponseUpdate(role, contents)
        {
            ResponseId = String(root, "id"),
            MessageId = String(root, "id"),
            ModelId = String(root, "model"),
            CreatedAt = Created(root),
            FinishReason = finish,
        };
    }

    /// <summary>The server's own message from <c>{"error": {"message": …}}</c>, <c>{"error": "…"}</c> or <c>{"message": …}</c>, on one line.</summary>
    public static string? ReadErrorMessage(ReadOnlySpan<byte> body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body.ToArray());
            return ReadErrorMessage(doc.RootElement);
        }
        catch (JsonException)
        {
            return null; // not JSON (an HTML error page, say): the status line says enough, and bodies are not dumped
        }
    }

    private static string? ReadErrorMessage(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        var message = root.TryGetProperty("error", out var error)
            ? error.ValueKind == JsonValueKind.String ? error.GetString() : String(error, "message")
            : String(root, "message");
        return message is null ? null : OneLine(message);
    }

    private static JsonDocument Parse(ReadOnlySpan<byte> json, string failure)
    {
        try
        {
            return JsonDocument.Parse(json.ToArray(), new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            throw new OpenAiCompatibleException(failure, inner: e);
        }
    }

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static long? Long(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var n)
            ? n
            : null;

    private static DateTimeOffset? Created(JsonElement root) =>
        Long(root, "created") is { } seconds and >= 0 and < 253402300800 ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;

    private static UsageDetails? Usage(JsonElement root)
    {
        if (!root.TryGetProperty("usage", out var usage) || usage.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        return new UsageDetails
        {
            InputTokenCount = Long(usage, "prompt_tokens"),
            OutputTokenCount = Long(usage, "completion_tokens"),
            TotalTokenCount = Long(usage, "total_tokens"),
        };
    }

    internal static ChatFinishReason? FinishReason(string? value) => value switch
    {
        null or "" => null,
        "stop" => ChatFinishReason.Stop,
        "length" => ChatFinishReason.Length,
        "tool_calls" or "function_call" => ChatFinishReason.ToolCalls,
        "content_filter" => ChatFinishReason.ContentFilter,
        _ => new ChatFinishReason(value),
    };

    private static string OneLine(string text)
    {
        var line = string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return line.Length <= MaxMessageLength ? line : line[..MaxMessageLength] + "…";
    }
}
