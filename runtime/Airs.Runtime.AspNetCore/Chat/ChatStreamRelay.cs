using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Airs.Runtime.AI.Guarding;
using Airs.Runtime.Context;
using Airs.Runtime.Engine;
using Airs.Runtime.Streaming;

namespace Airs.Runtime.AspNetCore.Chat;

/// <summary>
/// One streamed chat completion (OpenAI's <c>chat.completion.chunk</c> events) released as it is checked: the gateway
/// feeds it the upstream's chunks, the middleware the endpoint's. Each choice's text (content and refusal) goes through
/// its own <see cref="StreamingRelease"/> and leaves in chunks rebuilt from checked parts only, so what the policy cannot
/// read (log probabilities, unknown fields) is not passed on. Proposed tool calls arrive in fragments; they are gathered
/// and checked whole when the answer ends (<see cref="ToolCallCheck"/>), and only allowed ones are sent, before the
/// final chunk. A refusal ends the stream with an error event; nothing unchecked has been sent. The host writes
/// <c>[DONE]</c> after <see cref="EndAsync"/>. One instance per stream; not thread-safe.
/// </summary>
/// <param name="send">Writes one event's data and flushes it.</param>
/// <param name="refusal">The error event (<c>{"error": …}</c>) for a decision that refused the answer.</param>
internal sealed class ChatStreamRelay(PolicyEngine engine, AirsIdentity identity, string input, StreamingReleaseOptions? options,
    Func<string, CancellationToken, Task> send, Func<Decision, JsonObject> refusal)
{
    private static readonly string[] KeptFields = ["id", "created", "model", "system_fingerprint", "service_tier"];
    private static readonly string[] TextFields = ["content", "refusal"];

    private readonly RequestContext context = GuardContext.Build(identity, input: input);
    private readonly SortedDictionary<int, Choice> choices = [];
    private readonly JsonObject template = new() { ["object"] = "chat.completion.chunk" };
    private JsonObject? usage;
    private bool finished;

    /// <summary>The stream has ended with an error event: nothing more may be sent.</summary>
    public bool Ended { get; private set; }

    /// <summary>Whether the usage chunk is passed on (false: the gateway asked the upstream for it, not the client).</summary>
    public bool ForwardUsage { get; init; } = true;

    /// <summary>The usage the stream reported, or null when it has not.</summary>
    public JsonObject? Usage => usage;

    /// <returns>False when the stream has ended with a refusal.</returns>
    /// <exception cref="UnreadableAnswerException">The chunk is not one this reader can check.</exception>
    public async Task<bool> ChunkAsync(JsonObject chunk, CancellationToken cancellationToken)
    {
        foreach (var key in KeptFields)
        {
            if (UpstreamFields.Copy(chunk[key]) is { } value)
            {
                template[key] = value;
            }
        }
        if (chunk["usage"] is JsonObject reported)
        {
            usage = (JsonObject)UpstreamFields.Copy(reported)!;
        }
        if (chunk["choices"] is not JsonArray list)
        {
            return chunk["usage"] is JsonObject ? true : throw new UnreadableAnswerException("a stream event has no `choices`");
        }
        foreach (var node in list)
        {
            if (node is not JsonObject choice)
            {
                throw new UnreadableAnswerException("a stream choice is not an object");
            }
            var index = choice["index"] is JsonValue i && i.TryGetValue<int>(out var n) ? n : 0;
            if (!choices.TryGetValue(index, out var state))
            {
                state = new Choice(new StreamingRelease(engine, context, options));
                choices[index] = state;
                // The role alone carries no text: the client learns at once that an answer is coming.
                await WriteAsync(Delta(index, new JsonObject { ["role"] = "assistant", ["content"] = "" }, null), cancellationToken).ConfigureAwait(false);
            }
            if (choice["finish_reason"] is JsonValue f && f.GetValueKind() == JsonValueKind.String)
            {
                // Set by the model server and read by no decision: an identifier, as the ids beside it (UpstreamFields).
                state.Finish = UpstreamFields.Identifier(f) ?? throw new UnreadableAnswerException("a stream choice's `finish_reason` is not an identifier");
            }
            if (choice["delta"] is not JsonObject delta)
            {
                continue;
            }
            foreach (var key in TextFields)
            {
                if (TextOf(delta, key) is { Length: > 0 } piece)
                {
                    var step = await state.Release.AppendAsync(piece, cancellationToken).ConfigureAwait(false);
                    if (!await SendAsync(index, step, cancellationToken).ConfigureAwait(false))
                    {
                        return false;
                    }
                }
            }
            if (delta["tool_calls"] is JsonArray calls)
            {
                state.Gather(calls);
            }
            else if (delta["tool_calls"] is not null || delta["function_call"] is not null)
            {
                // As for a whole answer (ChatAnswerCheck): a call this reader cannot check is not silently dropped.
                throw new UnreadableAnswerException("a streamed delta's `tool_calls` is not an array, or it uses the legacy `function_call`");
            }
        }
        return true;
    }

    /// <summary>A delta's text field: absent or null is no text; any other kind than a string is a chunk this reader cannot check.</summary>
    private static string? TextOf(JsonObject delta, string key) => delta[key] switch
    {
        null => null,
        JsonValue text when text.GetValueKind() == JsonValueKind.String => text.GetValue<string>(),
        _ => throw new UnreadableAnswerException($"a streamed delta's `{key}` is not a string"),
    };

    /// <summary>
    /// The answer has ended: each choice's rest after the whole-answer check, its allowed tool calls and its finish,
    /// then the usage. Only the first call does anything.
    /// </summary>
    /// <returns>False when the stream has ended with a refusal.</returns>
    public async Task<bool> EndAsync(CancellationToken cancellationToken)
    {
        if (finished)
        {
            return !Ended;
        }
        finished = true;
        foreach (var (index, choice) in choices)
        {
            if (!await EndChoiceAsync(index, choice, cancellationToken).ConfigureAwait(false))
            {
                return false;
            }
        }
        if (usage is not null && ForwardUsage)
        {
            await WriteAsync(Chunk([], usage.DeepClone()), cancellationToken).ConfigureAwait(false);
        }
        return true;
    }

    /// <summary>Ends the stream with an error event; no <c>[DONE]</c> follows.</summary>
    public async Task FailAsync(JsonObject error, CancellationToken cancellationToken)
    {
        Ended = true;
        await send(error.ToJsonString(ChatJson.Wire), cancellationToken).ConfigureAwait(false);
    }

    private async Task<bool> EndChoiceAsync(int index, Choice choice, CancellationToken cancellationToken)
    {
        if (!await SendAsync(index, await choice.Release.CompleteAsync(cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false))
        {
            return false;
        }
        var calls = await ToolCallCheck.CheckAsync(engine, choice.Proposed(), input, identity, cancellationToken).ConfigureAwait(false);
        if (calls.Notes.Count > 0)
        {
            var prefix = choice.Release.ReleasedLength > 0 ? "\n" : "";
            await WriteAsync(Delta(index, new JsonObject { ["content"] = prefix + string.Join("\n", calls.Notes) }, null), cancellationToken).ConfigureAwait(false);
        }
        if (calls.Allowed.Count > 0)
        {
            await WriteAsync(Delta(index, new JsonObject { ["tool_calls"] = calls.ToJson(indexed: true) }, null), cancellationToken).ConfigureAwait(false);
        }
        await WriteAsync(Delta(index, [], calls.Finish(choice.Finish) ?? "stop"), cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <returns>False when <paramref name="step"/> refused: the stream has then ended with the refusal.</returns>
    private async Task<bool> SendAsync(int index, ReleaseStep step, CancellationToken cancellationToken)
    {
        if (step.IsRefused)
        {
            await FailAsync(refusal(step.Decision!), cancellationToken).ConfigureAwait(false);
            return false;
        }
        if (step.Text.Length > 0)
        {
            await WriteAsync(Delta(index, new JsonObject { ["content"] = step.Text }, null), cancellationToken).ConfigureAwait(false);
        }
        return true;
    }

    private JsonObject Delta(int index, JsonObject delta, string? finish) =>
        Chunk(new JsonArray(new JsonObject { ["index"] = index, ["delta"] = delta, ["logprobs"] = null, ["finish_reason"] = finish }), null);

    private JsonObject Chunk(JsonArray choiceList, JsonNode? usageNode)
    {
        var chunk = (JsonObject)template.DeepClone();
        chunk["choices"] = choiceList;
        if (usageNode is not null)
        {
            chunk["usage"] = usageNode;
        }
        return chunk;
    }

    private Task WriteAsync(JsonObject chunk, CancellationToken cancellationToken) => send(chunk.ToJsonString(ChatJson.Wire), cancellationToken);

    /// <summary>One choice of a streamed answer: its releaser, its finish reason and the tool calls gathered so far.</summary>
    private sealed class Choice(StreamingRelease release)
    {
        private readonly SortedDictionary<int, (StringBuilder Id, StringBuilder Name, StringBuilder Arguments)> calls = [];

        public StreamingRelease Release { get; } = release;

        public string? Finish { get; set; }

        /// <summary>Tool calls come in pieces: the id and name first, the arguments in fragments, all under one index.</summary>
        public void Gather(JsonArray deltas)
        {
            foreach (var node in deltas)
            {
                if (node is not JsonObject delta)
                {
                    throw new UnreadableAnswerException("a streamed tool call is not an object");
                }
                var index = delta["index"] is JsonValue i && i.TryGetValue<int>(out var n) ? n : calls.Count;
                if (!calls.TryGetValue(index, out var call))
                {
                    call = (new StringBuilder(), new StringBuilder(), new StringBuilder());
                    calls[index] = call;
                }
                if (delta["id"] is JsonValue id && id.GetValueKind() == JsonValueKind.String)
                {
                    call.Id.Clear().Append(id.GetValue<string>());
                }
                if (delta["function"] is JsonObject function)
                {
                    Append(call.Name, function["name"]);
                    Append(call.Arguments, function["arguments"]);
                }
            }
        }

        /// <exception cref="UnreadableAnswerException">A call never got its id (an identifier, as in a whole answer: no decision reads it) or its name.</exception>
        public List<ProposedCall> Proposed() =>
            [.. calls.Values.Select(c => UpstreamFields.IsIdentifier(c.Id.ToString()) && c.Name.Length > 0
                ? new ProposedCall(c.Id.ToString(), c.Name.ToString(), c.Arguments.ToString())
                : throw new UnreadableAnswerException("a streamed tool call lacks an `id` (an identifier) or a function `name`"))];

        private static void Append(StringBuilder to, JsonNode? piece)
        {
            if (piece is JsonValue value && value.GetValueKind() == JsonValueKind.String)
            {
                to.Append(value.GetValue<string>());
            }
        }
    }
}
