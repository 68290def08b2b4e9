using System.Text.Json.Nodes;
using Airs.Runtime.Context;
using Airs.Runtime.Engine;
using Microsoft.Extensions.AI;

namespace Airs.Runtime.AI.Guarding;

/// <summary>
/// The model's reported usage, counted against the policy's token and cost limits by the hosts that see it — the
/// guarded client, the middleware and the gateway — in one way: the answer's total tokens (prompt and completion, what
/// <c>output.tokens</c> means) through <see cref="PolicyEngine.SpendTokensAsync"/>. Nobody else reports them, so without
/// this a policy's token limit is never reached.
/// </summary>
internal static class TokenUsage
{
    /// <summary>Why a whole answer without a usage is not passed on when the policy counts tokens.</summary>
    public const string Missing = "the model's answer reports no token usage, which the policy's token limit counts";

    /// <summary>
    /// The tokens of an answer as <see cref="Microsoft.Extensions.AI"/> reports them: the total, else input plus output
    /// when the provider reports both (some fill in no total); null when it reports no count.
    /// </summary>
    public static double? Of(UsageDetails? usage) =>
        usage?.TotalTokenCount is { } total ? Valid(total)
        : usage is { InputTokenCount: { } input, OutputTokenCount: { } output } ? Valid(input + output)
        : null;

    /// <summary>The tokens of an answer as the OpenAI APIs report them (<c>usage.total_tokens</c>, chat and responses alike); null when absent or not a count.</summary>
    public static double? Of(JsonNode? usage) =>
        usage is JsonObject && usage["total_tokens"] is JsonValue total && total.TryGetValue<double>(out var tokens) ? Valid(tokens) : null;

    /// <summary>
    /// Counts <paramref name="tokens"/> under <paramref name="identity"/>. Not the request's cancellation: the tokens are
    /// spent whether or not the caller is still there.
    /// </summary>
    public static Task SpendAsync(PolicyEngine engine, AirsIdentity identity, double tokens) =>
        engine.SpendTokensAsync(new RequestContext
        {
            UserId = identity.UserId,
            SessionId = identity.SessionId,
            AgentId = identity.AgentId,
            OutputTokens = tokens,
        }, CancellationToken.None);

    private static double? Valid(double tokens) => double.IsFinite(tokens) && tokens >= 0 ? tokens : null;
}
