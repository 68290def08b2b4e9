using Airs.Runtime.Audit;
using Airs.Runtime.Breakers;
using Airs.Runtime.Limits;
using Airs.Runtime.Pace;
using Airs.Runtime.Reviews;
using Airs.Runtime.Sequences;
using Airs.Runtime.Stores;

namespace Airs.Runtime.AspNetCore.Tests.Sidecar;

/// <summary>A store that can be told to fail audit appends with an exception whose message must never reach a client, or to hold them back.</summary>
internal sealed class FailingStore(IAirsStore inner) : IAirsStore
{
    public const string Secret = "connection to 10.0.0.7 refused for user airs_writer";

    public IAirsStore Inner => inner;

    public volatile bool FailAudit;

    /// <summary>Awaited before an audit append reaches the store: a test holds a decision's commit back.</summary>
    public Func<AuditEntry, Task>? Hold { get; set; }

    public Task<AuditRecord> AppendAuditAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        Appends.Enqueue(("durable", entry.Payload));
        return FailAudit ? throw new InvalidOperationException(Secret)
            : Hold is { } hold ? HeldAsync(hold, entry, cancellationToken)
            : inner.AppendAuditAsync(entry, cancellationToken);
    }

    private async Task<AuditRecord> HeldAsync(Func<AuditEntry, Task> hold, AuditEntry entry, CancellationToken cancellationToken)
    {
        await hold(entry);
        return await inner.AppendAuditAsync(entry, cancellationToken);
    }

    /// <summary>Fails <see cref="SyncAuditAsync"/>: written records that could not be made durable.</summary>
    public volatile bool FailSync;

    /// <summary>The audit appends as they came: <c>written</c> or <c>durable</c>, and the record's payload.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<(string How, string Payload)> Appends { get; } = new();

    public Task<AuditRecord> AppendAuditWrittenAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        Appends.Enqueue(("written", entry.Payload));
        return FailAudit ? throw new InvalidOperationException(Secret) : inner.AppendAuditWrittenAsync(entry, cancellationToken);
    }

    /// <summary>Awaited before a sync reaches the store: a test holds the sync back.</summary>
    public Func<Task>? HoldSync { get; set; }

    public Task SyncAuditAsync(CancellationToken cancellationToken = default) =>
        FailSync ? Task.FromException(new InvalidOperationException(Secret)) : SyncAsync(cancellationToken);

    private async Task SyncAsync(CancellationToken cancellationToken)
    {
        if (HoldSync is { } hold)
        {
            await hold();
        }
        await inner.SyncAuditAsync(cancellationToken);
    }

    public IAsyncEnumerable<AuditRecord> ReadAuditAsync(long afterSequence = 0, CancellationToken cancellationToken = default) => inner.ReadAuditAsync(afterSequence, cancellationToken);

    public Task<AuditRecord?> GetAuditHeadAsync(CancellationToken cancellationToken = default) => inner.GetAuditHeadAsync(cancellationToken);

    public Task InsertTicketAsync(ReviewTicket ticket, AuditEntry audit, CancellationToken cancellationToken = default) => inner.InsertTicketAsync(ticket, audit, cancellationToken);

    public Task<ReviewTicket?> GetTicketAsync(string id, CancellationToken cancellationToken = default) => inner.GetTicketAsync(id, cancellationToken);

    public Task<IReadOnlyList<ReviewTicket>> ListPendingTicketsAsync(string policy, string? review = null, CancellationToken cancellationToken = default) =>
        inner.ListPendingTicketsAsync(policy, review, cancellationToken);

    public Task<IReadOnlyList<ReviewTicket>> ListPendingTicketsInsertedAfterAsync(string? policy, string? afterId, CancellationToken cancellationToken = default) =>
        inner.ListPendingTicketsInsertedAfterAsync(policy, afterId, cancellationToken);

    public Task<IReadOnlyList<ReviewTicket>> ListDueTicketsAsync(string policy, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        inner.ListDueTicketsAsync(policy, now, cancellationToken);

    public Task<bool> TryResolveTicketAsync(ReviewTicket resolved, AuditEntry audit, CancellationToken cancellationToken = default) =>
        inner.TryResolveTicketAsync(resolved, audit, cancellationToken);

    public Task<BreakerTally> RecordBreakerEventAsync(BreakerKey key, DateTimeOffset at, DateTimeOffset windowStart, CancellationToken cancellationToken = default) =>
        inner.RecordBreakerEventAsync(key, at, windowStart, cancellationToken);

    public Task<BreakerRecord?> GetBreakerAsync(BreakerKey key, CancellationToken cancellationToken = default) => inner.GetBreakerAsync(key, cancellationToken);

    public Task<IReadOnlyList<BreakerRecord>> ListBreakersAsync(string policy, CancellationToken cancellationToken = default) => inner.ListBreakersAsync(policy, cancellationToken);

    public Task<bool> TryUpdateBreakerAsync(long expectedVersion, BreakerRecord next, AuditEntry? audit, CancellationToken cancellationToken = default) =>
        inner.TryUpdateBreakerAsync(expectedVersion, next, audit, cancellationToken);

    /// <summary>Fails <see cref="GetPaceAsync"/>: an engine of a policy with PACE cannot start.</summary>
    public volatile bool FailPaceRead;

    public Task<PaceRecord?> GetPaceAsync(string policy, CancellationToken cancellationToken = default) =>
        FailPaceRead ? Task.FromException<PaceRecord?>(new InvalidOperationException(Secret)) : inner.GetPaceAsync(policy, cancellationToken);

    public Task<bool> TryTransitionPaceAsync(long expectedVersion, PaceRecord next, PaceTransition transition, AuditEntry audit, CancellationToken cancellationToken = default) =>
        inner.TryTransitionPaceAsync(expectedVersion, next, transition, audit, cancellationToken);

    public Task<IReadOnlyList<PaceTransition>> ListPaceTransitionsAsync(string policy, CancellationToken cancellationToken = default) =>
        inner.ListPaceTransitionsAsync(policy, cancellationToken);

    public Task<LimitTally> MeetLimitAsync(LimitCharge charge, CancellationToken cancellationToken = default) => inner.MeetLimitAsync(charge, cancellationToken);

    public Task<double> ReadLimitAsync(LimitKey key, long windowStart, CancellationToken cancellationToken = default) =>
        inner.ReadLimitAsync(key, windowStart, cancellationToken);

    public Task RecordToolEventAsync(string policy, string session, ToolEvent toolEvent, DateTimeOffset forgetBefore, int keep, CancellationToken cancellationToken = default) =>
        inner.RecordToolEventAsync(policy, session, toolEvent, forgetBefore, keep, cancellationToken);

    public Task<IReadOnlyList<ToolEvent>> ReadToolEventsAsync(string policy, string session, DateTimeOffset since, int max, CancellationToken cancellationToken = default) =>
        inner.ReadToolEventsAsync(policy, session, since, max, cancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
