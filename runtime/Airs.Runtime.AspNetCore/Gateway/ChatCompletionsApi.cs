using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;
using Airs.Runtime.AI.Guarding;
using Airs.Runtime.AspNetCore.Chat;
using Airs.Runtime.AspNetCore.Middleware;
using Airs.Runtime.Engine;
using Airs.Runtime.Streaming;

namespace Airs.Runtime.AspNetCore.Gateway;

/// <summary><c>/v1/chat/completions</c>: read by <see cref="ChatRequestBody"/>, checked by <see cref="ChatAnswerCheck"/>, streamed through <see cref="ChatStreamRelay"/>.</summary>
internal sealed class ChatCompletionsApi : IOpenAiApi
{
    public static readonly ChatCompletionsApi Instance = new();

    public string UpstreamPath => "chat/completions";

    public bool TryRead(byte[] body, int maxItems, bool refusesMedia, [NotNullWhen(true)] out JsonObject? root, out List<ChatText> texts,
        [NotNullWhen(false)] out ChatRequestError? error)
    {
        // Audio is refused, as /v1/responses refuses it: the policy cannot hear it, and what it cannot check must not pass.
        if (!ChatRequestBody.TryRead(body, maxItems, out root, out texts, out error, acceptsAudio: false, refusesMedia))
        {
            return false;
        }
        if (root["messages"] is JsonArray)
        {
            return true;
        }
        error = new ChatRequestError(400, "unreadable chat request", "`messages` is required: the gateway serves chat completions");
        return false;
    }

    public string UserText(JsonObject root) => ChatRequestBody.UserText(root);

    public Task<JsonObject> CheckAsync(PolicyEngine engine, JsonNode? answer, string input, AirsIdentity identity, PendingCommits commits,
        CancellationToken cancellationToken) =>
        ChatAnswerCheck.CheckAsync(engine, answer, input, identity, commits, cancellationToken);

    public bool RequestStreamUsage(JsonObject root)
    {
        if (root["stream_options"] is JsonObject { } asked && asked["include_usage"] is JsonValue flag && flag.GetValueKind() == JsonValueKind.True)
        {
            return true;
        }
        if (root["stream_options"] is JsonObject streamOptions)
        {
            streamOptions["include_usage"] = true;
        }
        else
        {
            root["stream_options"] = new JsonObject { ["include_usage"] = true };
        }
        return false;
    }

    public IStreamRelay Relay(PolicyEngine engine, AirsIdentity identity, string input, StreamingReleaseOptions? options,
        Func<string, CancellationToken, Task> write, bool forwardUsage)
    {
        Task SendAsync(string data, CancellationToken cancellationToken) => write($"data: {data}\n\n", cancellationToken);
        return new Stream(new ChatStreamRelay(engine, identity, input, options, SendAsync,
            decision => GatewayError.Refused(decision, "The answer was refused by policy.").ToJson()) { ForwardUsage = forwardUsage }, SendAsync);
    }

    /// <summary><c>chat.completion.chunk</c> events until <c>data: [DONE]</c>, which the gateway repeats once everything is checked.</summary>
    private sealed class Stream(ChatStreamRelay relay, Func<string, CancellationToken, Task> send) : IStreamRelay
    {
        public string EndMarker => "`[DONE]`";

        public async Task<bool> DataAsync(string data, CancellationToken cancellationToken)
        {
            if (data == "[DONE]")
            {
                if (await relay.EndAsync(cancellationToken).ConfigureAwait(false))
                {
                    await send("[DONE]", cancellationToken).ConfigureAwait(false);
                }
                return false;
            }
            var chunk = StreamEvent.Parse(data);
            return chunk["error"] is JsonObject error
                ? throw StreamEvent.Failed(error)
                : await relay.ChunkAsync(chunk, cancellationToken).ConfigureAwait(false);
        }

        public Task FailAsync(GatewayError error, CancellationToken cancellationToken) => relay.FailAsync(error.ToJson(), cancellationToken);

        public JsonNode? Usage => relay.Usage;
    }
}
