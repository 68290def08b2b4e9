using Airs.Runtime.Audit;
using Airs.Runtime.Breakers;
using Airs.Runtime.Pace;
using Airs.Runtime.Reviews;
using Airs.Runtime.Sequences;

namespace Airs.Runtime.Stores;

/// <summary>
/// Everything the runtime keeps across requests and restarts. One object so that a state change and
/// its audit record commit in one transaction: every mutating method that takes an <see cref="AuditEntry"/>
/// appends it if and only if the change is applied.
/// </summary>
/// <remarks>
/// What an implementation must guarantee (<see cref="InMemoryAirsStore"/>; SQLite and PostgreSQL in their own packages, on the shared <see cref="AdoAirsStore"/>):
/// <list type="bullet">
/// <item>Every audit chain has one writer at a time: the new record's sequence is its chain's head's plus one and
/// its previous hash the head's hash, so no chain can fork; an acknowledged append is durable. A chain is the store's
/// one log (SQLite, in memory), or on PostgreSQL each store's own segment (only that store writes it) and the shared
/// chain of state changes (read and appended under the writers' lock, across processes and replicas).</item>
/// <item>Compare-and-set methods (<c>TryUpdate…</c>, <c>TryTransition…</c>, <c>TryResolve…</c>) apply only
/// when the stored version/status still matches, atomically with their audit record.</item>
/// <item><see cref="IBreakerStore.RecordBreakerEventAsync"/> inserts and counts in one transaction, so
/// concurrent records see exact, distinct counts.</item>
/// <item><see cref="ILimitStore.MeetLimitAsync"/> reads and adds in one transaction serialised with every other
/// writer, so N concurrent admissions against a limit of k admit exactly k.</item>
/// <item>Times are stored exactly (UTC ticks) so hashes recompute.</item>
/// </list>
/// </remarks>
public interface IAirsStore : IAuditStore, IReviewStore, IBreakerStore, IPaceStore, ILimitStore, IToolHistoryStore, IAsyncDisposable;

public interface IAuditStore
{
    /// <summary>Appends <paramref name="entry"/>; acknowledged once the record is durable.</summary>
    Task<AuditRecord> AppendAuditAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends <paramref name="entry"/>, acknowledged once the record is written to the store (it survives this process
    /// being killed) though perhaps not yet on disk: the next durable append, or <see cref="SyncAuditAsync"/>, makes it
    /// durable. For a host that releases nothing on the strength of the record before one of those has completed (the
    /// gateway, whose answer's decision commits durably behind its request's). A store without the distinction
    /// appends durably.
    /// </summary>
    Task<AuditRecord> AppendAuditWrittenAsync(AuditEntry entry, CancellationToken cancellationToken = default) =>
        AppendAuditAsync(entry, cancellationToken);

    /// <summary>Completes when every record acknowledged before the call is durable (see <see cref="AppendAuditWrittenAsync"/>).</summary>
    Task SyncAuditAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <summary>The records after <paramref name="afterSequence"/>, in sequence order, streamed.</summary>
    IAsyncEnumerable<AuditRecord> ReadAuditAsync(long afterSequence = 0, CancellationToken cancellationToken = default);

    Task<AuditRecord?> GetAuditHeadAsync(CancellationToken cancellationToken = default);
}

public interface IReviewStore
{
    /// <summary>Inserts a new ticket; fails if its id exists.</summary>
    Task InsertTicketAsync(ReviewTicket ticket, AuditEntry audit, CancellationToken cancellationToken = default);

    Task<ReviewTicket?> GetTicketAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Pending tickets of a policy (and one queue, when given), oldest due first.</summary>
    Task<IReadOnlyList<ReviewTicket>> ListPendingTicketsAsync(string policy, string? review = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Pending tickets of a policy (of every policy when null) that the store took after ticket <paramref name="afterId"/>
    /// (every pending ticket when null; none when there is no such ticket), in the order it took them. The order is a
    /// sequence the store assigns as it inserts, not the tickets' creation times: replicas sharing a store have clocks of
    /// their own, and a ticket from one whose clock is behind must still come after every ticket a poller was given.
    /// </summary>
    Task<IReadOnlyList<ReviewTicket>> ListPendingTicketsInsertedAfterAsync(string? policy, string? afterId, CancellationToken cancellationToken = default);

    /// <summary>Pending tickets of a policy whose due time is at or before <paramref name="now"/>.</summary>
    Task<IReadOnlyList<ReviewTicket>> ListDueTicketsAsync(string policy, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Stores <paramref name="resolved"/> if the ticket is still pending; false if someone resolved it first.</summary>
    Task<bool> TryResolveTicketAsync(ReviewTicket resolved, AuditEntry audit, CancellationToken cancellationToken = default);
}

public interface IBreakerStore
{
    /// <summary>
    /// Records one event at <paramref name="at"/>, forgets the key's events at or before <paramref name="windowStart"/>,
    /// and returns how many remain (this one included) with the key's state, both read in the same transaction.
    /// </summary>
    Task<BreakerTally> RecordBreakerEventAsync(BreakerKey key, DateTimeOffset at, DateTimeOffset windowStart, CancellationToken cancellationToken = default);

    /// <summary>The key's state; null if it was never anything but closed.</summary>
    Task<BreakerRecord?> GetBreakerAsync(BreakerKey key, CancellationToken cancellationToken = default);

    /// <summary>Every non-default breaker state of a policy (for operators and for restart).</summary>
    Task<IReadOnlyList<BreakerRecord>> ListBreakersAsync(string policy, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the key's state with <paramref name="next"/> (whose version must be <paramref name="expectedVersion"/> + 1)
    /// if the stored version is still <paramref name="expectedVersion"/> (0: no row yet); appends <paramref name="audit"/> when given.
    /// Moving to closed forgets the key's events, so a close starts a fresh count.
    /// </summary>
    Task<bool> TryUpdateBreakerAsync(long expectedVersion, BreakerRecord next, AuditEntry? audit, CancellationToken cancellationToken = default);
}

public interface IPaceStore : IAuditStore
{
    Task<PaceRecord?> GetPaceAsync(string policy, CancellationToken cancellationToken = default);

    /// <summary>Applies <paramref name="next"/> and records <paramref name="transition"/> if the stored version is still <paramref name="expectedVersion"/>.</summary>
    Task<bool> TryTransitionPaceAsync(long expectedVersion, PaceRecord next, PaceTransition transition, AuditEntry audit, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<PaceTransition>> ListPaceTransitionsAsync(string policy, CancellationToken cancellationToken = default);
}
