using Airs.Runtime.Decisions;
using Airs.Runtime.Policy;

namespace Airs.Runtime.Reviews;

public enum ReviewStatus
{
    Pending,
    Approved,
    Rejected,
    Expired,
}

/// <summary>Review statuses as the stores and the audit log write them.</summary>
public static class ReviewStatuses
{
    public static readonly KeywordTable<ReviewStatus> Table = new(
        (ReviewStatus.Pending, "pending"), (ReviewStatus.Approved, "approved"), (ReviewStatus.Rejected, "rejected"),
        (ReviewStatus.Expired, "expired"));

    public static string ToKeyword(this ReviewStatus status) => Table.ToKeyword(status);

    public static bool TryParse(string? keyword, out ReviewStatus status) => Table.TryParse(keyword, out status);
}

/// <summary>A decision waiting for (or resolved by) a human.</summary>
/// <param name="Policy">The policy whose review queue holds it.</param>
/// <param name="Review">The review queue's name in that policy.</param>
/// <param name="DecisionId">The decision that escalated.</param>
/// <param name="Summary">What the reviewer sees; never the whole context.</param>
/// <param name="DueAt">Creation time plus the queue's SLA.</param>
/// <param name="Resolution">Who resolved it, how and why; null while pending.</param>
public sealed record ReviewTicket(
    string Id,
    string Policy,
    string Review,
    string DecisionId,
    string Summary,
    DateTimeOffset CreatedAt,
    DateTimeOffset DueAt,
    ReviewStatus Status,
    ReviewResolution? Resolution)
{
    public bool IsPending => Status == ReviewStatus.Pending;
}

/// <param name="By">The reviewer, or <c>system</c> for expiry.</param>
/// <param name="Outcome">Allow for an approval, block for a rejection, the queue's <c>on expiry</c> outcome for an expiry.</param>
public sealed record ReviewResolution(string By, string Reason, DateTimeOffset At, Outcome Outcome);
