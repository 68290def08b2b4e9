using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Engine;
using Airs.Runtime.Streaming;

namespace Airs.Runtime.AspNetCore.Middleware;

/// <summary>
/// A <c>text/event-stream</c> response released as it is checked. Chat-completion chunks
/// (<c>data: {"choices": [{"index": 0, "delta": {"content": "…"}}]}</c>) have each choice's content put through its own
/// <see cref="StreamingRelease"/>: the content goes out as released (empty while held back), and the rest is added to
/// the chunk that carries the choice's <c>finish_reason</c>, or to one more chunk before <c>[DONE]</c>. Plain-text data
/// is released the same way. A refusal, or an event this reader cannot check (JSON without <c>choices</c>), ends the
/// stream with <c>data: {"error": {…}}</c>; whatever the endpoint writes after that is dropped.
/// </summary>
internal sealed class SseRelease(Stream inner, PolicyEngine engine, RequestContext context, StreamingReleaseOptions options)
{
    private const int PlainText = -1;

    private readonly Decoder decoder = new UTF8Encoding(false, throwOnInvalidBytes: false).GetDecoder();
    private readonly StringBuilder pending = new();
    private readonly Dictionary<int, StreamingRelease> choices = [];
    private readonly HashSet<int> finished = [];
    private bool ended;

    public async ValueTask WriteAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        if (ended)
        {
            return;
        }
        var chars = new char[decoder.GetCharCount(bytes.Span, flush: false)];
        decoder.GetChars(bytes.Span, chars, flush: false);
        pending.Append(chars).Replace("\r\n", "\n");
        string text;
        int end;
        while (!ended && (end = (text = pending.ToString()).IndexOf("\n\n", StringComparison.Ordinal)) >= 0)
        {
            pending.Remove(0, end + 2);
            await EventAsync(text[..end], cancellationToken);
        }
    }

    /// <summary>The endpoint has finished: a last event without its blank line, then the rest of every open answer.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        if (!ended && pending.ToString().Trim('\n') is { Length: > 0 } last)
        {
            pending.Clear();
            await EventAsync(last, cancellationToken);
        }
        if (!ended)
        {
            await FinishAllAsync(cancellationToken);
        }
        await inner.FlushAsync(cancellationToken);
    }

    private async Task EventAsync(string block, CancellationToken cancellationToken)
    {
        var lines = block.Split('\n');
        var data = string.Join('\n', lines.Where(l => l.StartsWith("data:", StringComparison.Ordinal)).Select(l => l[5..].TrimStart(' ')));
        var other = lines.Where(l => !l.StartsWith("data:", StringComparison.Ordinal)).ToList();
        if (!lines.Any(l => l.StartsWith("data:", StringComparison.Ordinal)))
        {
            await SendAsync(other, null, cancellationToken); // a comment or keep-alive: nothing to read
            return;
        }
        if (data == "[DONE]")
        {
            if (await FinishAllAsync(cancellationToken))
            {
                await SendAsync(other, data, cancellationToken);
            }
            return;
        }
        if (!data.StartsWith('{'))
        {
            var step = await Release(PlainText).AppendAsync(data, cancellationToken);
            if (!await RefusedAsync(step, cancellationToken) && step.Text.Length > 0)
            {
                await SendAsync(other, step.Text, cancellationToken);
            }
            return;
        }

        JsonObject? chunk;
        try
        {
            chunk = JsonNode.Parse(data) as JsonObject;
        }
        catch (JsonException)
        {
            chunk = null;
        }
        if (chunk?["choices"] is not JsonArray array)
        {
            await ErrorAsync("the response stream carried an event the policy cannot read, so it was stopped", null, cancellationToken);
            return;
        }
        foreach (var choice in array.OfType<JsonObject>())
        {
            var index = choice["index"] is JsonValue i && i.TryGetValue<int>(out var n) ? n : 0;
            var delta = choice["delta"] as JsonObject;
            if (delta?["content"] is JsonValue content && content.TryGetValue<string>(out var piece))
            {
                var step = await Release(index).AppendAsync(piece, cancellationToken);
                if (await RefusedAsync(step, cancellationToken))
                {
                    return;
                }
                delta["content"] = step.Text;
            }
            if (choice["finish_reason"] is JsonValue reason && reason.GetValueKind() == JsonValueKind.String)
            {
                var rest = await FinishAsync(index, cancellationToken);
                if (rest is null)
                {
                    return;
                }
                if (rest.Length > 0)
                {
                    delta ??= [];
                    choice["delta"] = delta;
                    delta["content"] = (delta["content"]?.GetValue<string>() ?? "") + rest;
                }
            }
        }
        await SendAsync(other, chunk.ToJsonString(), cancellationToken);
    }

    private StreamingRelease Release(int index)
    {
        if (!choices.TryGetValue(index, out var release))
        {
            choices[index] = release = new StreamingRelease(engine, context, options);
        }
        return release;
    }

    /// <returns>The rest of the answer, or null when its decision refused (the stream has ended).</returns>
    private async Task<string?> FinishAsync(int index, CancellationToken cancellationToken)
    {
        if (!finished.Add(index))
        {
            return "";
        }
        var end = await Release(index).CompleteAsync(cancellationToken);
        return await RefusedAsync(end, cancellationToken) ? null : end.Text;
    }

    /// <summary>Completes every answer not finished yet, sending each rest in a chunk of its own; false when one was refused.</summary>
    private async Task<bool> FinishAllAsync(CancellationToken cancellationToken)
    {
        foreach (var index in choices.Keys.Order().ToList())
        {
            var rest = await FinishAsync(index, cancellationToken);
            if (rest is null)
            {
                return false;
            }
            if (rest.Length > 0)
            {
                var data = index == PlainText
                    ? rest
                    : new JsonObject { ["choices"] = new JsonArray(new JsonObject { ["index"] = index, ["delta"] = new JsonObject { ["content"] = rest } }) }.ToJsonString();
                await SendAsync([], data, cancellationToken);
            }
        }
        return true;
    }

    private async Task<bool> RefusedAsync(ReleaseStep step, CancellationToken cancellationToken)
    {
        if (!step.IsRefused)
        {
            return false;
        }
        await ErrorAsync(AirsPolicyMiddleware.RefusalDetail(step.Decision!), step.Decision, cancellationToken);
        return true;
    }

    /// <summary>Ends the stream with an error event in the OpenAI shape, which the OpenAI SDKs raise as an error.</summary>
    private async Task ErrorAsync(string message, Decision? decision, CancellationToken cancellationToken)
    {
        var error = new JsonObject { ["message"] = message, ["type"] = "refused_by_policy", ["code"] = decision?.Outcome.ToKeyword() ?? "unreadable" };
        if (decision is not null)
        {
            error["decision_id"] = decision.Id;
            if (decision.ReviewTicketId is { } ticket)
            {
                error["review_ticket_id"] = ticket;
            }
        }
        await SendAsync([], new JsonObject { ["error"] = error }.ToJsonString(), cancellationToken);
        ended = true;
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

    public static RequestContext WithOutput(RequestContext context, string output) => new()
    {
        InputText = context.InputText, OutputText = output, UserId = context.UserId, SessionId = context.SessionId,
        Present = new HashSet<ContextField>(context.Present) { ContextField.OutputText },
    };
}
