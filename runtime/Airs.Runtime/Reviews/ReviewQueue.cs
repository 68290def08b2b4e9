using System.Collections.Frozen;
using System.Text.Json.Nodes;
using Airs.Runtime.Audit;
using Airs.Runtime.Decisions;
using Airs.Runtime.Policy;
using Airs.Runtime.Stores;

namespace Airs.Runtime.Reviews;

/// <summary>
/// The human review queues of one policy. A ticket is due at creation plus its queue's SLA; until then a
/// reviewer may approve or reject it once. After that it can only expire, through <see cref="ExpireDueAsync"/>,
/// which applies the queue's <c>on expiry</c> action. Every change is audited in the same transaction.
/// </summary>
public sealed class ReviewQueue
{
    private const string System = AuditActors.System;

    private readonly string policy;
    private readonly FrozenDictionary<string, ReviewSpec> specs;
    private readonly IReviewStore store;
    private readonly TimeProvider time;

    public ReviewQueue(string policy, IEnumerable<ReviewSpec> reviews, IReviewStore store, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrEmpty(policy);
        this.policy = policy;
        specs = reviews.ToFrozenDictionary(r => r.Name, StringComparer.Ordinal);
        this.store = store;
        this.time = time;
    }

    /// <summary>Raised after a ticket is stored (for notifications); handlers run on the deciding request and must not block or throw.</summary>
    public event EventHandler<ReviewTicket>? Opened;

    public async Task<ReviewTicket> OpenAsync(string review, string decisionId, string summary, CancellationToken cancellationToken = default)
    {
        var spec = specs.TryGetValue(review, out var found) ? found : throw new ReviewException($"unknown review `{review}`");
        ArgumentException.ThrowIfNullOrEmpty(decisionId);
        var now = time.GetUtcNow();
        // Stored as text and shown to people, whoever wrote it: no NUL (PostgreSQL keeps none), nothing a screen acts on.
        var ticket = new ReviewTicket(Guid.CreateVersion7(now).ToString("n"), policy, spec.Name, decisionId, ReviewText.Clean(summary ?? ""),
            now, now + spec.Sla, ReviewStatus.Pending, null);
        var payload = Payload(ticket, "opened");
        payload["decision_id"] = decisionId;
        payload["due"] = ticket.DueAt.ToString("O");
        await store.InsertTicketAsync(ticket, AuditLog.Entry(time, AuditKinds.ReviewOpened, System, payload), cancellationToken).ConfigureAwait(false);
        Opened?.Invoke(this, ticket);
        return ticket;
    }

    public Task<IReadOnlyList<ReviewTicket>> ListPendingAsync(string? review = null, CancellationToken cancellationToken = default) =>
        store.ListPendingTicketsAsync(policy, review, cancellationToken);

    public Task<ReviewTicket> ApproveAsync(string ticketId, string reviewer, string reason, CancellationToken cancellationToken = default) =>
        DecideAsync(ticketId, ReviewStatus.Approved, Outcome.Allow, reviewer, reason, AuditKinds.ReviewApproved, null, cancellationToken);

    public Task<ReviewTicket> RejectAsync(string ticketId, string reviewer, string reason, CancellationToken cancellationToken = default) =>
        DecideAsync(ticketId, ReviewStatus.Rejected, Outcome.Block, reviewer, reason, AuditKinds.ReviewRejected, null, cancellationToken);

    /// <summary>
    /// Approves or rejects as the authenticated <paramref name="reviewer"/> (the audit record's actor);
    /// <paramref name="displayName"/>, if any, is only shown beside it (payload <c>display_name</c>).
    /// </summary>
    public Task<ReviewTicket> DecideAsync(string ticketId, bool approve, string reviewer, string reason, string? displayName, CancellationToken cancellationToken = default) =>
        approve
            ? DecideAsync(ticketId, ReviewStatus.Approved, Outcome.Allow, reviewer, reason, AuditKinds.ReviewApproved, displayName, cancellationToken)
            : DecideAsync(ticketId, ReviewStatus.Rejected, Outcome.Block, reviewer, reason, AuditKinds.ReviewRejected, displayName, cancellationToken);

    private async Task<ReviewTicket> DecideAsync(string ticketId, ReviewStatus status, Outcome outcome, string reviewer, string reason, string kind,
        string? displayName, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reviewer))
        {
            throw new ReviewException("a decision needs a reviewer");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ReviewException("a decision needs a reason");
        }

        var ticket = await store.GetTicketAsync(ticketId, cancellationToken).ConfigureAwait(false);
        if (ticket is null || ticket.Policy != policy)
        {
            throw new ReviewException($"unknown ticket `{ticketId}`");
        }

        EnsurePending(ticket);
        var now = time.GetUtcNow();
        if (now >= ticket.DueAt)
        {
            throw new ReviewException($"ticket `{ticketId}` passed its due time and can only expire");
        }

        var resolved = ticket with { Status = status, Resolution = new ReviewResolution(reviewer, reason, now, outcome) };
        var payload = Payload(resolved, reason);
        if (!string.IsNullOrWhiteSpace(displayName))
        {
            payload["display_name"] = displayName;
        }
        if (!await store.TryResolveTicketAsync(resolved, AuditLog.Entry(time, kind, reviewer, payload), cancellationToken).ConfigureAwait(false))
        {
            // Someone resolved it between our read and our write: report what they did.
            EnsurePending(await store.GetTicketAsync(ticketId, cancellationToken).ConfigureAwait(false) ?? ticket);
            throw new ReviewException($"ticket `{ticketId}` is no longer pending");
        }

        return resolved;
    }

    /// <summary>Expires every pending ticket past its due time and returns each with the action now in force.</summary>
    public async Task<IReadOnlyList<ExpiredTicket>> ExpireDueAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var due = await store.ListDueTicketsAsync(policy, now, cancellationToken).ConfigureAwait(false);
        var expired = new List<ExpiredTicket>();
        foreach (var ticket in due)
        {
            if (!specs.TryGetValue(ticket.Review, out var spec))
            {
                continue; // its queue was removed from the policy; leave it for an operator
            }

            var resolved = ticket with
            {
                Status = ReviewStatus.Expired,
                Resolution = new ReviewResolution(System, $"not decided within {spec.Sla}", now, spec.OnExpiry.Outcome),
            };
            var payload = Payload(resolved, resolved.Resolution.Reason);
            payload["outcome"] = spec.OnExpiry.Outcome.ToKeyword();
            if (await store.TryResolveTicketAsync(resolved, AuditLog.Entry(time, AuditKinds.ReviewExpired, System, payload), cancellationToken).ConfigureAwait(false))
            {
                expired.Add(new ExpiredTicket(resolved, spec.OnExpiry));
            }
        }

        return expired;
    }

    private static void EnsurePending(ReviewTicket ticket)
    {
        if (!ticket.IsPending)
        {
            throw new ReviewException($"ticket `{ticket.Id}` is already {ticket.Status.ToKeyword()}");
        }
    }

    private static JsonObject Payload(ReviewTicket ticket, string reason) => new()
    {
        ["policy"] = ticket.Policy,
        ["review"] = ticket.Review,
        ["ticket"] = ticket.Id,
        ["reason"] = reason,
    };
}
