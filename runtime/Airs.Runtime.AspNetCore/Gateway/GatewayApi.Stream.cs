using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Airs.Runtime.AI.Guarding;
using Airs.Runtime.AspNetCore.Chat;
using Airs.Runtime.Engine;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace Airs.Runtime.AspNetCore.Gateway;

/// <summary>
/// Streamed chat completions (<c>"stream": true</c>): the upstream's SSE chunks are read as they come and released
/// through a <see cref="ChatStreamRelay"/> (the middleware's too). A refusal, or an upstream that fails or stops
/// before <c>[DONE]</c>, ends the stream with an error event (<c>data: {"error": …}</c>, which OpenAI SDKs raise) and
/// without <c>[DONE]</c>; nothing unchecked has been sent.
/// </summary>
internal sealed partial class GatewayApi
{
    private async Task StreamAsync(HttpContext http, PolicyEngine engine, HttpRequestMessage request, string input, AirsIdentity identity, Task committed)
    {
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var response = await SendWhileCommittingAsync(request, HttpCompletionOption.ResponseHeadersRead, committed, http.RequestAborted).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            ThrowIfFailed(response, await response.Content.ReadAsByteArrayAsync(http.RequestAborted).ConfigureAwait(false));
        }

        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        var aborted = http.RequestAborted;
        var relay = new ChatStreamRelay(engine, identity, input, gateway.StreamRelease, (data, ct) => SendEventAsync(http, data, ct),
            decision => GatewayError.Refused(decision, "The answer was refused by policy.").ToJson());
        try
        {
            await using var body = await response.Content.ReadAsStreamAsync(aborted).ConfigureAwait(false);
            if (await RelayAsync(relay, body, aborted).ConfigureAwait(false))
            {
                await SendEventAsync(http, "[DONE]", aborted).ConfigureAwait(false);
            }
        }
        catch (GatewayError error)
        {
            await relay.FailAsync(error.ToJson(), aborted).ConfigureAwait(false);
        }
        catch (UnreadableAnswerException unreadable)
        {
            await relay.FailAsync(GatewayError.Unreadable(unreadable.Message).ToJson(), aborted).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or HttpRequestException && !aborted.IsCancellationRequested)
        {
            logger.LogWarning("the upstream's stream broke off: {Reason}", e.Message);
            await relay.FailAsync(new GatewayError(502, "upstream_error", "upstream_failed", "the upstream's stream broke off").ToJson(), aborted).ConfigureAwait(false);
        }
    }

    /// <returns>True when the upstream ended with <c>[DONE]</c> and every checked part has been sent; false after a refusal.</returns>
    private static async Task<bool> RelayAsync(ChatStreamRelay relay, Stream body, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(body);
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            // SSE: only `data:` lines matter; comments, `event:`, `id:` and blank separators are skipped.
            if (!line.StartsWith("data:", StringComparison.Ordinal))
            {
                continue;
            }
            var data = line[5..].Trim();
            if (data == "[DONE]")
            {
                return await relay.EndAsync(cancellationToken).ConfigureAwait(false);
            }
            var chunk = Parse(data);
            if (chunk["error"] is JsonObject upstreamError)
            {
                var message = upstreamError["message"] is JsonValue m && m.GetValueKind() == JsonValueKind.String ? m.GetValue<string>() : "an error";
                throw new GatewayError(502, "upstream_error", "upstream_failed", $"the upstream's stream failed: {Shorten(message)}");
            }
            if (!await relay.ChunkAsync(chunk, cancellationToken).ConfigureAwait(false))
            {
                return false;
            }
        }
        throw new GatewayError(502, "upstream_error", "upstream_failed", "the upstream's stream ended before `[DONE]`");
    }

    private static JsonObject Parse(string data)
    {
        try
        {
            return JsonNode.Parse(data) as JsonObject ?? throw new UnreadableAnswerException("a stream event is not a JSON object");
        }
        catch (JsonException)
        {
            throw new UnreadableAnswerException("a stream event is not JSON");
        }
    }

    private static async Task SendEventAsync(HttpContext http, string data, CancellationToken cancellationToken)
    {
        await http.Response.WriteAsync($"data: {data}\n\n", cancellationToken).ConfigureAwait(false);
        await http.Response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
