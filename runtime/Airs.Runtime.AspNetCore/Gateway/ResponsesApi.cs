using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;
using Airs.Runtime.AI.Guarding;
using Airs.Runtime.AspNetCore.Middleware;
using Airs.Runtime.Engine;
using Airs.Runtime.Streaming;

namespace Airs.Runtime.AspNetCore.Gateway;

/// <summary><c>/v1/responses</c>: read by <see cref="ResponsesRequestBody"/>, checked by <see cref="ResponsesAnswerCheck"/>, streamed through <see cref="ResponsesStreamRelay"/>.</summary>
internal sealed class ResponsesApi : IOpenAiApi
{
    public static readonly ResponsesApi Instance = new();

    public string UpstreamPath => "responses";

    public bool TryRead(byte[] body, int maxItems, bool refusesMedia, [NotNullWhen(true)] out JsonObject? root, out List<ChatText> texts,
        [NotNullWhen(false)] out ChatRequestError? error) =>
        ResponsesRequestBody.TryRead(body, maxItems, out root, out texts, out error, refusesMedia);

    public string UserText(JsonObject root) => ResponsesRequestBody.UserText(root);

    public Task<JsonObject> CheckAsync(PolicyEngine engine, JsonNode? answer, string input, AirsIdentity identity, PendingCommits commits,
        CancellationToken cancellationToken) =>
        ResponsesAnswerCheck.CheckAsync(engine, answer, input, identity, commits, cancellationToken);

    /// <summary>The Responses API reports the usage in <c>response.completed</c> whatever the request says.</summary>
    public bool RequestStreamUsage(JsonObject root) => true;

    public IStreamRelay Relay(PolicyEngine engine, AirsIdentity identity, string input, StreamingReleaseOptions? options,
        Func<string, CancellationToken, Task> write, bool forwardUsage) =>
        new ResponsesStreamRelay(engine, identity, input, options, write);
}
