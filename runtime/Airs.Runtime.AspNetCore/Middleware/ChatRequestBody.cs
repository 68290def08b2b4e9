using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;
using Airs.Runtime.Decisions;

namespace Airs.Runtime.AspNetCore.Middleware;

/// <summary>One piece of a chat request body to check: its stage, its text, and how to write the released text back.</summary>
internal sealed record ChatText(Stage Stage, string Text, string ToolName, Action<string> Replace);

/// <summary>
/// Reads the two body shapes the middleware understands: OpenAI-style <c>{"messages": [{"role": …, "content": …}]}</c>
/// (content a string or an array of parts, of which the <c>text</c> ones are read) and <c>{"input": "…"}</c>.
/// Anything else is not understood, and a guarded route refuses what it does not understand.
/// </summary>
internal static class ChatRequestBody
{
    public static bool TryRead(ReadOnlySpan<byte> body, [NotNullWhen(true)] out JsonObject? root, out List<ChatText> texts, [NotNullWhen(false)] out string? error)
    {
        texts = [];
        root = null;
        try
        {
            root = JsonNode.Parse(body, documentOptions: new JsonDocumentOptions { MaxDepth = 64 }) as JsonObject;
        }
        catch (JsonException)
        {
            error = "the body is not valid JSON";
            return false;
        }
        if (root is null)
        {
            error = "the body must be a JSON object";
            return false;
        }

        if (root["messages"] is JsonArray messages)
        {
            error = ReadMessages(messages, texts);
        }
        else if (root["input"] is JsonValue input && input.TryGetValue<string>(out var text))
        {
            var target = root;
            texts.Add(new ChatText(Stage.Input, text, "", released => target["input"] = released));
            error = null;
        }
        else
        {
            error = "the body must have a `messages` array or an `input` string";
        }
        return error is null;
    }

    private static string? ReadMessages(JsonArray messages, List<ChatText> texts)
    {
        var toolNames = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < messages.Count; i++)
        {
            if (messages[i] is not JsonObject message || !TryString(message["role"], out var role))
            {
                return $"`messages[{i}]` must be an object with a `role`";
            }
            RememberToolCalls(message, toolNames);
            var isTool = role is "tool" or "function";
            var stage = isTool ? Stage.ToolResult : Stage.Input;
            var toolName = !isTool ? ""
                : TryString(message["tool_call_id"], out var callId) && toolNames.TryGetValue(callId, out var named) ? named
                : TryString(message["name"], out var name) ? name : "";

            switch (message["content"])
            {
                case null:
                    break;
                case JsonValue value when value.TryGetValue<string>(out var content):
                    texts.Add(new ChatText(stage, content, toolName, released => message["content"] = released));
                    break;
                case JsonArray parts:
                    var error = ReadParts(parts, i, stage, toolName, texts);
                    if (error is not null)
                    {
                        return error;
                    }
                    break;
                default:
                    return $"`messages[{i}].content` must be a string or an array of parts";
            }
        }
        return null;
    }

    /// <summary>The text parts are checked as one text; the released text goes into the first, the others are removed.</summary>
    private static string? ReadParts(JsonArray parts, int index, Stage stage, string toolName, List<ChatText> texts)
    {
        var textParts = new List<JsonObject>();
        foreach (var part in parts)
        {
            if (part is not JsonObject obj || !TryString(obj["type"], out var type))
            {
                return $"`messages[{index}].content` has a part without a `type`";
            }
            if (type == "text")
            {
                if (!TryString(obj["text"], out _))
                {
                    return $"`messages[{index}].content` has a text part without `text`";
                }
                textParts.Add(obj);
            }
        }
        if (textParts.Count == 0)
        {
            return null;
        }
        var text = string.Join("\n", textParts.Select(p => (string)p["text"]!));
        texts.Add(new ChatText(stage, text, toolName, released =>
        {
            textParts[0]["text"] = released;
            foreach (var extra in textParts.Skip(1))
            {
                parts.Remove(extra);
            }
        }));
        return null;
    }

    private static void RememberToolCalls(JsonObject message, Dictionary<string, string> toolNames)
    {
        if (message["tool_calls"] is not JsonArray calls)
        {
            return;
        }
        foreach (var call in calls.OfType<JsonObject>())
        {
            if (TryString(call["id"], out var id) && call["function"] is JsonObject function && TryString(function["name"], out var name))
            {
                toolNames[id] = name;
            }
        }
    }

    private static bool TryString(JsonNode? node, [NotNullWhen(true)] out string? value)
    {
        value = null;
        return node is JsonValue v && v.TryGetValue(out value);
    }
}
