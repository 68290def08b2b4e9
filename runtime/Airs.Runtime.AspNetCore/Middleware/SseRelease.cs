using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Airs.Runtime.AI.Guarding;
using Airs.Runtime.AspNetCore.Chat;
using Airs.Runtime.AspNetCore.Gateway;
using Airs.Runtime.Decisions;
using Airs.Runtime.Engine;
using Airs.Runtime.Streaming;
using Microsoft.Extensions.Logging;

namespace Airs.Runtime.AspNetCore.Middleware;

/// <summary>
/// A <c>text/event-stream</c> response released as it is checked. Chat-completion chunks
/// (<c>data: {"choices": [{"index": 0, "delta": {"content": "…"}}]}</c>) go through a <see cref="ChatStreamRelay"/>, as
/// the gateway's do: each choice's text is released as checked, proposed tool calls are checked whole before the final
/// chunk, and chunks are rebuilt from checked parts only. Plain-text data is released through a
/// <see cref="StreamingRelease"/> of its own. A refusal, or an event this reader cannot check (JSON that is not a
/// chunk), ends the stream with <c>data: {"error": {…}}</c>; whatever the endpoint writes after that is dropped.
/// </summary>
internal sealed class SseRelease
{
    private readonly Stream inner;
    private readonly PolicyEngine engine;
    private readonly AirsIdentity identity;
    private readonly AirsMiddlewareOptions options;
    private readonly ILogger logger;
    private readonly ChatStreamRelay relay;
    private readonly StreamingRelease plain;
    private readonly Decoder decoder = new UTF8Encoding(false, throwOnInvalidBytes: false).GetDecoder();
    private readonly StringBuilder pending = new();
    private bool ended;
    private bool spent;
    private long received;
    private bool begun;

    public SseRelease(Stream inner, PolicyEngine engine, AirsIdentity identity, string input, AirsMiddlewareOptions options, ILogger logger)
    {
        this.inner = inner;
        this.engine = engine;
        this.identity = identity;
        this.options = options;
        this.logger = logger;
        relay = new ChatStreamRelay(engine, identity, input, options.Streaming, (data, ct) => SendAsync([], data, ct), Refusal);
        plain = new StreamingRelease(engine, GuardContext.Build(identity, input: input), options.Streaming);
    }

    public async ValueTask WriteAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        if (Ended)
        {
            return;
        }
        received += bytes.Length;
        if (received > options.MaxResponseBytes)
        {
            // Its unreleased text, and the whole answer for the last decision, are held: the endpoint must not decide how much.
            pending.Clear();
            await ErrorAsync(Error($"the response stream is larger than {options.MaxResponseBytes} bytes (MaxResponseBytes), so it was stopped", null), cancellationToken);
            return;
        }
        var chars = new char[decoder.GetCharCount(bytes.Span, flush: false)];
        decoder.GetChars(bytes.Span, chars, flush: false);
        pending.Append(chars);
        if (!begun && pending.Length > 0)
        {
            // One byte-order mark before the first line is not part of it, as an SSE client reads a stream (WHATWG).
            if (pending[0] == '\uFEFF')
            {
                pending.Remove(0, 1);
            }
            begun = true;
        }
        EndLines(last: false);
        string text;
        int end;
        while (!Ended && (end = (text = pending.ToString()).IndexOf("\n\n", StringComparison.Ordinal)) >= 0)
        {
            pending.Remove(0, end + 2);
            await EventAsync(text[..end], cancellationToken);
        }
    }

    /// <summary>
    /// Every line end as LF, as an SSE client reads them: CR LF, LF and a lone CR each end a line. A CR at the very end
    /// may be the first half of a CR LF the next write completes, so it waits for that write unless this is the last.
    /// </summary>
    private void EndLines(bool last)
    {
        var kept = !last && pending.Length > 0 && pending[^1] == '\r';
        if (kept)
        {
            pending.Length--;
        }
        pending.Replace("\r\n", "\n").Replace('\r', '\n');
        if (kept)
        {
            pending.Append('\r');
        }
    }

    /// <summary>The endpoint has finished: a last event without its blank line, then the rest of every open answer.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        EndLines(last: true);
        if (!Ended && pending.ToString().Trim('\n') is { Length: > 0 } last)
        {
            pending.Clear();
            await EventAsync(last, cancellationToken);
        }
        await SpendAsync(); // when the endpoint ended without [DONE], or the stream was refused or stopped
        if (!Ended)
        {
            await FinishAsync(cancellationToken);
        }
        await inner.FlushAsync(cancellationToken);
    }

    private bool Ended => ended || relay.Ended;

    private static readonly char[] JsonWhitespace = [' ', '\t', '\n', '\r'];

    /// <summary>The value of a <c>data</c> field's line, or null for any other line.</summary>
    private static string? DataValue(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return line == "data" ? "" : null;
        }
        if (!line.AsSpan(0, colon).SequenceEqual("data"))
        {
            return null;
        }
        var value = line[(colon + 1)..];
        return value.StartsWith(' ') ? value[1..] : value;
    }

    private async Task EventAsync(string block, CancellationToken cancellationToken)
    {
        // Fields as an SSE client reads them: the name up to the first colon (a line without one is a name alone, with an
        // empty value), the value after it less one leading space. Only `data` carries text.
        var values = block.Split('\n').Select(DataValue).OfType<string>().ToList();
        if (values.Count == 0)
        {
            // A comment, a keep-alive, or `event:` / `id:` alone: clients read no answer from it, but its text would go
            // out unread, so only an empty comment goes on to keep the connection alive.
            await SendAsync([":"], null, cancellationToken);
            return;
        }
        var data = string.Join('\n', values);
        if (data.Trim(JsonWhitespace) == "[DONE]")
        {
            // Counted before the whole answer is checked: the model spent its tokens even if the policy refuses the answer.
            await SpendAsync();
            if (await FinishAsync(cancellationToken))
            {
                await SendAsync([], data, cancellationToken);
            }
            ended = true; // the answer is complete: whatever the endpoint writes after it is not part of it
            return;
        }
        // JSON may start with white space, which a client's JSON.parse skips: such data is a chunk too, never plain text.
        if (!data.TrimStart(JsonWhitespace).StartsWith('{'))
        {
            var step = await plain.AppendAsync(data, cancellationToken);
            if (!await RefusedAsync(step, cancellationToken) && step.Text.Length > 0)
            {
                await SendAsync([], step.Text, cancellationToken);
            }
            return;
        }
        try
        {
            var chunk = UpstreamJson.Parse(data, "an event") as JsonObject ?? throw new UnreadableAnswerException("an event is not a JSON object");
            await relay.ChunkAsync(chunk, cancellationToken);
        }
        catch (Exception e) when (e is JsonException or UnreadableAnswerException)
        {
            await ErrorAsync(Error("the response stream carried an event the policy cannot read, so it was stopped", null), cancellationToken);
        }
    }

    /// <summary>
    /// Counts the usage the stream reported (a chat-completion stream's usage chunk, which comes before <c>[DONE]</c>)
    /// against the policy's token and cost limits, once. A stream without one is not refused, as the gateway does not
    /// refuse one: its text has gone out. It counts nothing, and that is logged.
    /// </summary>
    private async Task SpendAsync()
    {
        if (spent || !engine.CountsTokens)
        {
            return;
        }
        spent = true;
        if (TokenUsage.Of(relay.Usage) is { } tokens)
        {
            await TokenUsage.SpendAsync(engine, identity, tokens);
            return;
        }
        logger.LogWarning("a streamed answer ended without the endpoint's usage: its tokens are not counted against the policy's token limits");
    }

    /// <summary>Completes the plain text and every answer, sending each rest; false when one was refused.</summary>
    private async Task<bool> FinishAsync(CancellationToken cancellationToken)
    {
        var rest = await plain.CompleteAsync(cancellationToken);
        if (await RefusedAsync(rest, cancellationToken))
        {
            return false;
        }
        if (rest.Text.Length > 0)
        {
            await SendAsync([], rest.Text, cancellationToken);
        }
        try
        {
            return await relay.EndAsync(cancellationToken);
        }
        catch (UnreadableAnswerException)
        {
            await ErrorAsync(Error("the response stream proposed a tool call the policy cannot read, so it was stopped", null), cancellationToken);
            return false;
        }
    }

    private async Task<bool> RefusedAsync(ReleaseStep step, CancellationToken cancellationToken)
    {
        if (!step.IsRefused)
        {
            return false;
        }
        await ErrorAsync(Refusal(step.Decision!), cancellationToken);
        return true;
    }

    private async Task ErrorAsync(JsonObject error, CancellationToken cancellationToken)
    {
        ended = true;
        await SendAsync([], error.ToJsonString(ChatJson.Wire), cancellationToken);
    }

    private JsonObject Refusal(Decision decision) => Error(AirsPolicyMiddleware.RefusalDetail(decision), decision);

    /// <summary>An error event in the OpenAI shape, which the OpenAI SDKs raise as an error; a refusal carries its decision and any review ticket.</summary>
    private JsonObject Error(string message, Decision? decision)
    {
        var error = new JsonObject { ["message"] = message, ["type"] = "refused_by_policy", ["code"] = decision?.Outcome.ToKeyword() ?? "unreadable" };
        if (decision is not null)
        {
            error["decision_id"] = decision.Id;
            if (decision.ReviewTicketId is { } ticket)
            {
                error["review_ticket_id"] = ticket;
                error["review_ticket_url"] = options.TicketUrl(ticket);
            }
        }
        return new JsonObject { ["error"] = error };
    }

    private async Task SendAsync(IReadOnlyList<string> fields, string? data, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        foreach (var field in fields)
        {
            text.Append(field).Append('\n');
        }
        if (data is not null)
        {
            foreach (var line in data.Split('\n'))
            {
                text.Append("data: ").Append(line).Append('\n');
            }
        }
        text.Append('\n');
        await inner.WriteAsync(Encoding.UTF8.GetBytes(text.ToString()), cancellationToken);
        await inner.FlushAsync(cancellationToken);
    }
}
