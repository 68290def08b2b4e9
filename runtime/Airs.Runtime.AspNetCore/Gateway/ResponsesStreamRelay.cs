using System.Text;
using System.Text.Json.Nodes;
using Airs.Runtime.AI.Guarding;
using Airs.Runtime.AspNetCore.Chat;
using Airs.Runtime.Context;
using Airs.Runtime.Engine;
using Airs.Runtime.Streaming;

namespace Airs.Runtime.AspNetCore.Gateway;

/// <summary>
/// A streamed Responses API answer released as it is checked. The gateway writes its own events from checked parts
/// only: the text deltas of every message go through one <see cref="StreamingRelease"/>, since an app joins them (the
/// SDKs' <c>output_text</c>, a loop writing each delta), and leave as <c>response.output_text.delta</c> of one message,
/// whose whole-text decision comes when the response completes. Function
/// calls arrive in fragments; they are gathered and checked whole when the response completes, and only allowed ones
/// are sent (a message saying why stands for refused ones), before <c>response.completed</c>, whose <c>output</c> is what
/// was sent. Reasoning, annotations and other events the policy cannot read are dropped. A refusal ends the stream with
/// an <c>error</c> event carrying the decision. One instance per stream; not thread-safe.
/// </summary>
/// <param name="write">Writes raw SSE text and flushes it.</param>
internal sealed class ResponsesStreamRelay(PolicyEngine engine, AirsIdentity identity, string input, StreamingReleaseOptions? options,
    Func<string, CancellationToken, Task> write) : IStreamRelay
{
    private readonly RequestContext context = GuardContext.Build(identity, input: input);
    // The upstream's messages by id: every one begun, and those not yet done.
    private readonly HashSet<string> begun = new(StringComparer.Ordinal);
    private readonly HashSet<string> open = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Call> calls = new(StringComparer.Ordinal);
    private readonly List<JsonObject> output = [];
    private JsonObject response = [];
    private Message? text;
    private int sequence;

    public string EndMarker => "`response.completed`";

    public JsonNode? Usage { get; private set; }

    public async Task<bool> DataAsync(string data, CancellationToken cancellationToken)
    {
        var e = StreamEvent.Parse(data);
        var item = e["item"] as JsonObject;
        var itemId = ResponsesItems.Identifier(e["item_id"]) ?? "";
        switch (ResponsesItems.String(e["type"]))
        {
            case "response.created":
                response = e["response"] as JsonObject ?? response;
                await SendAsync("response.created", new JsonObject { ["response"] = ResponsesItems.Response(response, [], "in_progress") }, cancellationToken)
                    .ConfigureAwait(false);
                return true;
            case "response.output_item.added" when ResponsesItems.String(item?["type"]) == "message":
                return await AddMessageAsync(ResponsesItems.Identifier(item!["id"]) ?? $"msg_{begun.Count}", cancellationToken).ConfigureAwait(false);
            case "response.output_item.added" when ResponsesItems.String(item?["type"]) == "function_call":
                calls[ResponsesItems.Identifier(item!["id"]) ?? ""] = new Call(item);
                return true;
            case "response.output_text.delta" or "response.refusal.delta":
                var message = open.Contains(itemId) ? text! : throw new UnreadableAnswerException("a text delta names no open message of the stream");
                var step = await message.Release.AppendAsync(ResponsesItems.String(e["delta"]) ?? "", cancellationToken).ConfigureAwait(false);
                return await SendTextAsync(message, step, cancellationToken).ConfigureAwait(false);
            case "response.function_call_arguments.delta":
                calls.GetValueOrDefault(itemId)?.Arguments.Append(ResponsesItems.String(e["delta"]));
                return true;
            case "response.output_item.done" when ResponsesItems.String(item?["type"]) == "message":
                // A message the stream never opened: its text was never checked, and returning false here would end the
                // stream with neither `response.completed` nor an error, which an SDK reads as a complete answer. The
                // text's whole decision waits for the response's end: a later message's text continues it.
                var ended = ResponsesItems.Identifier(item!["id"]) ?? "";
                if (!begun.Contains(ended))
                {
                    throw new UnreadableAnswerException("a message ends that the stream never began");
                }
                open.Remove(ended);
                return true;
            case "response.output_item.done" when ResponsesItems.String(item?["type"]) == "function_call":
                calls[ResponsesItems.Identifier(item!["id"]) ?? ""] = new Call(item); // the whole call, as the upstream made it
                return true;
            case "response.completed" or "response.incomplete":
                response = e["response"] as JsonObject ?? response;
                Usage = response["usage"];
                await CompleteAsync(cancellationToken).ConfigureAwait(false);
                return false;
            case "response.failed":
                throw StreamEvent.Failed((e["response"] as JsonObject)?["error"]);
            case "error":
                throw StreamEvent.Failed(e);
            default:
                return true; // reasoning, annotations, part and done events: the gateway writes its own
        }
    }

    /// <summary>The Responses API's error event, with the decision when the policy refused.</summary>
    public Task FailAsync(GatewayError error, CancellationToken cancellationToken)
    {
        var body = (JsonObject)error.ToJson()["error"]!.DeepClone();
        body.Remove("type");
        return SendAsync("error", body, cancellationToken);
    }

    /// <summary>The first message of the response opens the one the gateway sends; later ones continue its text.</summary>
    private async Task<bool> AddMessageAsync(string id, CancellationToken cancellationToken)
    {
        begun.Add(id);
        open.Add(id);
        if (text is null)
        {
            text = new Message(id, output.Count, new StreamingRelease(engine, context, options));
            await OpenMessageAsync(text.Id, text.Index, cancellationToken).ConfigureAwait(false);
        }
        return true;
    }

    /// <summary>An assistant message with one <c>output_text</c> part begins at <paramref name="index"/> of the output.</summary>
    private async Task OpenMessageAsync(string id, int index, CancellationToken cancellationToken)
    {
        output.Add(ResponsesItems.Message(id, "in_progress", []));
        await SendAsync("response.output_item.added", new JsonObject { ["output_index"] = index, ["item"] = output[index].DeepClone() }, cancellationToken)
            .ConfigureAwait(false);
        await SendAsync("response.content_part.added", Located(id, index, "part", ResponsesItems.Part("output_text", "")), cancellationToken).ConfigureAwait(false);
    }

    private Task SendDeltaAsync(string id, int index, string text, CancellationToken cancellationToken)
    {
        var delta = Located(id, index, "delta", text);
        delta["logprobs"] = new JsonArray();
        return SendAsync("response.output_text.delta", delta, cancellationToken);
    }

    /// <returns>False when <paramref name="step"/> refused: the stream has then ended with the refusal.</returns>
    private async Task<bool> SendTextAsync(Message message, ReleaseStep step, CancellationToken cancellationToken)
    {
        if (step.IsRefused)
        {
            await FailAsync(GatewayError.Refused(step.Decision!, "The answer was refused by policy."), cancellationToken).ConfigureAwait(false);
            return false;
        }
        if (step.Text.Length > 0)
        {
            message.Sent.Append(step.Text);
            await SendDeltaAsync(message.Id, message.Index, step.Text, cancellationToken).ConfigureAwait(false);
        }
        return true;
    }

    /// <summary>The message's whole-text decision, its rest, and its done events.</summary>
    private async Task<bool> EndMessageAsync(Message message, CancellationToken cancellationToken)
    {
        if (!await SendTextAsync(message, await message.Release.CompleteAsync(cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false))
        {
            return false;
        }
        await CloseMessageAsync(message.Id, message.Index, message.Sent.ToString(), cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>The message at <paramref name="index"/> is done: <paramref name="text"/> is all it released.</summary>
    private async Task CloseMessageAsync(string id, int index, string text, CancellationToken cancellationToken)
    {
        var done = Located(id, index, "text", text);
        done["logprobs"] = new JsonArray();
        await SendAsync("response.output_text.done", done, cancellationToken).ConfigureAwait(false);
        await SendAsync("response.content_part.done", Located(id, index, "part", ResponsesItems.Part("output_text", text)), cancellationToken).ConfigureAwait(false);
        output[index] = ResponsesItems.Message(id, "completed", [("output_text", text)]);
        await SendAsync("response.output_item.done", new JsonObject { ["output_index"] = index, ["item"] = output[index].DeepClone() }, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>The response has ended: open messages end, proposed calls are checked and the allowed ones sent, then the response.</summary>
    private async Task CompleteAsync(CancellationToken cancellationToken)
    {
        if (text is not null && !await EndMessageAsync(text, cancellationToken).ConfigureAwait(false))
        {
            return;
        }
        var proposed = calls.Select(c => (ItemId: c.Key, Call: c.Value.Proposed())).ToList();
        var checkedCalls = await ToolCallCheck.CheckAsync(engine, proposed.Select(p => p.Call), input, identity, cancellationToken).ConfigureAwait(false);
        if (checkedCalls.Notes.Count > 0)
        {
            var index = output.Count;
            var notes = string.Join("\n", checkedCalls.Notes);
            await OpenMessageAsync(ResponsesItems.NotesId, index, cancellationToken).ConfigureAwait(false);
            await SendDeltaAsync(ResponsesItems.NotesId, index, notes, cancellationToken).ConfigureAwait(false);
            await CloseMessageAsync(ResponsesItems.NotesId, index, notes, cancellationToken).ConfigureAwait(false);
        }
        foreach (var call in checkedCalls.Allowed)
        {
            var itemId = proposed.First(p => ReferenceEquals(p.Call, call)).ItemId;
            var index = output.Count;
            output.Add(ResponsesItems.FunctionCall(itemId, call));
            await SendAsync("response.output_item.added",
                new JsonObject { ["output_index"] = index, ["item"] = ResponsesItems.FunctionCall(itemId, call, "in_progress") }, cancellationToken).ConfigureAwait(false);
            await SendAsync("response.function_call_arguments.delta",
                new JsonObject { ["item_id"] = itemId, ["output_index"] = index, ["delta"] = call.Arguments }, cancellationToken).ConfigureAwait(false);
            await SendAsync("response.function_call_arguments.done",
                new JsonObject { ["item_id"] = itemId, ["output_index"] = index, ["arguments"] = call.Arguments }, cancellationToken).ConfigureAwait(false);
            await SendAsync("response.output_item.done", new JsonObject { ["output_index"] = index, ["item"] = output[index].DeepClone() },
                cancellationToken).ConfigureAwait(false);
        }
        var status = ResponsesItems.String(response["status"]) is "incomplete" ? "incomplete" : "completed";
        await SendAsync($"response.{status}",
            new JsonObject { ["response"] = ResponsesItems.Response(response, [.. output.Select(o => o.DeepClone())], status) }, cancellationToken)
            .ConfigureAwait(false);
    }

    private static JsonObject Located(string id, int index, string key, JsonNode value) => new()
    {
        ["item_id"] = id,
        ["output_index"] = index,
        ["content_index"] = 0,
        [key] = value,
    };

    private Task SendAsync(string type, JsonObject body, CancellationToken cancellationToken)
    {
        var e = new JsonObject { ["type"] = type, ["sequence_number"] = sequence++ };
        foreach (var (key, value) in body.ToList())
        {
            body.Remove(key);
            e[key] = value;
        }
        return write($"event: {type}\ndata: {e.ToJsonString(ChatJson.Wire)}\n\n", cancellationToken);
    }

    /// <summary>One message of the answer: its place in the output, its releaser and the text sent so far.</summary>
    private sealed class Message(string id, int index, StreamingRelease release)
    {
        public string Id { get; } = id;

        public int Index { get; } = index;

        public StreamingRelease Release { get; } = release;

        public StringBuilder Sent { get; } = new();
    }

    /// <summary>A proposed function call as gathered: its name and call id from the item, its arguments from the deltas (or the final item).</summary>
    private sealed class Call(JsonObject item)
    {
        public StringBuilder Arguments { get; } = new(ResponsesItems.String(item["arguments"]) ?? "");

        /// <exception cref="UnreadableAnswerException">The call never got its call id (an identifier, as in a whole answer: no decision reads it) or its name.</exception>
        public ProposedCall Proposed() =>
            UpstreamFields.Identifier(item["call_id"]) is { } callId && ResponsesItems.String(item["name"]) is { Length: > 0 } name
                ? new ProposedCall(callId, name, Arguments.ToString())
                : throw new UnreadableAnswerException("a streamed function call lacks a `call_id` (an identifier) or a `name`");
    }
}
