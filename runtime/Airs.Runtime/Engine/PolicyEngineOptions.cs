using Airs.Runtime.Judges;

namespace Airs.Runtime.Engine;

public sealed record PolicyEngineOptions
{
    /// <summary>Who may move PACE by hand (set or clear <c>emergency</c>, every upgrade). Nobody by default.</summary>
    public IReadOnlyList<string> PacePrincipals { get; init; } = [];

    /// <summary>Makes decision ids; by default a version-7 GUID (time-ordered) from the engine's clock.</summary>
    public Func<string>? DecisionIds { get; init; }

    public JudgeRunnerOptions Judges { get; init; } = JudgeRunnerOptions.Default;

    /// <summary>Errors of one judge in a row (no verdict in between) before it is reported failing to PACE (<c>judge.failing</c>).</summary>
    public int JudgeErrorsBeforeFailing { get; init; } = 3;

    /// <summary>
    /// How many different users those errors must come from (RT-12): otherwise one user who can make the judge
    /// fail — say, with text that steers it into an unparseable reply — could switch judges off for everyone.
    /// </summary>
    public int JudgeFailingUsers { get; init; } = 2;

    /// <summary>
    /// How often a decision re-reads the stored PACE level, so a kill switch pulled by another replica
    /// takes effect within this interval. Zero re-reads on every decision.
    /// </summary>
    public TimeSpan PaceRefreshInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long a breaker's admission relies on the state it last read for a key, so a breaker tripped, probed or
    /// reset by another replica takes effect within this interval; this engine's own changes take effect at once.
    /// Zero reads the store on every admission.
    /// </summary>
    public TimeSpan BreakerRefreshInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How often a decision also expires overdue review tickets (the cheap check of step 4).</summary>
    public TimeSpan ReviewExpiryInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest summary a reviewer sees on a ticket (built from findings, never the raw text).</summary>
    public int MaxReviewSummaryLength { get; init; } = 500;

    /// <summary>
    /// The HMAC-SHA256 key for context attributes declared <c>sensitive</c> in the audit log. Without one they are
    /// written as <c>[sensitive]</c>; with one, as <c>hmac-sha256:…</c>, so equal values can be matched without being read.
    /// </summary>
    public byte[]? AttributeHashKey { get; init; }

    public static readonly PolicyEngineOptions Default = new();
}
