using Airs.Runtime.Audit;
using Airs.Runtime.Breakers;
using Airs.Runtime.Limits;
using Airs.Runtime.Pace;
using Airs.Runtime.Reviews;
using Airs.Runtime.Sequences;
using Airs.Runtime.Stores;

namespace Airs.Benchmarks.Engine;

/// <summary>
/// A store that is <paramref name="inner"/> in everything but the audit append: that one builds the chained record
/// (hash, sequence) in memory and keeps only the tail, so a benchmark can show what a decision costs apart from
/// the durable write. Breaker, PACE and review reads still go to the real store.
/// </summary>
internal sealed class AuditInMemory(IAirsStore inner) : IAirsStore
{
    private readonly Lock gate = new();
    private AuditRecord? tail;

    public Task<AuditRecord> AppendAuditAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            tail = AuditRecord.Chain(tail, entry);
            return Task.FromResult(tail);
        }
    }

    public IAsyncEnumerable<AuditRecord> ReadAuditAsync(long afterSequence = 0, CancellationToken cancellationToken = default) =>
        inner.ReadAuditAsync(afterSequence, cancellationToken);

    public Task<AuditRecord?> GetAuditHeadAsync(CancellationToken cancellationToken = default) => Task.FromResult(tail);

    public Task<LimitTally> MeetLimitAsync(LimitCharge charge, CancellationToken cancellationToken = default) => inner.MeetLimitAsync(charge, cancellationToken);

    public Task<IReadOnlyList<LimitTally>> MeetLimitsAsync(IReadOnlyList<LimitCharge> charges, CancellationToken cancellationToken = default) =>
        inner.MeetLimitsAsync(charges, cancellationToken);

    public Task<double> ReadLimitAsync(LimitKey key, long windowStart, CancellationToken cancellationToken = default) =>
        inner.ReadLimitAsync(key, windowStart, cancellationToken);

    public Task RecordToolEventAsync(string policy, string session, ToolEvent toolEvent, DateTimeOffset forgetBefore, int keep, CancellationToken cancellationToken = default) =>
        inner.RecordToolEventAsync(policy, session, toolEvent, forgetBefore, keep, cancellationToken);

    public Task<IReadOnlyList<ToolEvent>> ReadToolEventsAsync(string policy, string session, DateTimeOffset since, int max, CancellationToken cancellationToken = default) =>
        inner.ReadToolEventsAsync(policy, session, since, max, cancellationToken);

    public Task InsertTicketAsync(ReviewTicket ticket, AuditEntry audit, CancellationToken cancellationToken = default) =>
        inner.InsertTicketAsync(ticket, audit, cancellationToken);

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

    public Task<IReadOnlyList<BreakerRecord>> ListBreakersAsync(string policy, CancellationToken cancellationToken = default) =>
        inner.ListBreakersAsync(policy, cancellationToken);

    public Task<bool> TryUpdateBreakerAsync(long expectedVersion, BreakerRecord next, AuditEntry? audit, CancellationToken cancellationToken = default) =>
        inner.TryUpdateBreakerAsync(expectedVersion, next, audit, cancellationToken);

    public Task<PaceRecord?> GetPaceAsync(string policy, CancellationToken cancellationToken = default) => inner.GetPaceAsync(policy, cancellationToken);

    public Task<bool> TryTransitionPaceAsync(long expectedVersion, PaceRecord next, PaceTransition transition, AuditEntry audit, CancellationToken cancellationToken = default) =>
        inner.TryTransitionPaceAsync(expectedVersion, next, transition, audit, cancellationToken);

    public Task<IReadOnlyList<PaceTransition>> ListPaceTransitionsAsync(string policy, CancellationToken cancellationToken = default) =>
        inner.ListPaceTransitionsAsync(policy, cancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask; // the inner store belongs to the benchmark
}
