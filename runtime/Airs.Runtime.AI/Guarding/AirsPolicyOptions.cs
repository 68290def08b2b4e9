using Airs.Runtime.Engine;
using Airs.Runtime.Streaming;
using Microsoft.Extensions.AI;

namespace Airs.Runtime.AI.Guarding;

/// <summary>How a guarded chat client finds its engine, its caller's identity, and what it does on a refusal.</summary>
public sealed class AirsPolicyOptions
{
    public const string DefaultRefusalMessage = "The request was refused by policy.";
    public const string DefaultReviewMessage = "This needs a person's review before it can be shown.";

    /// <summary>A ready engine; takes precedence over <see cref="EngineFactory"/>.</summary>
    public PolicyEngine? Engine { get; set; }

    /// <summary>Builds the engine on first use (engines load asynchronously); called once per service provider.</summary>
    public Func<IServiceProvider, CancellationToken, Task<PolicyEngine>>? EngineFactory { get; set; }

    /// <summary>
    /// The identity of the request being guarded. Anonymous by default: identity comes from the host
    /// (its authentication, an ambient HTTP context), never from anything the caller or the model can write.
    /// </summary>
    public Func<IEnumerable<ChatMessage>, ChatOptions?, AirsIdentity> IdentityFrom { get; set; } = (_, _) => AirsIdentity.Anonymous;

    public AirsBlockBehavior OnBlock { get; set; } = AirsBlockBehavior.Refuse;

    /// <summary>Shown when a refusing decision carries no message of its own.</summary>
    public string RefusalMessage { get; set; } = DefaultRefusalMessage;

    /// <summary>Shown when a decision escalates to review and carries no message of its own.</summary>
    public string ReviewMessage { get; set; } = DefaultReviewMessage;

    /// <summary>
    /// Refuse a request carrying images, audio or video (data or links), or any content the policy does not read as
    /// text: no policy reads pixels or sound, so an instruction drawn in an image would reach the model unread. The call
    /// throws <see cref="NotSupportedException"/> before any decision, as for other contents it cannot check, and the
    /// model is not called. Off by default: media pass, their links read as text.
    /// </summary>
    public bool RefuseUnreadMedia { get; set; }

    /// <summary>When a streamed answer's checked text is released: sentence by sentence, 64 characters held back, by default.</summary>
    public StreamingReleaseOptions Streaming { get; set; } = StreamingReleaseOptions.Default;
}
