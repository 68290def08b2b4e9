using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;
using Airs.Runtime.AspNetCore.Middleware;

namespace Airs.Runtime.AspNetCore.Gateway;

/// <summary>
/// Reads OpenAI Responses API bodies (<c>POST /v1/responses</c>) as strictly as <see cref="ChatRequestBody"/> reads chats,
/// with its checks: <c>instructions</c>, and <c>input</c> as a string or as items (messages with their text, refusal and
/// image parts; earlier function calls; function call outputs, which are a tool's results under the name of the call
/// they answer). Every text the model can read is returned to be checked; what cannot be checked (files, stored prompts,
/// conversations kept by the upstream, item types this reader does not know) is refused.
/// </summary>
internal static class ResponsesRequestBody
{
    // Options beside `input` and `instructions`: strings are checked as text, objects and arrays as their JSON.
    private static readonly HashSet<string> Options =
    [
        "model", "user", "stream", "stream_options", "temperature", "top_p", "max_output_tokens", "max_tool_calls", "parallel_tool_calls",
        "store", "metadata", "tools", "tool_choice", "text", "reasoning", "truncation", "include", "service_tier", "previous_response_id",
        "top_logprobs", "prompt_cache_key", "safety_identifier", "background",
    ];

    private static readonly HashSet<string> Roles = ["system", "developer", "user", "assistant"];

    /// <param name="refusesMedia">Whether image parts are refused (<see cref="ChatRequestBody.Reader.RefusesMedia"/>); files and audio always are.</param>
    public static bool TryRead(ReadOnlySpan<byte> body, int maxItems, [NotNullWhen(true)] out JsonObject? root, out List<ChatText> texts,
        [NotNullWhen(false)] out ChatRequestError? error, bool refusesMedia = false) =>
        ChatRequestBody.TryRead(body, "input", maxItems, Body, out root, out texts, out error, refusesMedia: refusesMedia);

    /// <summary>What an output check reads as <c>input.text</c>: the last user message's text, or the <c>input</c> string.</summary>
    public static string UserText(JsonObject root)
    {
        if (ChatRequestBody.Reader.TryString(root["input"], out var input))
        {
            return input;
        }
        var last = (root["input"] as JsonArray)?.LastOrDefault(i => i is JsonObject o && ChatRequestBody.Reader.TryString(o["role"], out var role) && role == "user");
        return last?["content"] switch
        {
            JsonValue v when ChatRequestBody.Reader.TryString(v, out var text) => text,
            JsonArray parts => string.Join("\n", parts.OfType<JsonObject>()
                .Select(p => ChatRequestBody.Reader.TryString(p["text"], out var t) ? t : null).OfType<string>()),
            _ => "",
        };
    }

    private static string? Body(ChatRequestBody.Reader reader, JsonObject root)
    {
        if (root["input"] is null)
        {
            return "`input` is required: the gateway serves responses";
        }
        foreach (var (key, value) in root.ToList())
        {
            var error = key switch
            {
                "input" => value is JsonArray items ? Items(reader, items) : reader.Text(root, key, key),
                "instructions" => value is null ? null : reader.Text(root, key, key),
                "prompt" => "`prompt` names a stored prompt, whose text the gateway cannot check; send its text as `instructions`",
                "conversation" => "`conversation` names items kept by the upstream, which the gateway has not seen; send them in `input`",
                _ when Options.Contains(key) => value switch
                {
                    JsonObject or JsonArray => reader.Definition(root, key),
                    JsonValue when value.GetValueKind() == System.Text.Json.JsonValueKind.String => reader.Text(root, key, key),
                    _ => null,
                },
                _ => $"unknown property `{key}`",
            };
            if (error is not null)
            {
                return error;
            }
        }
        return null;
    }

    private static string? Items(ChatRequestBody.Reader reader, JsonArray items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var at = $"input[{i}]";
            if (items[i] is not JsonObject item)
            {
                return $"`{at}` must be an object";
            }
            var type = ChatRequestBody.Reader.TryString(item["type"], out var named) ? named : item["role"] is not null ? "message" : "";
            var error = IdAndStatus(item, at) ?? type switch
            {
                "message" => Message(reader, item, at),
                "function_call" => ChatRequestBody.Reader.Fields(item, at, "type", "id", "call_id", "name", "arguments", "status")
                    ?? ChatRequestBody.Reader.Id(item["call_id"], $"{at}.call_id") ?? reader.Text(item, "name", $"{at}.name")
                    ?? reader.Text(item, "arguments", $"{at}.arguments") ?? Named(reader, item),
                "function_call_output" => ChatRequestBody.Reader.Fields(item, at, "type", "id", "call_id", "output", "status")
                    ?? ChatRequestBody.Reader.Id(item["call_id"], $"{at}.call_id") ?? Output(reader, item, at),
                "" => $"`{at}` must have a `type` (or a `role`)",
                _ => $"`{at}` is a `{type}` item, which the gateway cannot check",
            };
            if (error is not null)
            {
                return error;
            }
        }
        return null;
    }

    /// <summary>
    /// An item's <c>id</c> and <c>status</c> are no text the policy reads, so they carry none to the upstream: an id (or
    /// "", what the gateway wrote for a message the upstream gave none), and one of the API's statuses.
    /// </summary>
    private static string? IdAndStatus(JsonObject item, string at) =>
        (item["id"] is { } id && !(ChatRequestBody.Reader.TryString(id, out var text) && text.Length == 0) ? ChatRequestBody.Reader.Id(id, $"{at}.id") : null)
        ?? (item["status"] is { } status && !(ChatRequestBody.Reader.TryString(status, out var value) && value is "in_progress" or "completed" or "incomplete")
            ? $"`{at}.status` must be `in_progress`, `completed` or `incomplete`"
            : null);

    private static string? Named(ChatRequestBody.Reader reader, JsonObject call)
    {
        reader.NameCall(call["call_id"]!.GetValue<string>(), call["name"]!.GetValue<string>());
        return null;
    }

    private static string? Message(ChatRequestBody.Reader reader, JsonObject message, string at)
    {
        if (ChatRequestBody.Reader.Fields(message, at, "type", "role", "content", "id", "status") is { } unknown)
        {
            return unknown;
        }
        if (!ChatRequestBody.Reader.TryString(message["role"], out var role) || !Roles.Contains(role))
        {
            return $"`{at}` must have a `role`, one of {string.Join(", ", Roles)}";
        }
        return message["content"] is JsonArray parts ? Parts(reader, parts, $"{at}.content", false, "") : reader.Text(message, "content", $"{at}.content");
    }

    /// <summary>A function call's output: the tool's result, checked also as <c>tool_result</c> of the tool the call named.</summary>
    private static string? Output(ChatRequestBody.Reader reader, JsonObject item, string at)
    {
        var toolName = reader.CallName(item["call_id"]!.GetValue<string>());
        return item["output"] is JsonArray parts
            ? Parts(reader, parts, $"{at}.output", true, toolName)
            : reader.Text(item, "output", $"{at}.output", fromTool: true, toolName);
    }

    /// <param name="fromTool">The parts are a tool's result, that of <paramref name="toolName"/> when known.</param>
    private static string? Parts(ChatRequestBody.Reader reader, JsonArray parts, string at, bool fromTool, string toolName)
    {
        for (var i = 0; i < parts.Count; i++)
        {
            var where = $"{at}[{i}]";
            if (parts[i] is not JsonObject part || !ChatRequestBody.Reader.TryString(part["type"], out var type))
            {
                return $"`{where}` must be an object with a `type`";
            }
            var error = type switch
            {
                "input_text" => ChatRequestBody.Reader.Fields(part, where, "type", "text") ?? reader.Text(part, "text", $"{where}.text", fromTool, toolName),
                "output_text" => ChatRequestBody.Reader.Fields(part, where, "type", "text", "annotations", "logprobs")
                    ?? reader.Text(part, "text", $"{where}.text", fromTool, toolName) ?? Extra(reader, part, "annotations") ?? Extra(reader, part, "logprobs"),
                "refusal" => ChatRequestBody.Reader.Fields(part, where, "type", "refusal") ?? reader.Text(part, "refusal", $"{where}.refusal", fromTool, toolName),
                "input_image" when reader.RefusesMedia => ChatRequestBody.Reader.Unread(where, type),
                "input_image" => Image(reader, part, where),
                "input_file" or "input_audio" => $"`{where}` is a file or audio, which cannot be checked",
                _ => $"`{where}` has the unknown part type `{type}`",
            };
            if (error is not null)
            {
                return error;
            }
        }
        return null;
    }

    /// <summary>An earlier answer's citations or log probabilities: the model may read them, so they are checked as their JSON.</summary>
    private static string? Extra(ChatRequestBody.Reader reader, JsonObject part, string key) => part[key] switch
    {
        null => null,
        JsonArray { Count: 0 } => null,
        JsonArray => reader.Definition(part, key),
        _ => $"`{key}` must be an array",
    };

    private static string? Image(ChatRequestBody.Reader reader, JsonObject part, string at)
    {
        if (ChatRequestBody.Reader.Fields(part, at, "type", "image_url", "detail", "file_id") is { } unknown)
        {
            return unknown;
        }
        if (part["file_id"] is not null)
        {
            return $"`{at}.file_id` names a stored file, which cannot be checked";
        }
        if (part["detail"] is { } detail && (!ChatRequestBody.Reader.TryString(detail, out var level) || level is not ("auto" or "low" or "high")))
        {
            return $"`{at}.detail` must be `auto`, `low` or `high`";
        }
        return reader.ImageUrl(part, "image_url", $"{at}.image_url");
    }
}
