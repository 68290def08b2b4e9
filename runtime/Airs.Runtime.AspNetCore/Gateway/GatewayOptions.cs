using System.Text;
using Airs.Runtime.AspNetCore.Sidecar;
using Airs.Runtime.Streaming;

namespace Airs.Runtime.AspNetCore.Gateway;

/// <summary>
/// How <c>airs gateway</c> forwards OpenAI-compatible chat requests: to which upstream, under which served policy, and
/// where the caller's identity comes from. Identity is read only from what is configured here; otherwise every
/// request is anonymous.
/// </summary>
public sealed record GatewayOptions
{
    /// <summary>The upstream's base URL as a client would configure it, including <c>/v1</c> (e.g. <c>https://api.openai.com/v1</c>).</summary>
    public required Uri Upstream { get; init; }

    /// <summary>Sent to the upstream as <c>Authorization: Bearer</c>; the client's own credentials never are. Never logged.</summary>
    public string? UpstreamKey { get; init; }

    /// <summary>The served policy that guards the chat; null: the only policy served.</summary>
    public string? Policy { get; init; }

    /// <summary>The request header that carries the user id; null: none.</summary>
    public string? UserHeader { get; init; }

    /// <summary>The request header that carries the session id; null: none.</summary>
    public string? SessionHeader { get; init; }

    /// <summary>The request header that carries the agent id; null: none.</summary>
    public string? AgentHeader { get; init; }

    /// <summary>Take the user id from the body's <c>user</c> field when no user header is set (the caller can write it).</summary>
    public bool UserFromBody { get; init; }

    /// <summary>
    /// Refuse (400) a request carrying an image or audio, whatever its text: no policy reads pixels or sound, so an
    /// instruction drawn in an image would reach the model unread. Off by default: images pass, their links read as text.
    /// Files, audio and part types the gateway does not know are refused either way.
    /// </summary>
    public bool RefuseUnreadMedia { get; init; }

    /// <summary>The most messages one request may carry (413 above it).</summary>
    public int MaxMessages { get; init; } = 256;

    /// <summary>The most characters of text one request may carry (413 above it).</summary>
    public long MaxTextChars { get; init; } = 256 * 1024;

    /// <summary>When a streamed answer's checked text is released (hold-back, sentence or window); null: the defaults.</summary>
    public StreamingReleaseOptions? StreamRelease { get; init; }

    /// <summary>
    /// The most bytes the gateway reads of one upstream answer, whole or streamed (502 <c>upstream_too_large</c> above
    /// it): what the upstream sends is held and checked, so an upstream must not decide how much memory that takes.
    /// </summary>
    public long MaxAnswerBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>How long one upstream call may take, from its start to its last byte, streaming included (on <see cref="Sidecar.SidecarOptions.TimeProvider"/>).</summary>
    public TimeSpan UpstreamTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The most upstream calls in flight at once (chats, responses, model lists; a stream holds its call until it ends).
    /// Each holds a socket, its answer's memory and the upstream's quota for up to <see cref="UpstreamTimeout"/>, so a
    /// burst of clients must not decide how many there are.
    /// </summary>
    public int MaxUpstreamCalls { get; init; } = 64;

    /// <summary>How many more requests may wait for a call to come free; beyond them a request is refused at once (503 <c>gateway_busy</c>).</summary>
    public int MaxQueuedUpstreamCalls { get; init; } = 64;

    /// <summary>How long a request waits for a call to come free before it is refused (503 <c>gateway_busy</c>).</summary>
    public TimeSpan UpstreamQueueTimeout { get; init; } = TimeSpan.FromSeconds(10);

    // The key stays out of ToString (SecretHiding), and so out of any message that formats these options.
    [System.Diagnostics.CodeAnalysis.SuppressMessage("CodeQuality", "IDE0051", Justification = "the record's ToString calls it")]
    private bool PrintMembers(StringBuilder builder) => SecretHiding.PrintMembers(this, builder, nameof(UpstreamKey));
}
