using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace Airs.Runtime.AspNetCore.Tests.Middleware;

/// <summary>
/// Random OpenAI chat request bodies with a known text in one random place: any string in the body, an unknown or
/// case-variant property, a part type the reader does not know, or a duplicate key.
/// </summary>
internal static class ChatRequestShapes
{
    public static Gen<(string Body, string Where)> Carrying(string text) =>
        from request in Requests
        from mutation in Gen.Choose(0, 9)
        from pick in Gen.Choose(0, 10_000)
        from key in Gen.Elements("note", "Content", "Messages", "Text", "extra", "input_text", "Instructions", "NAME", "system", "Role", "prompt_")
        from type in Gen.Elements("input_text", "TEXT", "Text", "output_text", "file", "image")
        from textFirst in Gen.Elements(true, false)
        select Inject(request, text, mutation, pick, key, type, textFirst);

    private static Gen<string> Clean => Gen.Elements("hello", "What is the limit?", "Thanks.", "Order 1234, please", "", "ok\nbye");

    private static Gen<JsonNode?> Part => Gen.OneOf(
        Clean.Select(t => (JsonNode?)new JsonObject { ["type"] = "text", ["text"] = t }),
        Clean.Select(t => (JsonNode?)new JsonObject { ["type"] = "refusal", ["refusal"] = t }),
        Gen.Elements("https://x.example/a.png", "data:image/png;base64,iVBORw0KGgo=").Select(u => (JsonNode?)new JsonObject
        {
            ["type"] = "image_url", ["image_url"] = new JsonObject { ["url"] = u, ["detail"] = "auto" },
        }),
        Gen.Constant(0).Select(_ => (JsonNode?)new JsonObject
        {
            ["type"] = "input_audio", ["input_audio"] = new JsonObject { ["data"] = "UklGRg==", ["format"] = "wav" },
        }));

    private static Gen<JsonNode?> Content => Gen.OneOf(
        Clean.Select(t => (JsonNode?)t),
        Gen.Constant<JsonNode?>(null),
        Gen.NonEmptyListOf(Part).Select(parts => (JsonNode?)new JsonArray([.. parts])));

    private static Gen<JsonObject> Message =>
        from role in Gen.Elements("system", "developer", "user", "assistant", "tool", "function")
        from content in Content
        from extra in Gen.Elements(true, false)
        select Build(role, content, extra);

    private static JsonObject Build(string role, JsonNode? content, bool extra)
    {
        var message = new JsonObject { ["role"] = role, ["content"] = content };
        switch (role)
        {
            case "assistant" when extra:
                message["tool_calls"] = new JsonArray(new JsonObject
                {
                    ["id"] = "call_1", ["type"] = "function",
                    ["function"] = new JsonObject { ["name"] = "faq.search", ["arguments"] = """{"query":"limits"}""" },
                });
                break;
            case "tool":
                message["tool_call_id"] = "call_1";
                break;
            case "function":
                message["name"] = "faq.search";
                break;
            default:
                if (extra)
                {
                    message["name"] = "bob";
                }
                break;
        }
        return message;
    }

    private static Gen<JsonObject> Requests =>
        from messages in Gen.NonEmptyListOf(Message)
        from useInput in Gen.Frequency((1, Gen.Constant(true)), (4, Gen.Constant(false)))
        from options in Gen.SubListOf(["model", "instructions", "prompt", "tools", "stop", "metadata", "stream", "temperature"])
        select Request(messages, useInput, options);

    private static JsonObject Request(IEnumerable<JsonObject> messages, bool useInput, IEnumerable<string> options)
    {
        var request = useInput ? new JsonObject { ["input"] = "hello" } : new JsonObject { ["messages"] = new JsonArray([.. messages.Take(6)]) };
        foreach (var option in options)
        {
            request[option] = option switch
            {
                "model" => "gpt-test",
                "instructions" => "Be brief.",
                "prompt" => new JsonArray("first", "second"),
                "tools" => new JsonArray(new JsonObject
                {
                    ["type"] = "function",
                    ["function"] = new JsonObject { ["name"] = "faq.search", ["description"] = "Searches the FAQ", ["parameters"] = new JsonObject { ["type"] = "object" } },
                }),
                "stop" => new JsonArray("\n\n"),
                "metadata" => new JsonObject { ["team"] = "support" },
                "stream" => true,
                _ => 0.2,
            };
        }
        return request;
    }

    private static (string Body, string Where) Inject(JsonObject request, string text, int mutation, int pick, string key, string type, bool textFirst)
    {
        var strings = Strings(request).ToList();
        var objects = Objects(request).ToList();
        var parts = objects.Where(o => o["type"] is JsonValue v && v.GetValueKind() == JsonValueKind.String && o.Parent is JsonArray && o.Parent.Parent is JsonObject m && m.ContainsKey("role")).ToList();
        switch (mutation)
        {
            case 6 or 7:
                // An unknown or case-variant property carrying the text.
                var owner = objects[pick % objects.Count];
                var name = owner.ContainsKey(key) ? key + "_" : key;
                owner[name] = text;
                return (request.ToJsonString(), $"unknown property `{name}` on {owner.GetPath()}");
            case 8 when parts.Count > 0:
                // A part type the reader does not know, carrying the text.
                var part = parts[pick % parts.Count];
                var array = (JsonArray)part.Parent!;
                array[array.IndexOf(part)] = new JsonObject { ["type"] = type, ["text"] = text };
                return (request.ToJsonString(), $"part type `{type}` at {part.GetPath()}");
            case 9:
                // A duplicate key: the text beside the clean value, in either order.
                var (dupOwner, dupKey, clean) = strings.Select(s => (s.Node.Parent as JsonObject, s.Key, s.Value)).Where(s => s.Item1 is not null).ElementAtOrDefault(pick % Math.Max(1, strings.Count));
                if (dupOwner is null || dupKey is null)
                {
                    goto default;
                }
                dupOwner[dupKey] = "__DUPLICATE__";
                var pair = textFirst
                    ? $"{Quote(dupKey)}:{Quote(text)},{Quote(dupKey)}:{Quote(clean)}"
                    : $"{Quote(dupKey)}:{Quote(clean)},{Quote(dupKey)}:{Quote(text)}";
                return (request.ToJsonString().Replace($"{Quote(dupKey)}:\"__DUPLICATE__\"", pair, StringComparison.Ordinal), $"duplicate `{dupKey}` at {dupOwner.GetPath()}");
            default:
                // Any string in the body.
                var (node, _, _) = strings[pick % strings.Count];
                var at = node.GetPath();
                node.ReplaceWith(text);
                return (request.ToJsonString(), $"string at {at}");
        }
    }

    private static string Quote(string value) => JsonSerializer.Serialize(value);

    private static IEnumerable<(JsonValue Node, string Key, string Value)> Strings(JsonNode? node) => node switch
    {
        JsonObject obj => obj.ToList().SelectMany(p => p.Value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? [(v, p.Key, v.GetValue<string>())] : Strings(p.Value)),
        JsonArray array => array.SelectMany(item => item is JsonValue v && v.GetValueKind() == JsonValueKind.String ? [(v, v.GetPath(), v.GetValue<string>())] : Strings(item)),
        _ => [],
    };

    private static IEnumerable<JsonObject> Objects(JsonNode? node) => node switch
    {
        JsonObject obj => [obj, .. obj.SelectMany(p => Objects(p.Value))],
        JsonArray array => array.SelectMany(Objects),
        _ => [],
    };
}
