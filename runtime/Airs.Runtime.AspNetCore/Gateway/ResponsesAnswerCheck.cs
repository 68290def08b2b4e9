using System.Text.Json.Nodes;
using Airs.Runtime.AI.Guarding;
using Airs.Runtime.AspNetCore.Chat;
using Airs.Runtime.Engine;

namespace Airs.Runtime.AspNetCore.Gateway;

/// <summary>
/// Checks a non-streamed Responses API answer before the client sees it, as <see cref="ChatAnswerCheck"/> checks a chat's:
/// the text of its messages (one <c>output</c> decision over all of them, redactions applied) and each proposed function call
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
        var messages = new List<(JsonObject Item, List<(string Type, string Text)> Parts)>();
        var proposed = new List<(string ItemId, ProposedCall Call)>();
        foreach (var node in items)
        {
            var item = node as JsonObject ?? throw new UnreadableAnswerException("an output item is not an object");
            switch (ResponsesItems.String(item["type"]))
            {
                case "message":
                    messages.Add((item, Parts(item)));
                    break;
                case "function_call":
                    proposed.Add(ResponsesItems.ReadCall(item));
                    break;
            }
        }
        var output = await MessagesAsync(engine, messages, input, identity, commits, cancellationToken).ConfigureAwait(false);
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

    /// <summary>A message's <c>output_text</c> and <c>refusal</c> parts, as (type, text).</summary>
    private static List<(string Type, string Text)> Parts(JsonObject item)
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
        return parts;
    }

    /// <summary>The messages rebuilt from their released parts: one decision over every part of every message.</summary>
    private static async Task<JsonArray> MessagesAsync(PolicyEngine engine, List<(JsonObject Item, List<(string Type, string Text)> Parts)> messages,
        string input, AirsIdentity identity, PendingCommits commits, CancellationToken cancellationToken)
    {
        var output = new JsonArray();
        if (messages.Count == 0)
        {
            return output;
        }
        // Joined with nothing between them, as the SDKs' `output_text` joins the parts of every message and a stream's
        // deltas are joined (ResponsesStreamRelay): text cut across two parts, or two messages, is checked, and redacted, whole.
        var released = new Queue<string>(await ChatAnswerCheck.ReleaseAsync(engine, [.. messages.SelectMany(m => m.Parts.Select(p => p.Text))], input,
            identity, commits, cancellationToken, separator: "").ConfigureAwait(false));
        foreach (var (item, parts) in messages)
        {
            List<(string Type, string Text)> checkedParts = [.. parts.Select(p => (p.Type, released.Dequeue()))];
            output.Add(ResponsesItems.Message(ResponsesItems.Identifier(item["id"]) ?? "", ResponsesItems.Identifier(item["status"]) ?? "completed", checkedParts));
        }
        return output;
    }
}
