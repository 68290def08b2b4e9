using System.Text;

namespace Airs.Runtime.AspNetCore.Sidecar;

/// <summary>Where the sidecar POSTs a notice of every review ticket it opens, and how it signs and retries.</summary>
/// <param name="Url">The receiver (http or https).</param>
/// <param name="Secret">The HMAC-SHA256 key for <c>X-Airs-Signature-256</c>; read from an environment variable, never logged.</param>
public sealed record ReviewWebhookOptions(Uri Url, string Secret)
{
    /// <summary>The shortest secret accepted.</summary>
    public const int MinSecretLength = 16;

    /// <summary>Attempts per notice, the first included; a 2xx ends them, a 4xx other than 408 and 429 gives up at once.</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>The first retry's delay; later ones back off exponentially, with jitter.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one attempt may take.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(10);

    // The secret stays out of ToString (SecretHiding), and so out of any message that formats these options.
    [System.Diagnostics.CodeAnalysis.SuppressMessage("CodeQuality", "IDE0051", Justification = "the record's ToString calls it")]
    private bool PrintMembers(StringBuilder builder) => SecretHiding.PrintMembers(this, builder, nameof(Secret));
}
