using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;
using Airs.Runtime.AspNetCore.Chat;

namespace Airs.Runtime.AspNetCore.Middleware;

/// <summary>
/// One text of a chat request, checked as <c>input</c> (and, from a tool message, also as <c>tool_result</c> of
/// <see cref="ToolName"/>); <see cref="Write"/> puts the released text back, false when it no longer fits the field.
/// </summary>
internal sealed record ChatText(string Text, bool FromTool, string ToolName, Func<string, bool> Write);

/// <summary>Why a body was not passed on: its status (400 or 413), a title and a one-line detail.</summary>
internal sealed record ChatRequestError(int Status, string Title, string Detail);

/// <summary>
/// Reads chat request bodies strictly: <c>{"messages": […]}</c> (OpenAI chat completions) or <c>{"input": "…"}</c>,
/// with the known top-level options beside them. Every property, role and part type must be one this reader knows,
/// spelt exactly (ASP.NET binds case variants such as <c>Messages</c>, so an unread variant would reach the endpoint
/// unchecked); duplicate keys are refused (the endpoint's binder may keep the other one). Every text the model can
/// read is returned to be checked; what cannot be checked (files, token arrays) is refused.
/// </summary>
internal static class ChatRequestBody
{
    /// <param name="acceptsAudio">
    /// Whether <c>input_audio</c> parts pass unread (the middleware's endpoint is the app's own); false: they are refused,
    /// as the gateway refuses what it cannot check before it reaches a model.
    /// </param>
    /// <param name="refusesMedia">Whether image and audio parts are refused (<see cref="Reader.RefusesMedia"/>).</param>
    public static bool TryRead(ReadOnlySpan<byte> body, int maxMessages, [NotNullWhen(true)] out JsonObject? root, out List<ChatText> texts,
        [NotNullWhen(false)] out ChatRequestError? error, bool acceptsAudio = true, bool refusesMedia = false) =>
        TryRead(body, "messages", maxMessages, (reader, read) => reader.Body(read), out root, out texts, out error, acceptsAudio, refusesMedia);

    /// <summary>
    /// Parses a body strictly (no duplicate keys, no lone surrogates, at most <paramref name="maxItems"/> items in
    /// <paramref name="itemsKey"/>) and hands it to <paramref name="read"/>, which returns why it cannot be passed on, or null.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> body, string itemsKey, int maxItems, Func<Reader, JsonObject, string?> read,
        [NotNullWhen(true)] out JsonObject? root, out List<ChatText> texts, [NotNullWhen(false)] out ChatRequestError? error, bool acceptsAudio = true,
        bool refusesMedia = false)
    {
        texts = [];
        root = null;
        string? problem;
        try
        {
            var options = new JsonDocumentOptions { MaxDepth = 64, AllowDuplicateProperties = false };
            root = JsonNode.Parse(body, documentOptions: options) as JsonObject;
            if (root?[itemsKey] is JsonArray { Count: var count } && count > maxItems)
            {
                var items = itemsKey == "messages" ? itemsKey : $"{itemsKey} items";
                error = new ChatRequestError(413, $"too many {items}", $"a request may carry at most {maxItems} {items}, this one has {count}");
                return false;
            }
            problem = root is null ? "the body must be a JSON object" : read(new Reader(texts) { AcceptsAudio = acceptsAudio, RefusesMedia = refusesMedia }, root);
        }
        catch (JsonException)
        {
            problem = IsJson(body) ? "the body has a duplicate key" : "the body is not valid JSON";
        }
        catch (InvalidOperationException)
        {
            problem = "the body has a string that is not valid Unicode (a lone surrogate escape)";
        }
        error = problem is null ? null : new ChatRequestError(400, "unreadable chat request", problem);
        return error is null;
    }

    /// <summary>
    /// What an output check reads as <c>input.text</c>: the last user message's text as released (its text parts joined
    /// by line breaks), or the <c>input</c> of an <c>{"input": "…"}</c> body; as the guarded chat client reads it.
    /// </summary>
    public static string UserText(JsonObject root)
    {
        if (root["messages"] is not JsonArray messages)
        {
            return TryText(root["input"], out var input) ? input : "";
        }
        var last = messages.LastOrDefault(m => m is JsonObject o && TryText(o["role"], out var role) && role == "user");
        return last?["content"] switch
        {
            JsonValue v when TryText(v, out var text) => text,
            JsonArray parts => string.Join("\n", parts.OfType<JsonObject>().Select(p => TryText(p["text"], out var t) ? t : null).OfType<string>()),
            _ => "",
        };
    }

    private static bool TryText(JsonNode? node, [NotNullWhen(true)] out string? text)
    {
        text = node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
        return text is not null;
    }

    /// <summary>Whether the body parses when duplicate keys are allowed: told apart only on the error path.</summary>
    private static bool IsJson(ReadOnlySpan<byte> body)
    {
        try
        {
            using var _ = JsonDocument.Parse(body.ToArray(), new JsonDocumentOptions { MaxDepth = 64 });
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Reads a chat body's texts; its checks of fields, texts, definitions, ids and images serve other OpenAI bodies too.</summary>
    internal sealed class Reader(List<ChatText> texts)
    {
        private static readonly HashSet<string> Roles = ["system", "developer", "user", "assistant", "tool", "function"];

        // Options beside the messages. Their strings are checked too (a tool description, a stop sequence, metadata):
        // the endpoint may pass any of them to the model. A string is checked as text, an object or array as its JSON.
        private static readonly HashSet<string> Options =
        [
            "model", "user", "stream", "stream_options", "temperature", "top_p", "n", "stop", "max_tokens", "max_completion_tokens",
            "presence_penalty", "frequency_penalty", "logit_bias", "logprobs", "top_logprobs", "seed", "parallel_tool_calls", "store",
            "metadata", "modalities", "reasoning_effort", "service_tier", "tools", "tool_choice", "functions", "function_call", "response_format",
        ];

        private readonly Dictionary<string, string> toolNames = new(StringComparer.Ordinal);

        // The functions the conversation's legacy `function_call`s named: a later `function` message answers one by its name.
        private readonly HashSet<string> functionCalls = new(StringComparer.Ordinal);

        /// <summary>Whether an <c>input_audio</c> part passes unread; false: it is refused, as media no check can read.</summary>
        public bool AcceptsAudio { get; init; } = true;

        /// <summary>
        /// Whether image and audio parts are refused: no policy reads pixels or sound, so words drawn in an image or spoken
        /// in a recording reach the model unread. Off by default (they pass, the policy deciding on the text around them);
        /// on where nothing unread may reach the model.
        /// </summary>
        public bool RefusesMedia { get; init; }

        /// <summary>Why a part of <paramref name="type"/> is refused under <see cref="RefusesMedia"/>: its place (message and part) and its type.</summary>
        public static string Unread(string at, string type) =>
            $"`{at}` is a part of type `{type}`: no policy reads images or audio, and this endpoint refuses what the policy cannot read";

        /// <summary>A call the conversation made earlier: a tool's later result is checked under its name.</summary>
        public void NameCall(string id, string name) => toolNames[id] = name;

        /// <summary>The name of the tool an earlier call of the conversation named, or "".</summary>
        public string CallName(string id) => toolNames.GetValueOrDefault(id, "");

        public string? Body(JsonObject root)
        {
            if (root["messages"] is null && root["input"] is null)
            {
                return "the body must have a `messages` array or an `input` string";
            }
            foreach (var (key, value) in root.ToList())
            {
                var error = key switch
                {
                    "messages" => value is JsonArray messages ? Messages(messages) : "`messages` must be an array",
                    "input" or "instructions" => Text(root, key, key),
                    "prompt" => value is JsonArray prompts ? Each(prompts, "prompt") : Text(root, key, key),
                    // Stop sequences as the strings they are, not as their JSON (`["\n\n"]` read as text is a delimiter trick).
                    "stop" when value is JsonArray stops => Each(stops, "stop"),
                    _ when Options.Contains(key) => value switch
                    {
                        JsonObject or JsonArray => Definition(root, key),
                        JsonValue when value.GetValueKind() == JsonValueKind.String => Text(root, key, key),
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

        private string? Messages(JsonArray messages)
        {
            for (var i = 0; i < messages.Count; i++)
            {
                var error = messages[i] is JsonObject message ? Message(message, $"messages[{i}]") : $"`messages[{i}]` must be an object";
                if (error is not null)
                {
                    return error;
                }
            }
            return null;
        }

        private string? Message(JsonObject message, string at)
        {
            if (!TryString(message["role"], out var role) || !Roles.Contains(role))
            {
                return $"`{at}` must have a `role`, one of {string.Join(", ", Roles)}";
            }
            var fromTool = role is "tool" or "function";
            // Calls first: a message names the calls it answers by their ids, and a tool's results are checked under its name.
            var calls = message["tool_calls"] is JsonArray list ? ToolCalls(list, $"{at}.tool_calls") : message["tool_calls"] is null ? null : $"`{at}.tool_calls` must be an array";
            if (calls is not null)
            {
                return calls;
            }
            // A result is checked as the tool its call named. The message's own `name` is the client's word, which no
            // upstream matches a result by: it counts only for a legacy function result whose `function_call` came before.
            var toolName = role switch
            {
                "tool" => TryString(message["tool_call_id"], out var callId) ? CallName(callId) : "",
                "function" => TryString(message["name"], out var name) && functionCalls.Contains(name) ? name : "",
                _ => "",
            };

            foreach (var (key, value) in message.ToList())
            {
                var error = key switch
                {
                    "role" or "tool_calls" => null,
                    "content" => value switch
                    {
                        null => null,
                        JsonArray parts => Parts(parts, $"{at}.content", fromTool, toolName),
                        _ => Text(message, key, $"{at}.content", fromTool, toolName),
                    },
                    "name" => Text(message, key, $"{at}.name"),
                    "refusal" => value is null ? null : Text(message, key, $"{at}.refusal"),
                    "tool_call_id" => Id(value, $"{at}.tool_call_id"),
                    "function_call" => value is JsonObject function
                        ? Function(function, $"{at}.function_call") ?? NameFunctionCall(function)
                        : $"`{at}.function_call` must be an object",
                    _ => $"unknown property `{at}.{key}`",
                };
                if (error is not null)
                {
                    return error;
                }
            }
            return null;
        }

        private string? Parts(JsonArray parts, string at, bool fromTool, string toolName)
        {
            for (var i = 0; i < parts.Count; i++)
            {
                var where = $"{at}[{i}]";
                if (parts[i] is not JsonObject part || !TryString(part["type"], out var type))
                {
                    return $"`{where}` must be an object with a `type`";
                }
                var error = type switch
                {
                    "image_url" or "input_audio" when RefusesMedia => Unread(where, type),
                    "text" => Fields(part, where, "type", "text") ?? Text(part, "text", $"{where}.text", fromTool, toolName),
                    "refusal" => Fields(part, where, "type", "refusal") ?? Text(part, "refusal", $"{where}.refusal", fromTool, toolName),
                    "image_url" => Fields(part, where, "type", "image_url") ?? Image(part["image_url"], $"{where}.image_url"),
                    "input_audio" when !AcceptsAudio => $"`{where}` is audio, which cannot be checked",
                    "input_audio" => Fields(part, where, "type", "input_audio") ?? Audio(part["input_audio"], $"{where}.input_audio"),
                    "file" => $"`{where}` is a file, which cannot be checked",
                    _ => $"`{where}` has the unknown part type `{type}`",
                };
                if (error is not null)
                {
                    return error;
                }
            }
            return null;
        }

        private string? ToolCalls(JsonArray calls, string at)
        {
            for (var i = 0; i < calls.Count; i++)
            {
                var where = $"{at}[{i}]";
                if (calls[i] is not JsonObject call || Fields(call, where, "id", "type", "function") is not null || !TryString(call["type"], out var type) || type != "function"
                    || Id(call["id"], $"{where}.id") is not null || call["function"] is not JsonObject function)
                {
                    return $"`{where}` must be `{{\"id\", \"type\": \"function\", \"function\": {{\"name\", \"arguments\"}}}}`";
                }
                var error = Function(function, $"{where}.function");
                if (error is not null)
                {
                    return error;
                }
                NameCall(call["id"]!.GetValue<string>(), function["name"]!.GetValue<string>());
            }
            return null;
        }

        private string? NameFunctionCall(JsonObject function)
        {
            functionCalls.Add(function["name"]!.GetValue<string>());
            return null;
        }

        private string? Function(JsonObject function, string at) =>
            Fields(function, at, "name", "arguments") ?? (function["name"] is null || function["arguments"] is null ? $"`{at}` must have `name` and `arguments`" : null)
            ?? Text(function, "name", $"{at}.name") ?? Text(function, "arguments", $"{at}.arguments");

        /// <summary>Only these keys, spelt exactly.</summary>
        public static string? Fields(JsonObject obj, string at, params string[] allowed)
        {
            foreach (var (key, _) in obj)
            {
                if (!allowed.Contains(key))
                {
                    return $"unknown property `{at}.{key}`";
                }
            }
            return null;
        }

        private string? Image(JsonNode? node, string at)
        {
            if (node is not JsonObject image)
            {
                return $"`{at}` must be an object with `url`";
            }
            if (Fields(image, at, "url", "detail") is { } unknown)
            {
                return unknown;
            }
            if (image["detail"] is { } detail && (!TryString(detail, out var level) || level is not ("auto" or "low" or "high")))
            {
                return $"`{at}.detail` must be `auto`, `low` or `high`";
            }
            return ImageUrl(image, "url", $"{at}.url");
        }

        /// <summary>
        /// An image's http(s) link is checked as text; its data (a base64 <c>data:</c> URL) must be a raster image
        /// (<see cref="RasterImage"/>), media the policy cannot read and a model sees only as pixels. Anything else (another
        /// scheme, a data URL with a space before it) is refused: an upstream might still read it as data no check read.
        /// </summary>
        public string? ImageUrl(JsonObject owner, string key, string at)
        {
            if (!TryString(owner[key], out var url))
            {
                return $"`{at}` must be a string";
            }
            if (url.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            {
                var comma = url.IndexOf(',', StringComparison.Ordinal);
                return comma > 0 && RasterImage.IsData(url.AsSpan(0, comma), url.AsSpan(comma + 1)) ? null : NotAnImage(at);
            }
            return Uri.TryCreate(url, UriKind.Absolute, out var link) && link.Scheme is "http" or "https" ? Text(owner, key, at) : NotAnImage(at);
        }

        private static string NotAnImage(string at) => $"`{at}` must be an http(s) link or a base64 `data:` URL of a PNG, JPEG, GIF or WebP image";

        private static string? Audio(JsonNode? node, string at)
        {
            if (node is not JsonObject audio)
            {
                return $"`{at}` must be an object with `data` and `format`";
            }
            if (Fields(audio, at, "data", "format") is { } unknown)
            {
                return unknown;
            }
            return TryString(audio["data"], out var data) && Base64.IsValid(data) && TryString(audio["format"], out var format) && format is "wav" or "mp3"
                ? null
                : $"`{at}` must carry base64 `data` and a `format` of `wav` or `mp3`";
        }

        private string? Each(JsonArray items, string at)
        {
            for (var i = 0; i < items.Count; i++)
            {
                var index = i;
                if (!TryString(items[i], out var text))
                {
                    return $"`{at}[{i}]` must be a string";
                }
                texts.Add(new ChatText(text, false, "", released => Set(() => items[index] = released)));
            }
            return null;
        }

        public string? Text(JsonObject owner, string key, string at, bool fromTool = false, string toolName = "")
        {
            if (!TryString(owner[key], out var text))
            {
                return $"`{at}` must be a string";
            }
            texts.Add(new ChatText(text, fromTool, toolName, released => Set(() => owner[key] = released)));
            return null;
        }

        /// <summary>A definition is checked as its JSON text; a redaction must leave it JSON.</summary>
        public string? Definition(JsonObject owner, string key)
        {
            var value = owner[key]!;
            ChatJson.ReadEveryString(value); // a lone surrogate throws here, as a 400, not later in the endpoint
            texts.Add(new ChatText(ChatJson.AsRead(value), false, "", released =>
            {
                try
                {
                    owner[key] = ChatJson.ParseAsRead(released);
                    return true;
                }
                catch (JsonException)
                {
                    return false;
                }
            }));
            return null;
        }

        public static string? Id(JsonNode? node, string at) =>
            TryString(node, out var id) && id.Length is > 0 and <= 128 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' or ':')
                ? null
                : $"`{at}` must be an id (1 to 128 letters, digits, `_`, `-`, `.` or `:`)";

        private static bool Set(Action write)
        {
            write();
            return true;
        }

        public static bool TryString(JsonNode? node, [NotNullWhen(true)] out string? value)
        {
            value = null;
            return node is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.TryGetValue(out value);
        }
    }
}
