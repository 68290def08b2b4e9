using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;
using Airs.Runtime.AI.Guarding;
using Airs.Runtime.AspNetCore.Chat;
using Airs.Runtime.AspNetCore.Middleware;
using Airs.Runtime.Engine;
using Airs.Runtime.Streaming;

namespace Airs.Runtime.AspNetCore.Gateway;

/// <summary>
/// What differs between the OpenAI APIs the gateway serves (chat completions, responses): how a request is read, where
/// it goes upstream, how an answer is checked and how a stream is relayed. <see cref="GatewayApi"/> does the rest, the
/// same for each: identity, the input checks, the upstream call, durable commits before anything leaves, errors.
/// </summary>
internal interface IOpenAiApi
{
    /// <summary>The upstream path below its base URL (<c>chat/completions</c>).</summary>
    string UpstreamPath { get; }

    /// <summary>Reads a request strictly; <paramref name="texts"/> are what the model can read.</summary>
    /// <param name="refusesMedia">Refuse image and audio parts too (<see cref="GatewayOptions.RefuseUnreadMedia"/>).</param>
    bool TryRead(byte[] body, int maxItems, bool refusesMedia, [NotNullWhen(true)] out JsonObject? root, out List<ChatText> texts,
        [NotNullWhen(false)] out ChatRequestError? error);

    /// <summary>What output checks read as <c>input.text</c>: the last user message.</summary>
    string UserText(JsonObject root);

    /// <summary>The answer rebuilt from checked parts; decisions commit into <paramref name="commits"/>.</summary>
    /// <exception cref="GatewayError">The policy refused the answer.</exception>
    /// <exception cref="UnreadableAnswerException">The answer cannot be checked.</exception>
    Task<JsonObject> CheckAsync(PolicyEngine engine, JsonNode? answer, string input, AirsIdentity identity, PendingCommits commits,
        CancellationToken cancellationToken);

    /// <summary>
    /// Makes a streamed request's answer end with the model's usage, which a token limit needs (chat completions:
    /// <c>stream_options.include_usage</c>; the Responses API always reports it). Returns whether the client asked for it
    /// itself: usage it did not ask for is not passed on.
    /// </summary>
    bool RequestStreamUsage(JsonObject root);

    /// <param name="write">Writes raw SSE text to the client and flushes it.</param>
    /// <param name="forwardUsage">Whether the client gets the usage event the upstream sends.</param>
    IStreamRelay Relay(PolicyEngine engine, AirsIdentity identity, string input, StreamingReleaseOptions? options,
        Func<string, CancellationToken, Task> write, bool forwardUsage);
}

/// <summary>One streamed answer as the gateway relays it: fed the upstream's SSE data, it writes only checked events to the client.</summary>
internal interface IStreamRelay
{
    /// <summary>What ends the upstream's stream, named in the error when the upstream stops before it.</summary>
    string EndMarker { get; }

    /// <summary>One upstream event's <c>data</c>.</summary>
    /// <returns>False when the stream has ended, finished or refused: read no further.</returns>
    /// <exception cref="GatewayError">The upstream reported a failure.</exception>
    /// <exception cref="UnreadableAnswerException">The event cannot be checked.</exception>
    Task<bool> DataAsync(string data, CancellationToken cancellationToken);

    /// <summary>Ends the stream with an error event in the API's shape.</summary>
    Task FailAsync(GatewayError error, CancellationToken cancellationToken);

    /// <summary>The model's usage as the upstream's stream reported it, or null when it has not (yet).</summary>
    JsonNode? Usage { get; }
}

/// <summary>Upstream events are JSON objects; one that is not cannot be checked.</summary>
internal static class StreamEvent
{
    /// <exception cref="UnreadableAnswerException">The data is not a JSON object, or a string in it is not text.</exception>
    public static JsonObject Parse(string data) =>
        UpstreamJson.Parse(data, "a stream event") as JsonObject ?? throw new UnreadableAnswerException("a stream event is not a JSON object");

    /// <summary>An upstream's error in a stream (or a response that failed), as the gateway's 502: its code, not its words (<see cref="GatewayError.Upstream"/>).</summary>
    public static GatewayError Failed(JsonNode? error) => GatewayError.Upstream(502, "upstream_failed", "the upstream's answer failed", error);
}
