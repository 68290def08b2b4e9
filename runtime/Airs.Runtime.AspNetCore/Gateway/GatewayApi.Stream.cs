using System.Net.Http.Headers;
using Airs.Runtime.AspNetCore.Chat;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace Airs.Runtime.AspNetCore.Gateway;

/// <summary>
/// Streamed answers (<c>"stream": true</c>): the upstream's SSE events are read as they come and released through the
/// API's <see cref="IStreamRelay"/>. A refusal, or an upstream that fails or stops before its end, ends the stream with
/// an error event in the API's shape (which OpenAI SDKs raise); nothing unchecked has been sent.
/// </summary>
internal sealed partial class GatewayApi
{
    /// <param name="spend">Counts the usage the stream reported, once it has ended: released, refused or broken off.</param>
    private async Task StreamAsync(HttpContext http, IStreamRelay relay, HttpRequestMessage request, Task committed, Func<Task> spend)
    {
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        // The whole stream, not only its headers, must come within the upstream timeout (UpstreamBody).
        using var deadline = Deadline();
        using var response = await SendWhileCommittingAsync(request, HttpCompletionOption.ResponseHeadersRead, committed, http.RequestAborted, deadline.Token)
            .ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            ThrowIfFailed(response, await ReadAllAsync(response, http.RequestAborted, deadline.Token).ConfigureAwait(false));
        }

        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        var aborted = http.RequestAborted;
        try
        {
            await using var body = new UpstreamBody(await response.Content.ReadAsStreamAsync(aborted).ConfigureAwait(false),
                gateway.MaxAnswerBytes, gateway.UpstreamTimeout, aborted, deadline.Token);
            await RelayAsync(relay, body, aborted).ConfigureAwait(false);
        }
        catch (GatewayError error)
        {
            LogUpstream(error);
            await relay.FailAsync(error.ForClient(gateway.UpstreamKey), aborted).ConfigureAwait(false);
        }
        catch (UnreadableAnswerException unreadable)
        {
            await relay.FailAsync(GatewayError.Unreadable(unreadable.Message), aborted).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or HttpRequestException && !aborted.IsCancellationRequested)
        {
            logger.LogWarning("the upstream's stream broke off: {Reason}", e.Message);
            await relay.FailAsync(new GatewayError(502, "upstream_error", "upstream_failed", "the upstream's stream broke off"), aborted).ConfigureAwait(false);
        }
        catch (Exception e) when (!aborted.IsCancellationRequested)
        {
            // Anything else (a decision that could not commit, a bug): the stream has begun, so no 500 can be sent, and a
            // stream that just stopped reads as a complete answer to the SDKs (no [DONE] and no error is no error to them).
            await relay.FailAsync(Internal(http, e), aborted).ConfigureAwait(false);
        }
        await spend().ConfigureAwait(false);
    }

    /// <summary>Feeds the relay every <c>data:</c> line until it has ended the stream.</summary>
    /// <exception cref="GatewayError">The upstream's stream ended before its end marker, outgrew the limit or the time (<see cref="UpstreamBody"/>).</exception>
    private static async Task RelayAsync(IStreamRelay relay, Stream body, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(body);
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            // SSE: only `data:` lines matter; comments, `event:`, `id:` and blank separators are skipped.
            if (line.StartsWith("data:", StringComparison.Ordinal) && !await relay.DataAsync(line[5..].Trim(), cancellationToken).ConfigureAwait(false))
            {
                return;
            }
        }
        throw new GatewayError(502, "upstream_error", "upstream_failed", $"the upstream's stream ended before {relay.EndMarker}");
    }

    private static async Task WriteEventAsync(HttpContext http, string text, CancellationToken cancellationToken)
    {
        await http.Response.WriteAsync(text, cancellationToken).ConfigureAwait(false);
        await http.Response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
