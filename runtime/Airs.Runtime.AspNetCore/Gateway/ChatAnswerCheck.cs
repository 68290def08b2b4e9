using System.Text.Json;
using System.Text.Json.Nodes;
using Airs.Runtime.AI.Guarding;
using Airs.Runtime.AspNetCore.Middleware;
using Airs.Runtime.Decisions;
using Airs.Runtime.Engine;

namespace Airs.Runtime.AspNetCore.Gateway;

/// <summary>
/// Checks a non-streamed chat completion before the client sees it, and rebuilds it from checked parts only: each
/// choice's text (content and refusal, one <c>output</c> decision per choice) with the policy's redactions, and each
/// proposed tool call (<c>tool_call</c>); a refused call is removed and a sentence saying why is added to the text.
/// What the policy cannot read (log probabilities, audio, reasoning, unknown fields) is dropped: nothing unchecked is
/// passed on. A refused answer refuses the whole response.
/// </summary>
internal static class ChatAnswerCheck
{
    private static readonly string[] KeptTopLevel = ["id", "object", "created", "model", "system_fingerprint", "service_tier", "usage"];

    /// <exception cref="GatewayError">The policy refused an answer (403), or the upstream's answer cannot be read (502).</exception>
    public static async Task<JsonObject> CheckAsync(PolicyEngine engine, JsonNode? upstream, string input, AirsIdentity identity,
        CancellationToken cancellationToken)
    {
        if (upstream is not JsonObject response || response["choices"] is not JsonArray choices)
        {
            throw Unreadable("it has no `choices`");
        }
        var checkedResponse = new JsonObject();
        foreach (var key in KeptTopLevel)
        {
            if (response[key] is { } value)
            {
                checkedResponse[key] = value.DeepClone();
            }
        }
        var checkedChoices = new JsonArray();
        foreach (var node in choices)
        {
            if (node is not JsonObject choice || choice["message"] is not JsonObject message)
            {
                throw Unreadable("a choice has no `message`");
            }
            checkedChoices.Add(await ChoiceAsync(engine, choice, message, input, identity, cancellationToken).ConfigureAwait(false));
        }
        checkedResponse["choices"] = checkedChoices;
        return checkedResponse;
    }

    private static async Task<JsonObject> ChoiceAsync(PolicyEngine engine, JsonObject choice, JsonObject message, string input, AirsIdentity identity,
        CancellationToken cancellationToken)
    {
        var content = OptionalString(message, "content");
        var refusal = OptionalString(message, "refusal");
        string?[] texts = [content, refusal];
        var present = texts.Where(t => t is { Length: > 0 }).Select(t => t!).ToList();
        if (present.Count > 0)
        {
            var batch = new TextBatch(present, "\n\n");
            var decision = await engine.DecideAsync(Stage.Output, ChatInputCheck.Context(identity, input: input, output: batch.Text), cancellationToken)
                .ConfigureAwait(false);
            if (!decision.IsReleased)
            {
                throw GatewayError.Refused(decision, "The answer was refused by policy.");
            }
            var released = new Queue<string>(batch.Released(decision));
            content = content is { Length: > 0 } ? released.Dequeue() : content;
            refusal = refusal is { Length: > 0 } ? released.Dequeue() : refusal;
        }

        var checkedMessage = new JsonObject { ["role"] = "assistant" };
        var finish = OptionalString(choice, "finish_reason");
        var notes = new List<string>();
        if (message["tool_calls"] is JsonArray calls)
        {
            var allowed = new JsonArray();
            foreach (var node in calls)
            {
                var (id, name, arguments) = ToolCall(node);
                var refused = await ToolCallCheck.RefusalAsync(engine, name, arguments, input, identity, cancellationToken).ConfigureAwait(false);
                if (refused is null)
                {
                    allowed.Add(new JsonObject { ["id"] = id, ["type"] = "function", ["function"] = new JsonObject { ["name"] = name, ["arguments"] = arguments } });
                }
                else
                {
                    notes.Add(refused);
                }
            }
            if (allowed.Count > 0)
            {
                checkedMessage["tool_calls"] = allowed;
            }
            else if (finish == "tool_calls")
            {
                finish = "stop"; // every call refused: the turn ended, there is nothing left for the client to run
            }
        }
        else if (message["tool_calls"] is not null || message["function_call"] is not null)
        {
            throw Unreadable("a message's `tool_calls` is not an array, or it uses the legacy `function_call`");
        }
        if (notes.Count > 0)
        {
            content = string.Join("\n", new[] { content }.Concat(notes).Where(t => t is { Length: > 0 }));
        }
        checkedMessage["content"] = content;
        if (refusal is not null)
        {
            checkedMessage["refusal"] = refusal;
        }
        return new JsonObject
        {
            ["index"] = choice["index"]?.DeepClone() ?? 0,
            ["message"] = checkedMessage,
            ["logprobs"] = null,
            ["finish_reason"] = finish,
        };
    }

    /// <summary>A proposed call as OpenAI writes it: <c>{"id", "type": "function", "function": {"name", "arguments"}}</c>.</summary>
    public static (string Id, string Name, string Arguments) ToolCall(JsonNode? node)
    {
        if (node is JsonObject call && OptionalString(call, "id") is { } id && call["function"] is JsonObject function
            && OptionalString(function, "name") is { Length: > 0 } name && OptionalString(function, "arguments") is { } arguments)
        {
            return (id, name, arguments);
        }
        throw Unreadable("a tool call lacks an `id`, a function `name` or its `arguments`");
    }

    public static GatewayError Unreadable(string why) =>
        new(502, "upstream_error", "unreadable_upstream_response", $"the upstream's answer could not be checked: {why}");

    private static string? OptionalString(JsonObject owner, string key) => owner[key] switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        _ => throw Unreadable($"`{key}` is not a string"),
    };
}
