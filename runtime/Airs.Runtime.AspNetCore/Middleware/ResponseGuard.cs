using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Airs.Runtime.AI.Guarding;
using Airs.Runtime.AspNetCore.Chat;
using Airs.Runtime.AspNetCore.Gateway;
using Airs.Runtime.Decisions;
using Airs.Runtime.Engine;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Airs.Runtime.AspNetCore.Middleware;

/// <summary>
/// The endpoint's response body on a guarded route, checked as <c>output</c> before the caller reads it.
/// JSON and <c>text/plain</c> are held until the endpoint has finished, then checked in one decision: every string value
/// in document order except an API's own identifiers (<see cref="IdentifierFields"/>), redactions written back, log
/// probabilities removed. The tool calls a chat completion proposes (<c>choices[].message.tool_calls</c>) and a
/// response's <c>function_call</c> items are checked as <c>tool_call</c>, as the gateway checks them: a refused call is
/// removed and a sentence saying why is added to the text. JSON lines and JSON text sequences are held and each record
/// read as JSON (<see cref="SendJsonRecordsAsync"/>). Other text (<c>text/*</c>, XML, YAML, …) is held and checked as
/// one text. <c>text/event-stream</c> goes out as it is checked (<see cref="SseRelease"/>). What
/// cannot be read is refused, never passed on: a compressed body, a charset other than UTF-8, a body without a media
/// type. Binary media types (images, audio, files) pass: no policy reads them as text. Under a token or cost limit, the
/// usage an answer reports is counted before it is checked (<see cref="SpendAsync"/>, <see cref="SseRelease"/>).
/// </summary>
/// <param name="input">What the output check reads as <c>input.text</c>: the user's message as released.</param>
internal sealed class ResponseGuard(HttpContext http, Stream inner, PolicyEngine engine, AirsIdentity identity, string input, AirsMiddlewareOptions options,
    ILogger logger)
    : Stream
{
    // Fields the OpenAI APIs fill with their own identifiers and settings, not with words: kept out of the text the
    // policy reads while their value looks like one (a short token of letters, digits and `_ . : - /`, as in
    // `meta-llama/Llama-3-8B`), read otherwise.
    private static readonly HashSet<string> IdentifierFields =
    [
        "id", "object", "model", "role", "type", "status", "finish_reason", "system_fingerprint", "service_tier",
        "previous_response_id", "call_id", "tool_call_id", "tool_choice", "truncation", "effort", "verbosity",
    ];

    private enum Mode { Undecided, HeldJson, HeldJsonLines, HeldJsonSequence, HeldText, Streamed, Passed, Refused }

    private readonly MemoryStream held = new();
    private readonly long maxBytes = options.MaxResponseBytes;
    private Mode mode;
    private string whyUnreadable = "";
    private SseRelease? sse;
    private AnswerMedia.Kind decided;

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (mode == Mode.Undecided)
        {
            Decide();
        }
        switch (mode)
        {
            case Mode.HeldJson or Mode.HeldJsonLines or Mode.HeldJsonSequence or Mode.HeldText:
                Hold(buffer.Span);
                break;
            case Mode.Streamed:
                await sse!.WriteAsync(buffer, cancellationToken);
                break;
            case Mode.Passed:
                await inner.WriteAsync(buffer, cancellationToken);
                break;
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <summary>
    /// A synchronous write of an answer that is held (JSON, text) or refused is taken, as an asynchronous one: nothing is
    /// checked or sent until the endpoint has finished. <c>PipeWriter.Complete()</c> writes what the pipe holds this way.
    /// An event stream's or a binary answer's is refused, as Kestrel refuses them by default: releasing one awaits the
    /// engine or the connection.
    /// </summary>
    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (mode == Mode.Undecided)
        {
            Decide();
        }
        switch (mode)
        {
            case Mode.HeldJson or Mode.HeldJsonLines or Mode.HeldJsonSequence or Mode.HeldText:
                Hold(buffer);
                break;
            case Mode.Streamed or Mode.Passed:
                throw new InvalidOperationException("synchronous writes to a streamed or binary checked response are not supported; use WriteAsync");
        }
    }

    private void Hold(ReadOnlySpan<byte> buffer)
    {
        if (held.Length + buffer.Length > maxBytes)
        {
            // Refused at once: what is held goes, and the rest of the endpoint's writes are dropped.
            mode = Mode.Refused;
            whyUnreadable = $"the response is larger than {maxBytes} bytes (MaxResponseBytes), so it was not passed on";
            held.SetLength(0);
            held.Capacity = 0;
            return;
        }
        held.Write(buffer);
    }

    public override Task FlushAsync(CancellationToken cancellationToken) =>
        mode is Mode.Streamed or Mode.Passed ? inner.FlushAsync(cancellationToken) : Task.CompletedTask;

    public override void Flush()
    {
        if (mode is Mode.Streamed or Mode.Passed)
        {
            inner.Flush();
        }
    }

    /// <summary>The endpoint has finished: checks a held body and sends it, or ends a stream.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        if (mode is Mode.HeldJson or Mode.HeldJsonLines or Mode.HeldJsonSequence or Mode.HeldText && Kind() != decided)
        {
            // The body is held, so the endpoint could still change its headers: checked as one media type, it would go out
            // as another, which the client reads otherwise (a text checked whole, then parsed as events with tool calls).
            held.SetLength(0);
            await RefuseAsync(StatusCodes.Status502BadGateway, "response not checked",
                "the response's media type changed after the endpoint began writing it (Content-Type or Content-Encoding), so the policy cannot tell how the client reads it",
                null, cancellationToken);
            return;
        }
        switch (mode)
        {
            case Mode.HeldJson or Mode.HeldText:
                await SendHeldAsync(cancellationToken);
                break;
            case Mode.HeldJsonLines or Mode.HeldJsonSequence:
                await SendJsonRecordsAsync(mode == Mode.HeldJsonSequence ? (byte)0x1E : (byte)'\n', cancellationToken);
                break;
            case Mode.Streamed:
                await sse!.CompleteAsync(cancellationToken);
                break;
            case Mode.Refused:
                await RefuseAsync(StatusCodes.Status502BadGateway, "response not checked", whyUnreadable, null, cancellationToken);
                break;
        }
    }

    private AnswerMedia.Kind Kind() => AnswerMedia.Classify(http.Response.ContentType, http.Response.Headers.ContentEncoding.Count > 0);

    private void Decide()
    {
        var response = http.Response;
        (mode, whyUnreadable) = (decided = Kind()) switch
        {
            AnswerMedia.Kind.Json => (Mode.HeldJson, ""),
            AnswerMedia.Kind.JsonLines => (Mode.HeldJsonLines, ""),
            AnswerMedia.Kind.JsonSequence => (Mode.HeldJsonSequence, ""),
            AnswerMedia.Kind.Text => (Mode.HeldText, ""),
            AnswerMedia.Kind.EventStream => (Mode.Streamed, ""),
            AnswerMedia.Kind.Binary => (Mode.Passed, ""),
            AnswerMedia.Kind.Compressed => (Mode.Refused, "the response is compressed, so the policy cannot read it"),
            AnswerMedia.Kind.OtherCharset => (Mode.Refused, "the response's charset is not UTF-8, so the policy cannot read it"),
            _ => (Mode.Refused, "the response has no media type (Content-Type), so the policy cannot tell how to read it"),
        };
        if (mode == Mode.Streamed)
        {
            response.ContentLength = null;
            sse = new SseRelease(inner, engine, identity, input, options, logger);
        }
    }

    private async Task SendHeldAsync(CancellationToken cancellationToken)
    {
        var body = held.ToArray();
        var json = mode == Mode.HeldJson;
        JsonNode? root = null;
        List<JsonValue> fields = [];
        List<string> keys = [];
        List<(JsonObject Choice, JsonObject Message, JsonArray Calls)> proposed = [];
        List<JsonObject> functionCalls = [];
        var rewrite = false;
        string[] texts;
        if (json)
        {
            try
            {
                // Not UTF-8, a duplicate key or a lone surrogate escape: unreadable here, where it was a 500 wherever the
                // string was first read, and a duplicate's other copy went out unread with the body as the endpoint wrote it.
                root = UpstreamJson.Parse(body, "the response");
            }
            catch (UnreadableAnswerException notText)
            {
                await RefuseAsync(StatusCodes.Status502BadGateway, "response not checked", $"the response says it is JSON, but {notText.Message}, so the policy cannot read it", null, cancellationToken);
                return;
            }
            // Counted before the answer is checked: the model spent its tokens even if the policy refuses the answer.
            if (!await SpendAsync(root, cancellationToken))
            {
                return;
            }
            if (!TryProposedCalls(root, out proposed, out functionCalls, out var unreadable))
            {
                await RefuseAsync(StatusCodes.Status502BadGateway, "response not checked", unreadable, null, cancellationToken);
                return;
            }
            rewrite = DropLogProbabilities(root as JsonObject);
            var skipped = proposed.Select(p => (JsonNode)p.Calls).Concat(functionCalls).ToHashSet<JsonNode>(ReferenceEqualityComparer.Instance);
            (fields, keys) = Texts(root, skipped);
            texts = [.. fields.Select(f => f.GetValue<string>()), .. keys];
        }
        else
        {
            if (!await SpendAsync(null, cancellationToken))
            {
                return;
            }
            texts = [Encoding.UTF8.GetString(body)];
        }

        if (await ReleasedAsync(texts, cancellationToken) is not { } released || !await KeysKeptAsync(texts, released, keys.Count, cancellationToken))
        {
            return;
        }
        if (!released.SequenceEqual(texts))
        {
            if (json)
            {
                for (var i = 0; i < fields.Count; i++)
                {
                    var value = JsonValue.Create(released[i]);
                    if (ReferenceEquals(fields[i], root))
                    {
                        root = value; // the answer is one JSON string: it has no parent to replace it in
                    }
                    else
                    {
                        fields[i].ReplaceWith(value);
                    }
                }
                rewrite = true;
            }
            else
            {
                body = Encoding.UTF8.GetBytes(released[0]);
            }
        }
        if (proposed.Count > 0 || functionCalls.Count > 0)
        {
            try
            {
                foreach (var (choice, message, calls) in proposed)
                {
                    await CheckCallsAsync(choice, message, calls, cancellationToken);
                }
                if (functionCalls.Count > 0)
                {
                    await CheckFunctionCallsAsync((JsonArray)root!["output"]!, functionCalls, cancellationToken);
                }
            }
            catch (UnreadableAnswerException unreadable)
            {
                await RefuseAsync(StatusCodes.Status502BadGateway, "response not checked", $"the response could not be checked: {unreadable.Message}", null, cancellationToken);
                return;
            }
            rewrite = true;
        }
        if (rewrite)
        {
            body = JsonSerializer.SerializeToUtf8Bytes(root);
        }
        if (!http.Response.HasStarted)
        {
            http.Response.ContentLength = body.Length;
        }
        await inner.WriteAsync(body, cancellationToken);
    }

    /// <summary>
    /// The <c>output</c> decision on <paramref name="texts"/> joined: each text as released (redactions applied), or null
    /// when the decision refused the answer, whose refusal has then been sent.
    /// </summary>
    private async Task<string[]?> ReleasedAsync(string[] texts, CancellationToken cancellationToken)
    {
        var batch = new TextBatch(texts, "\n\n");
        if (batch.Text.Length == 0)
        {
            return texts;
        }
        var decision = await engine.DecideAsync(Stage.Output, GuardContext.Build(identity, input: input, output: batch.Text), cancellationToken);
        if (!decision.IsReleased)
        {
            await RefuseAsync(AirsPolicyMiddleware.RefusalStatus(decision), AirsPolicyMiddleware.RefusalTitle(decision), AirsPolicyMiddleware.RefusalDetail(decision), decision, cancellationToken);
            return null;
        }
        return batch.Released(decision);
    }

    /// <summary>
    /// JSON lines (NDJSON, JSON Lines; <paramref name="separator"/> LF) or a JSON text sequence (RS): each record read as
    /// JSON, as the client parses it, never as its raw text, where an escape (<c>\u0053</c>, or System.Text.Json's
    /// default <c>\u002B</c> for <c>+</c> and <c>\uXXXX</c> for every non-ASCII letter) hides a word from the policy.
    /// Every record's strings are checked in one decision, as a JSON answer's are; a record with a redaction is written
    /// again, the others go out as the endpoint wrote them. A record that is not JSON refuses the answer (502). The tool
    /// calls a record proposes as a chat completion does (<c>choices[].message.tool_calls</c>) are checked as
    /// <c>tool_call</c> and rewritten as a JSON answer's are; a record with tool calls anywhere else (Ollama's
    /// <c>message.tool_calls</c>, a stream's <c>delta</c>) refuses the answer, so no call reaches the client unchecked.
    /// </summary>
    private async Task SendJsonRecordsAsync(byte separator, CancellationToken cancellationToken)
    {
        var body = held.ToArray();
        var records = new List<(byte[] Bytes, JsonNode? Root, List<JsonValue> Fields, int Trailing)>();
        var keys = new List<string>();
        var proposed = new List<(int Record, JsonObject Choice, JsonObject Message, JsonArray Calls)>();
        for (var start = 0; ;)
        {
            var end = body.AsSpan(start).IndexOf(separator);
            var bytes = body.AsSpan(start, end < 0 ? body.Length - start : end).ToArray();
            var trailing = bytes.Length - bytes.AsSpan().TrimEnd(" \t\r\n"u8).Length;
            if (trailing == bytes.Length)
            {
                records.Add((bytes, null, [], trailing)); // a blank line, or the end after the last separator
            }
            else
            {
                JsonNode? root;
                try
                {
                    root = UpstreamJson.Parse(bytes, $"record {records.Count + 1}");
                }
                catch (UnreadableAnswerException unreadable)
                {
                    await RefuseAsync(StatusCodes.Status502BadGateway, "response not checked", $"the response says it is JSON lines, but {unreadable.Message}, so the policy cannot read it", null, cancellationToken);
                    return;
                }
                if (!TryRecordCalls(root, out var calls, out var checkedCalls, out var why))
                {
                    await RefuseAsync(StatusCodes.Status502BadGateway, "response not checked", $"record {records.Count + 1} of the response {why}", null, cancellationToken);
                    return;
                }
                proposed.AddRange(calls.Select(c => (records.Count, c.Choice, c.Message, c.Calls)));
                var (recordFields, recordKeys) = Texts(root, checkedCalls);
                records.Add((bytes, root, recordFields, trailing));
                keys.AddRange(recordKeys);
            }
            if (end < 0)
            {
                break;
            }
            start += end + 1;
        }
        if (!await SpendAsync(null, cancellationToken))
        {
            return;
        }

        var fields = records.SelectMany(r => r.Fields).ToList();
        string[] texts = [.. fields.Select(f => f.GetValue<string>()), .. keys];
        if (await ReleasedAsync(texts, cancellationToken) is not { } released || !await KeysKeptAsync(texts, released, keys.Count, cancellationToken))
        {
            return;
        }
        var rewritten = new HashSet<int>();
        var next = 0;
        for (var r = 0; r < records.Count; r++)
        {
            var root = records[r].Root;
            var changed = false;
            foreach (var field in records[r].Fields)
            {
                if (released[next] != texts[next])
                {
                    var value = JsonValue.Create(released[next]);
                    if (ReferenceEquals(field, root))
                    {
                        root = value;
                    }
                    else
                    {
                        field.ReplaceWith(value);
                    }
                    changed = true;
                }
                next++;
            }
            if (changed)
            {
                records[r] = records[r] with { Root = root };
                rewritten.Add(r);
            }
        }
        try
        {
            foreach (var (record, choice, message, calls) in proposed)
            {
                await CheckCallsAsync(choice, message, calls, cancellationToken);
                rewritten.Add(record);
            }
        }
        catch (UnreadableAnswerException unreadable)
        {
            await RefuseAsync(StatusCodes.Status502BadGateway, "response not checked", $"the response could not be checked: {unreadable.Message}", null, cancellationToken);
            return;
        }
        for (var r = 0; r < records.Count; r++)
        {
            var (bytes, root, recordFields, trailing) = records[r];
            if (rewritten.Contains(r))
            {
                records[r] = ([.. JsonSerializer.SerializeToUtf8Bytes(root), .. bytes.AsSpan(bytes.Length - trailing)], root, recordFields, trailing);
            }
        }

        var output = new MemoryStream(body.Length);
        for (var r = 0; r < records.Count; r++)
        {
            if (r > 0)
            {
                output.WriteByte(separator);
            }
            output.Write(records[r].Bytes);
        }
        if (!http.Response.HasStarted)
        {
            http.Response.ContentLength = output.Length;
        }
        await inner.WriteAsync(output.GetBuffer().AsMemory(0, (int)output.Length), cancellationToken);
    }

    /// <summary>
    /// Counts the tokens a held answer reports (<c>usage.total_tokens</c>, as the OpenAI APIs answer) against the policy's
    /// token and cost limits. A successful answer without one cannot be counted, so under such a limit it is refused
    /// (502), as the gateway refuses an upstream's; text answers carry none. An endpoint's own error (not 2xx) is no model
    /// answer: its usage counts when it reports one, and it passes without.
    /// </summary>
    /// <returns>False when the answer was refused.</returns>
    private async Task<bool> SpendAsync(JsonNode? root, CancellationToken cancellationToken)
    {
        if (!engine.CountsTokens)
        {
            return true;
        }
        if (TokenUsage.Of((root as JsonObject)?["usage"]) is { } tokens)
        {
            await TokenUsage.SpendAsync(engine, identity, tokens);
            return true;
        }
        if (http.Response.StatusCode is < 200 or > 299)
        {
            return true;
        }
        await RefuseAsync(StatusCodes.Status502BadGateway, "response not checked",
            "the response reports no `usage.total_tokens`, which the policy's token limit counts, so it was not passed on", null, cancellationToken);
        return false;
    }

    /// <summary>
    /// Removes the log probabilities of a chat completion's choices and of a response's output texts, as the gateway and
    /// the event-stream relay do: they restate the answer token by token, where no redaction reaches.
    /// </summary>
    private static bool DropLogProbabilities(JsonObject? root)
    {
        var holders = (root?["choices"] as JsonArray ?? []).OfType<JsonObject>()
            .Concat((root?["output"] as JsonArray ?? []).OfType<JsonObject>().SelectMany(item => (item["content"] as JsonArray ?? []).OfType<JsonObject>()))
            .Where(holder => holder["logprobs"] is not null)
            .ToList();
        foreach (var holder in holders)
        {
            holder["logprobs"] = null;
        }
        return holders.Count > 0;
    }

    /// <summary>
    /// The proposed calls of a chat completion, each with its choice and message, and the <c>function_call</c> items of a
    /// response's <c>output</c>; false when a chat completion's cannot be read.
    /// </summary>
    private static bool TryProposedCalls(JsonNode? root, out List<(JsonObject Choice, JsonObject Message, JsonArray Calls)> proposed,
        out List<JsonObject> functionCalls, out string unreadable)
    {
        proposed = [];
        unreadable = "";
        functionCalls = [.. ((root as JsonObject)?["output"] as JsonArray ?? []).OfType<JsonObject>()
            .Where(item => ResponsesItems.String(item["type"]) == "function_call")];
        if ((root as JsonObject)?["choices"] is not JsonArray choices)
        {
            return true;
        }
        foreach (var choice in choices.OfType<JsonObject>())
        {
            if (choice["message"] is not JsonObject message)
            {
                continue;
            }
            if (message["tool_calls"] is JsonArray calls)
            {
                proposed.Add((choice, message, calls));
            }
            else if (message["tool_calls"] is not null || message["function_call"] is not null)
            {
                unreadable = "a message's `tool_calls` is not an array, or it uses the legacy `function_call`";
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The calls one JSON-lines record proposes as a chat completion does (<c>choices[].message.tool_calls</c>). False,
    /// with why, when it holds tool calls anywhere else (Ollama's <c>message.tool_calls</c>, a stream's <c>delta</c>, a
    /// response's <c>function_call</c> items, a legacy call), which this reader does not check: refused rather than
    /// passed on as text. <paramref name="checkedCalls"/>: the calls' arrays, which the record's text leaves out.
    /// </summary>
    private static bool TryRecordCalls(JsonNode? root, out List<(JsonObject Choice, JsonObject Message, JsonArray Calls)> calls,
        out HashSet<JsonNode> checkedCalls, out string why)
    {
        checkedCalls = new HashSet<JsonNode>(ReferenceEqualityComparer.Instance);
        if (!TryProposedCalls(root, out calls, out var functionCalls, out why))
        {
            return false;
        }
        checkedCalls.UnionWith(calls.Select(c => c.Calls));
        if (functionCalls.Count > 0 || HasToolCalls(root, checkedCalls))
        {
            why = "proposes tool calls in a place this reader does not check, so they were not passed on";
            return false;
        }
        return true;
    }

    /// <summary>Whether a <c>tool_calls</c> or <c>function_call</c> field stands anywhere but at <paramref name="checkedCalls"/>.</summary>
    private static bool HasToolCalls(JsonNode? node, HashSet<JsonNode> checkedCalls) => node switch
    {
        JsonObject o => o.Any(p => (p.Key is "tool_calls" or "function_call" && p.Value is not null && !checkedCalls.Contains(p.Value))
            || HasToolCalls(p.Value, checkedCalls)),
        JsonArray a => a.Any(item => HasToolCalls(item, checkedCalls)),
        _ => false,
    };

    /// <summary>Checks one message's proposed calls: the allowed ones stay, a sentence replaces each refused one.</summary>
    private async Task CheckCallsAsync(JsonObject choice, JsonObject message, JsonArray proposed, CancellationToken cancellationToken)
    {
        var content = message["content"] is JsonValue text && text.GetValueKind() == JsonValueKind.String ? text.GetValue<string>()
            : message["content"] is null ? null
            : throw new UnreadableAnswerException("a message with tool calls has a `content` that is not text");
        var calls = await ToolCallCheck.CheckAsync(engine, proposed.Select(ProposedCall.Read).ToList(), input, identity, cancellationToken);
        if (calls.Allowed.Count > 0)
        {
            message["tool_calls"] = calls.ToJson(indexed: false);
        }
        else
        {
            message.Remove("tool_calls");
        }
        message["content"] = calls.WithNotes(content);
        if (choice["finish_reason"] is JsonValue finish && finish.GetValueKind() == JsonValueKind.String)
        {
            choice["finish_reason"] = calls.Finish(finish.GetValue<string>());
        }
    }

    /// <summary>
    /// Checks a response's proposed <c>function_call</c> items: the allowed ones stay as they are, the refused ones are
    /// removed and a message saying why is added after the output, as the gateway answers.
    /// </summary>
    private async Task CheckFunctionCallsAsync(JsonArray output, List<JsonObject> items, CancellationToken cancellationToken)
    {
        var proposed = items.Select(item => (item, ResponsesItems.ReadCall(item).Call)).ToList();
        var calls = await ToolCallCheck.CheckAsync(engine, proposed.Select(p => p.Call), input, identity, cancellationToken);
        foreach (var (item, _) in proposed.Where(p => !calls.Allowed.Any(allowed => ReferenceEquals(allowed, p.Call))))
        {
            output.Remove(item);
        }
        if (calls.Notes.Count > 0)
        {
            output.Add(ResponsesItems.Notes(calls.Notes));
        }
    }

    /// <summary>
    /// What the client reads, in document order, never below <paramref name="skipped"/> (proposed calls, checked as
    /// <c>tool_call</c>): string values (an identifier field's value only when it does not look like an identifier), and
    /// object keys that are not identifiers — a key is text the endpoint writes as freely as a value
    /// (<c>{"&lt;any text&gt;": 1}</c>).
    /// </summary>
    private static (List<JsonValue> Values, List<string> Keys) Texts(JsonNode? node, HashSet<JsonNode> skipped)
    {
        var values = new List<JsonValue>();
        var keys = new List<string>();
        void Walk(JsonNode? n, string? name)
        {
            switch (n)
            {
                case not null when skipped.Contains(n):
                    break;
                case JsonObject o:
                    foreach (var (key, child) in o)
                    {
                        if (!IsIdentifier(key))
                        {
                            keys.Add(key);
                        }
                        Walk(child, key);
                    }
                    break;
                case JsonArray a:
                    foreach (var child in a)
                    {
                        Walk(child, name);
                    }
                    break;
                case JsonValue v when v.GetValueKind() == JsonValueKind.String
                    && !(name is not null && IdentifierFields.Contains(name) && IsIdentifier(v.GetValue<string>())):
                    values.Add(v);
                    break;
            }
        }
        Walk(node, null);
        return (values, keys);
    }

    /// <summary>
    /// The last <paramref name="keyCount"/> texts are keys: a redaction cannot be written into a key (it may collide with
    /// another, and a client looks keys up by name), so a key the policy would change refuses the answer (502).
    /// </summary>
    private async Task<bool> KeysKeptAsync(string[] texts, string[] released, int keyCount, CancellationToken cancellationToken)
    {
        for (var i = texts.Length - keyCount; i < texts.Length; i++)
        {
            if (released[i] != texts[i])
            {
                await RefuseAsync(StatusCodes.Status502BadGateway, "response not checked", "a key of the JSON response holds text the policy redacts, and a key cannot be redacted", null, cancellationToken);
                return false;
            }
        }
        return true;
    }

    private static bool IsIdentifier(string value) => UpstreamFields.IsIdentifierShaped(value, 64);

    private async Task RefuseAsync(int status, string title, string detail, Decision? decision, CancellationToken cancellationToken)
    {
        if (http.Response.HasStarted)
        {
            http.Abort(); // the status is gone already: cut the connection rather than send unchecked text
            return;
        }
        http.Response.ContentLength = null;
        http.Response.Headers.ContentEncoding = default;
        await AirsPolicyMiddleware.ProblemAsync(http, inner, status, AirsPolicyMiddleware.RefusedType, title, detail, decision, options, cancellationToken);
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
