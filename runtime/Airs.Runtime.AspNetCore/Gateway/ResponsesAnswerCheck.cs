using System.Text.Json.Nodes;
using Airs.Runtime.AI.Guarding;
using Airs.Runtime.AspNetCore.Chat;
using Airs.Runtime.Engine;

namespace Airs.Runtime.AspNetCore.Gateway;

/// <summary>
/// Checks a non-streamed Responses API answer before the client sees it, as <see cref="ChatAnswerCheck"/> checks a chat's:
/// each message's text (one <c>output</c> decision per message, redactions applied) and each proposed function call
/// (<see cref="ToolCallCheck"/>). A refused call is removed, and a message saying why is added after the others.
/// Reasoning, built-in tools' calls and anything else the policy cannot read are dropped. A refused message refuses the response.
/// </summary>
internal static class ResponsesAnswerCheck
{
    /// <exception cref="GatewayError">The policy refused an answer.</exception>
    /// <exception cref="UnreadableAnswerException">The upstream's answer cannot be checked.</exception>
    public static async Task<JsonObject> CheckAsync(PolicyEngine engine, JsonNode? upstream, string input, AirsIdentity identity,
        PendingCommits commits, CancellationToken cancellationToken)
    {
        if (upstream is not JsonObject response || response["output"] is not JsonArray items)
        {
            throw new UnreadableAnswerException("it has no `output`");
        }
        if (ResponsesItems.String(response["status"]) == "failed")
        {
            throw StreamEvent.Failed(response["error"]);
        }
        var output = new JsonArray();
        var proposed = new List<(string ItemId, ProposedCall Call)>();
        foreach (var node in items)
        {
            var item = node as JsonObject ?? throw new UnreadableAnswerException("an output item is not an object");
            switch (ResponsesItems.String(item["type"]))
            {
                case "message":
                    output.Add(await MessageAsync(engine, item, input, identity, commits, cancellationToken).ConfigureAwait(false));
                    break;
                case "function_call":
                    proposed.Add(ResponsesItems.ReadCall(item));
                    break;
            }
        }
        var calls = await ToolCallCheck.CheckAsync(engine, proposed.Select(p => p.Call), input, identity, cancellationToken, commits).ConfigureAwait(false);
        if (calls.Notes.Count > 0)
        {
            output.Add(ResponsesItems.Notes(calls.Notes));
        }
        foreach (var call in calls.Allowed)
        {
            output.Add(ResponsesItems.FunctionCall(proposed.First(p => ReferenceEquals(p.Call, call)).ItemId, call));
        }
        return ResponsesItems.Response(response, output);
    }

    private static async Task<JsonObject> MessageAsync(PolicyEngine engine, JsonObject item, string input, AirsIdentity identity,
        PendingCommits commits, CancellationToken cancellationToken)
    {
        var parts = new List<(string Type, string Text)>();
        foreach (var node in item["content"] as JsonArray ?? throw new UnreadableAnswerException("a message has no `content` array"))
        {
            var type = ResponsesItems.String(node?["type"]);
            var text = type switch
            {
                "output_text" => ResponsesItems.String(node!["text"]),
                "refusal" => ResponsesItems.String(node!["refusal"]),
                _ => throw new UnreadableAnswerException($"a message part of type `{type}` cannot be checked"),
            };
            parts.Add((type, text ?? throw new UnreadableAnswerException($"a `{type}` part has no text")));
        }
        // Joined with nothing between them, as the SDKs' `output_text` joins a message's parts and a stream's deltas are
        // joined (ResponsesStreamRelay): text cut across two parts is checked, and redacted, whole.
        var released = await ChatAnswerCheck.ReleaseAsync(engine, [.. parts.Select(p => p.Text)], input, identity, commits, cancellationToken, separator: "")
            .ConfigureAwait(false);
        return ResponsesItems.Message(ResponsesItems.Identifier(item["id"]) ?? "", ResponsesItems.Identifier(item["status"]) ?? "completed",
            parts.Select((p, i) => (p.Type, released[i])));
    }
}
