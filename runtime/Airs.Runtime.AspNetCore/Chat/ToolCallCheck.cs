using System.Text.Json;
using System.Text.Json.Nodes;
using Airs.Runtime.AI.Guarding;
using Airs.Runtime.Decisions;
using Airs.Runtime.Engine;

namespace Airs.Runtime.AspNetCore.Chat;

/// <summary>A tool call the model proposes, as OpenAI writes it: <c>{"id", "type": "function", "function": {"name", "arguments"}}</c>.</summary>
internal sealed record ProposedCall(string Id, string Name, string Arguments)
{
    /// <exception cref="UnreadableAnswerException">The call lacks an id (<see cref="UpstreamFields.IsIdentifier"/>), a function name or its arguments.</exception>
    public static ProposedCall Read(JsonNode? node) =>
        node is JsonObject call && UpstreamFields.Identifier(call["id"]) is { } id && call["function"] is JsonObject function
            && String(function["name"]) is { Length: > 0 } name && String(function["arguments"]) is { } arguments
            ? new ProposedCall(id, name, arguments)
            : throw new UnreadableAnswerException("a tool call lacks an `id` (an identifier), a function `name` or its `arguments`");

    /// <param name="index">The call's place in a streamed delta; null in a whole message.</param>
    public JsonObject ToJson(int? index)
    {
        var call = new JsonObject();
        if (index is { } at)
        {
            call["index"] = at;
        }
        call["id"] = Id;
        call["type"] = "function";
        call["function"] = new JsonObject { ["name"] = Name, ["arguments"] = Arguments };
        return call;
    }

    private static string? String(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}

/// <summary>What checking one turn's proposed calls came to: the calls that may reach the client, and a sentence for each refused one.</summary>
internal sealed record CheckedCalls(IReadOnlyList<ProposedCall> Allowed, IReadOnlyList<string> Notes)
{
    /// <summary>The allowed calls as a chat message's (or, <paramref name="indexed"/>, a streamed delta's) <c>tool_calls</c>.</summary>
    public JsonArray ToJson(bool indexed) => [.. Allowed.Select((call, i) => (JsonNode)call.ToJson(indexed ? i : null))];

    /// <summary>Every call refused: the turn ended, there is nothing left for the client to run.</summary>
    public string? Finish(string? proposed) => Allowed.Count == 0 && proposed == "tool_calls" ? "stop" : proposed;

    /// <summary>The answer's text with a sentence for each refused call after it.</summary>
    public string? WithNotes(string? text) =>
        Notes.Count == 0 ? text : string.Join("\n", new[] { text }.Concat(Notes).Where(t => t is { Length: > 0 }));
}

/// <summary>
/// Checks each tool call the model proposes as <c>tool_call</c>, before the client sees it; the gateway and the
/// middleware, streamed or not, all check calls here. Arguments that are not a JSON object, or not text throughout, cannot
/// be checked, so such a call is refused without asking the policy.
/// </summary>
internal static class ToolCallCheck
{
    /// <param name="commits">Where the decisions' audit commits go, to be awaited together before anything is sent; null: each decision awaits its own.</param>
    public static async Task<CheckedCalls> CheckAsync(PolicyEngine engine, IEnumerable<ProposedCall> calls, string input, AirsIdentity identity,
        CancellationToken cancellationToken, PendingCommits? commits = null)
    {
        var allowed = new List<ProposedCall>();
        var notes = new List<string>();
        foreach (var call in calls)
        {
            if (await RefusalAsync(engine, call, input, identity, commits, cancellationToken).ConfigureAwait(false) is { } refused)
            {
                notes.Add(refused);
            }
            else
            {
                allowed.Add(call);
            }
        }
        return new CheckedCalls(allowed, notes);
    }

    /// <returns>Null when the call may reach the client, otherwise the sentence that replaces it (<see cref="RefusedCallNote"/>).</returns>
    private static async Task<string?> RefusalAsync(PolicyEngine engine, ProposedCall call, string input, AirsIdentity identity,
        PendingCommits? commits, CancellationToken cancellationToken)
    {
        Dictionary<string, JsonElement> args;
        try
        {
            // A duplicate key is refused: the client's tool may read the other value than the one checked.
            using var document = JsonDocument.Parse(call.Arguments.Length == 0 ? "{}" : call.Arguments, new JsonDocumentOptions { AllowDuplicateProperties = false });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return RefusedCallNote.NotMade(engine.Spec, call.Name, "its arguments are not a JSON object.");
            }
            args = document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
        }
        catch (JsonException)
        {
            return RefusedCallNote.NotMade(engine.Spec, call.Name, "its arguments are not valid JSON.");
        }
        catch (InvalidOperationException)
        {
            // The duplicate-key check reads every name: one that is not text (a lone surrogate escape) throws there.
            return RefusedCallNote.NotMade(engine.Spec, call.Name, ToolArgumentText.Refusal + ".");
        }
        if (!ToolArgumentText.IsText(args))
        {
            return RefusedCallNote.NotMade(engine.Spec, call.Name, ToolArgumentText.Refusal + ".");
        }
        var context = GuardContext.Build(identity, input: input, toolName: call.Name, toolArgs: args);
        var decision = commits is null
            ? await engine.DecideAsync(Stage.ToolCall, context, cancellationToken).ConfigureAwait(false)
            : await commits.DecideAsync(engine, Stage.ToolCall, context, cancellationToken).ConfigureAwait(false);
        if (decision.IsReleased)
        {
            return null;
        }
        var why = RefusedCallNote.Reason(decision, decision.Outcome == Outcome.Escalate ? "it needs a person's review" : "the policy does not allow it");
        var ticket = decision.ReviewTicketId is { } id ? $" (review ticket `{id}`)" : "";
        return RefusedCallNote.NotMade(engine.Spec, call.Name, $"{why}{ticket} [decision `{decision.Id}`].");
    }
}
