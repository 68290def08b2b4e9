using Airs.Runtime.Engine;
using Airs.Runtime.Streaming;
using Microsoft.AspNetCore.Http;

namespace Airs.Runtime.AspNetCore.Middleware;

/// <summary>Which routes the chat middleware guards, which engine decides, and where identity comes from.</summary>
public sealed class AirsMiddlewareOptions
{
    /// <summary>The guarded routes; a request is guarded when its path is one of these or below one (<c>/chat</c> guards <c>/chat/stream</c>).</summary>
    public IList<PathString> Paths { get; } = [];

    /// <summary>The engine; when null, the <see cref="PolicyEngine"/> registered in the request's services.</summary>
    public PolicyEngine? Engine { get; set; }

    /// <summary>
    /// The user a request is for (scopes per-user breakers, goes to the audit record). Null by default: identity is
    /// never taken from a header or the body unless the host says so here, e.g. <c>ctx => ctx.User.Identity?.Name</c>.
    /// </summary>
    public Func<HttpContext, string?>? UserIdFrom { get; set; }

    /// <summary>The session a request belongs to (scopes per-session breakers). Null by default, like <see cref="UserIdFrom"/>.</summary>
    public Func<HttpContext, string?>? SessionIdFrom { get; set; }

    /// <summary>Larger bodies are refused (413) rather than passed on unchecked.</summary>
    public long MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Requests with more messages are refused (413): a long history is a cost the caller chooses.</summary>
    public int MaxMessages { get; set; } = 256;

    /// <summary>Requests carrying more characters of text, all fields together, are refused (413).</summary>
    public long MaxTextChars { get; set; } = 256 * 1024;

    /// <summary>
    /// Refuse (400) a request carrying an image or audio part, whatever its text: no policy reads pixels or sound, so an
    /// instruction drawn in an image or spoken in a recording would reach the endpoint's model unread. Off by default:
    /// they pass, image links read as text. File parts and unknown part types are refused either way.
    /// </summary>
    public bool RefuseUnreadMedia { get; set; }

    /// <summary>Check the endpoint's answer as <c>output</c> (JSON and text held to the end, event streams released as checked). On by default.</summary>
    public bool CheckResponses { get; set; } = true;

    /// <summary>
    /// The most bytes of one answer the middleware reads (16 MiB by default, as the gateway's <c>MaxAnswerBytes</c>): a
    /// held answer over it is refused (502 problem+json), a streamed one ends with an error event, so the endpoint does
    /// not decide how much memory the check takes. Binary answers, which pass unread, are not counted.
    /// </summary>
    public long MaxResponseBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>When a streamed answer's checked text is released: sentence by sentence, 64 characters held back, by default.</summary>
    public StreamingReleaseOptions Streaming { get; set; } = StreamingReleaseOptions.Default;

    /// <summary>
    /// Where apps poll the review tickets of escalated requests and answers (<c>GET {path}/{id}</c>: state and due time,
    /// never what the reviewer reads); refusals then carry <c>reviewTicketUrl</c>. Empty by default: not served. The
    /// host's own authentication runs before it, as for the guarded routes.
    /// </summary>
    public PathString ReviewStatusPath { get; set; }

    /// <summary>The ticket's address under <see cref="ReviewStatusPath"/>, or null when none is served.</summary>
    internal string? TicketUrl(string ticket) => ReviewStatusPath.HasValue ? $"{ReviewStatusPath}/{ticket}" : null;
}
