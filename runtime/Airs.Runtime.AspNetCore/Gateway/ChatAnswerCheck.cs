using System.Text.Json;
using System.Text.Json.Nodes;
using Airs.Runtime.AI.Guarding;
using Airs.Runtime.AspNetCore.Chat;
using Airs.Runtime.Decisions;
using Airs.Runtime.Engine;

namespace Airs.Runtime.AspNetCore.Gateway;

/// <summary>
/// Checks a non-streamed chat completion before the client sees it, and rebuilds it from checked parts only: each
/// choice's text (content and refusal, one <c>output</c> decision per choice) with the policy's redactions, and each
/// proposed tool call (<see cref="ToolCallCheck"/>); a refused call is removed and a sentence saying why is added to the text.
/// What the policy cannot read (log probabilities, audio, reasoning, unknown fields) is dropped: nothing unchecked is
/// passed on. A refused answer refuses the whole response. The decisions' audit records commit meanwhile
/// (<see cref="PendingCommits"/>): the caller sends the result, or the refusal, only once they are durable.
/// </summary>
internal static class ChatAnswerCheck
{
    private static readonly string[] KeptTopLevel = ["id", "object", "created", "model", "system_fingerprint", "service_tier", "usage"];

    /// <exception cref="GatewayError">The policy refused an answer (403).</exception>
    /// <exception cref="UnreadableAnswerException">The upstream's answer cannot be checked.</exception>
    public static async Task<JsonObject> CheckAsync(PolicyEngine engine, JsonNode? upstream, string input, AirsIdentity identity,
        PendingCommits commits, CancellationToken cancellationToken)
    {
        if (upstream is not JsonObject response || response["choices"] is not JsonArray choices)
        {
            throw new UnreadableAnswerException("it has no `choices`");
        }
        var checkedResponse = new JsonObject();
        foreach (var key in KeptTopLevel)
        {
            if (UpstreamFields.Copy(response[key]) is { } value)
            {
                checkedResponse[key] = value;
            }
        }
        var checkedChoices = new JsonArray();
        foreach (var node in choices)
        {
            if (node is not JsonObject choice || choice["message"] is not JsonObject message)
            {
                throw new UnreadableAnswerException("a choice has no `message`");
            }
            checkedChoices.Add(await ChoiceAsync(engine, choice, message, input, identity, commits, cancellationToken).ConfigureAwait(false));
        }
        checkedResponse["choices"] = checkedChoices;
        return checkedResponse;
    }

    private static async Task<JsonObject> ChoiceAsync(PolicyEngine engine, JsonObject choice, JsonObject message, string input, AirsIdentity identity,
        PendingCommits commits, CancellationToken cancellationToken)
    {
        var content = OptionalString(message, "content");
        var refusal = OptionalString(message, "refusal");
        string?[] texts = [content, refusal];
        var present = texts.Where(t => t is { Length: > 0 }).Select(t => t!).ToList();
        if (present.Count > 0)
        {
            var released = new Queue<string>(await ReleaseAsync(engine, present, input, identity, commits, cancellationToken).ConfigureAwait(false));
            content = content is { Length: > 0 } ? released.Dequeue() : content;
            refusal = refusal is { Length: > 0 } ? released.Dequeue() : refusal;
        }

        var checkedMessage = new JsonObject { ["role"] = "assistant" };
        // Set by the model server and read by no decision: an identifier, as the ids beside it (UpstreamFields).
        var finish = choice["finish_reason"] is null ? null
            : UpstreamFields.Identifier(choice["finish_reason"]) ?? throw new UnreadableAnswerException("a choice's `finish_reason` is not an identifier");
        if (message["tool_calls"] is JsonArray proposed)
        {
            var calls = await ToolCallCheck.CheckAsync(engine, proposed.Select(ProposedCall.Read).ToList(), input, identity, cancellationToken, commits)
                .ConfigureAwait(false);
            if (calls.Allowed.Count > 0)
            {
                checkedMessage["tool_calls"] = calls.ToJson(indexed: false);
            }
            finish = calls.Finish(finish);
            content = calls.WithNotes(content);
        }
        else if (message["tool_calls"] is not null || message["function_call"] is not null)
        {
            throw new UnreadableAnswerException("a message's `tool_calls` is not an array, or it uses the legacy `function_call`");
        }
        checkedMessage["content"] = content;
        if (refusal is not null)
        {
            checkedMessage["refusal"] = refusal;
        }
        return new JsonObject
        {
            ["index"] = choice["index"] switch
            {
                null => 0,
                JsonValue index when index.TryGetValue<int>(out var at) => at,
                _ => throw new UnreadableAnswerException("a choice's `index` is not a number"),
            },
            ["message"] = checkedMessage,
            ["logprobs"] = null,
            ["finish_reason"] = finish,
        };
    }

    /// <summary>One answer's texts, checked in one <c>output</c> decision, as the policy releases them (redactions applied).</summary>
    /// <param name="separator">What joins the texts for the check: as the client joins them when they are one text to it.</param>
    /// <exception cref="GatewayError">The policy refused the answer.</exception>
    public static async Task<IReadOnlyList<string>> ReleaseAsync(PolicyEngine engine, IReadOnlyList<string> texts, string input, AirsIdentity identity,
        PendingCommits commits, CancellationToken cancellationToken, string separator = "\n\n")
    {
        var batch = new TextBatch(texts, separator);
        var decision = await commits.DecideAsync(engine, Stage.Output, GuardContext.Build(identity, input: input, output: batch.Text), cancellationToken)
            .ConfigureAwait(false);
        return decision.IsReleased ? batch.Released(decision) : throw GatewayError.Refused(decision, "The answer was refused by policy.");
    }

    private static string? OptionalString(JsonObject owner, string key) => owner[key] switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        _ => throw new UnreadableAnswerException($"`{key}` is not a string"),
    };
}
