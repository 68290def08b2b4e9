namespace Airs.Runtime.Audit;

/// <summary>
/// The kinds of audit record. Stored as these strings (not enum numbers) so a record stays readable,
/// verifiable and hash-stable whatever the code's enums become.
/// </summary>
public static class AuditKinds
{
    public const string Decision = "decision";
    /// <summary>One judge run: its verdict, confidence, model, latency and the decision it belongs to.</summary>
    public const string JudgeVerdict = "judge_verdict";
    public const string ReviewOpened = "review_opened";
    public const string ReviewApproved = "review_approved";
    public const string ReviewRejected = "review_rejected";
    public const string ReviewExpired = "review_expired";
    public const string PaceDowngraded = "pace_downgraded";
    public const string PaceUpgraded = "pace_upgraded";
    public const string PaceRefused = "pace_refused";
    public const string BreakerTripped = "breaker_tripped";
    public const string BreakerProbe = "breaker_probe";
    public const string BreakerClosed = "breaker_closed";
    public const string BreakerReopened = "breaker_reopened";
    public const string BreakerManualTrip = "breaker_manual_trip";
    public const string BreakerReset = "breaker_reset";
    public const string BundleLoaded = "bundle_loaded";
    public const string BundleRefused = "bundle_refused";
    /// <summary>A writer's segment commits to the heads of the other segments (<see cref="AuditAnchor"/>).</summary>
    public const string SegmentAnchor = "segment_anchor";
}
