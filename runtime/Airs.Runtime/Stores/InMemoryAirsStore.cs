using System.Runtime.CompilerServices;
using Airs.Runtime.Audit;
using Airs.Runtime.Breakers;
using Airs.Runtime.Pace;
using Airs.Runtime.Reviews;

namespace Airs.Runtime.Stores;

/// <summary>
/// The store kept in this object's memory, for tests and hosts that need no durability: everything is gone
/// with the object (disposing it forgets nothing; dropping it does). It keeps the database stores' rules,
/// checked by the same contract suite: one audit chain, compare-and-set with its audit record, exact breaker
/// counts. One lock serialises every operation, as the database stores' single writer does, so each
/// operation and its audit record apply together or not at all.
/// </summary>
public sealed partial class InMemoryAirsStore : IAirsStore, IAuditInspection
{
    private readonly Lock gate = new();
    private readonly AuditKey? auditKey;
    private readonly List<AuditRecord> audit = [];
    private AuditSeal? seal;
    private readonly Dictionary<string, ReviewTicket> tickets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> inserted = new(StringComparer.Ordinal); // the order tickets came in, as the SQL stores' column
    private readonly Dictionary<BreakerKey, List<DateTimeOffset>> breakerEvents = [];
    private readonly Dictionary<BreakerKey, BreakerRecord> breakers = [];
    private readonly Dictionary<string, PaceRecord> pace = new(StringComparer.Ordinal);
    private readonly List<PaceTransition> paceTransitions = [];

    /// <summary>An empty store; with <paramref name="auditKey"/>, every audit record gets a MAC and the keyed head follows the log.</summary>
    public InMemoryAirsStore(AuditKey? auditKey = null)
    {
        this.auditKey = auditKey;
        if (auditKey is not null)
        {
            seal = AuditChain.Adopt(null, null, hasKeyedRecords: false, auditKey);
        }
    }

    // ---- audit -------------------------------------------------------------------------------

    public Task<AuditRecord> AppendAuditAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Write(() => Append(entry), cancellationToken);
    }

    /// <summary>Called under the lock, last in each write, so a failing append leaves nothing applied.</summary>
    private AuditRecord Append(AuditEntry entry)
    {
        var (record, nextSeal) = AuditChain.Append(audit.Count == 0 ? null : audit[^1], seal, auditKey, entry);
        audit.Add(record);
        seal = nextSeal ?? seal;
        return record;
    }

    public async IAsyncEnumerable<AuditRecord> ReadAuditAsync(long afterSequence = 0, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var records = await Read(() => audit.Where(r => r.Sequence > afterSequence).ToList(), cancellationToken).ConfigureAwait(false);
        foreach (var record in records)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return record;
        }
    }

    public Task<AuditRecord?> GetAuditHeadAsync(CancellationToken cancellationToken = default) =>
        Read(() => audit.Count == 0 ? null : audit[^1], cancellationToken);

    public Task<AuditSeal?> GetAuditSealAsync(CancellationToken cancellationToken = default) => Read(() => seal, cancellationToken);

    public Task<long> CountAuditRowsAsync(CancellationToken cancellationToken = default) => Read(() => (long)audit.Count, cancellationToken);

    public Task<AuditedState> ReadAuditedStateAsync(CancellationToken cancellationToken = default) =>
        Read(() => new AuditedState(
            [.. tickets.Values.OrderBy(t => t.Id, StringComparer.Ordinal)],
            [.. pace.Values.OrderBy(p => p.Policy, StringComparer.Ordinal)],
            [.. breakers.Values.OrderBy(b => b.Key.Policy, StringComparer.Ordinal).ThenBy(b => b.Key.Breaker, StringComparer.Ordinal)
                .ThenBy(b => b.Key.ScopeKey, StringComparer.Ordinal)]),
            cancellationToken);

    // ---- reviews -----------------------------------------------------------------------------

    public Task InsertTicketAsync(ReviewTicket ticket, AuditEntry audit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(audit);
        return Write(() =>
        {
            if (tickets.ContainsKey(ticket.Id))
            {
                throw new InvalidOperationException($"review ticket `{ticket.Id}` already exists");
            }

            var record = Append(audit);
            // Like the SQL stores' INSERT: a new ticket has no resolution yet.
            tickets.Add(ticket.Id, Utc(ticket) with { Resolution = null });
            inserted.Add(ticket.Id, inserted.Count + 1);
            return record;
        }, cancellationToken);
    }

    public Task<ReviewTicket?> GetTicketAsync(string id, CancellationToken cancellationToken = default) =>
        Read(() => tickets.GetValueOrDefault(id), cancellationToken);

    public Task<IReadOnlyList<ReviewTicket>> ListPendingTicketsAsync(string policy, string? review = null, CancellationToken cancellationToken = default) =>
        Pending(t => t.Policy == policy && (review is null || t.Review == review), cancellationToken);

    public Task<IReadOnlyList<ReviewTicket>> ListPendingTicketsInsertedAfterAsync(string? policy, string? afterId, CancellationToken cancellationToken = default) =>
        Read<IReadOnlyList<ReviewTicket>>(() =>
        {
            long after = 0;
            if (afterId is not null && !inserted.TryGetValue(afterId, out after))
            {
                return [];
            }
            return [.. tickets.Values.Where(t => t.Status == ReviewStatus.Pending && (policy is null || t.Policy == policy) && inserted[t.Id] > after).OrderBy(t => inserted[t.Id])];
        }, cancellationToken);

    public Task<IReadOnlyList<ReviewTicket>> ListDueTicketsAsync(string policy, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        Pending(t => t.Policy == policy && t.DueAt <= now, cancellationToken);

    private Task<IReadOnlyList<ReviewTicket>> Pending(Func<ReviewTicket, bool> filter, CancellationToken cancellationToken) =>
        Read<IReadOnlyList<ReviewTicket>>(() =>
            [.. tickets.Values.Where(t => t.Status == ReviewStatus.Pending && filter(t)).OrderBy(t => t.DueAt).ThenBy(t => t.Id, StringComparer.Ordinal)],
            cancellationToken);

    public Task<bool> TryResolveTicketAsync(ReviewTicket resolved, AuditEntry audit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(resolved);
        ArgumentNullException.ThrowIfNull(audit);
        var resolution = resolved.Resolution ?? throw new ArgumentException("a resolved ticket needs a resolution", nameof(resolved));
        return Write(() =>
        {
            if (!tickets.TryGetValue(resolved.Id, out var stored) || stored.Status != ReviewStatus.Pending)
            {
                return false;
            }

            Append(audit);
            // Like the SQL stores' UPDATE: only the status and the resolution change.
            tickets[resolved.Id] = stored with { Status = resolved.Status, Resolution = resolution with { At = Utc(resolution.At) } };
            return true;
        }, cancellationToken);
    }

    // ---- breakers ----------------------------------------------------------------------------

    public Task<BreakerTally> RecordBreakerEventAsync(BreakerKey key, DateTimeOffset at, DateTimeOffset windowStart, CancellationToken cancellationToken = default) =>
        Write(() =>
        {
            if (!breakerEvents.TryGetValue(key, out var events))
            {
                breakerEvents[key] = events = [];
            }

            events.Add(at);
            events.RemoveAll(e => e <= windowStart);
            return new BreakerTally(events.Count, breakers.GetValueOrDefault(key));
        }, cancellationToken);

    public Task<BreakerRecord?> GetBreakerAsync(BreakerKey key, CancellationToken cancellationToken = default) =>
        Read(() => breakers.GetValueOrDefault(key), cancellationToken);

    public Task<IReadOnlyList<BreakerRecord>> ListBreakersAsync(string policy, CancellationToken cancellationToken = default) =>
        Read<IReadOnlyList<BreakerRecord>>(() =>
            [.. breakers.Values.Where(b => b.Key.Policy == policy)
                .OrderBy(b => b.Key.Breaker, StringComparer.Ordinal).ThenBy(b => b.Key.ScopeKey, StringComparer.Ordinal)],
            cancellationToken);

    public Task<bool> TryUpdateBreakerAsync(long expectedVersion, BreakerRecord next, AuditEntry? audit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(next);
        return Write(() =>
        {
            var found = breakers.TryGetValue(next.Key, out var stored);
            if (expectedVersion == 0 ? found : !found || stored!.Version != expectedVersion)
            {
                return false;
            }

            if (audit is not null)
            {
                Append(audit);
            }

            breakers[next.Key] = next with { Since = Utc(next.Since) };
            if (next.State == BreakerState.Closed)
            {
                breakerEvents.Remove(next.Key);
            }

            return true;
        }, cancellationToken);
    }

    // ---- PACE --------------------------------------------------------------------------------

    public Task<PaceRecord?> GetPaceAsync(string policy, CancellationToken cancellationToken = default) =>
        Read(() => pace.GetValueOrDefault(policy), cancellationToken);

    public Task<bool> TryTransitionPaceAsync(long expectedVersion, PaceRecord next, PaceTransition transition, AuditEntry audit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(next);
        ArgumentNullException.ThrowIfNull(transition);
        ArgumentNullException.ThrowIfNull(audit);
        return Write(() =>
        {
            var found = pace.TryGetValue(next.Policy, out var stored);
            if (expectedVersion == 0 ? found : !found || stored!.Version != expectedVersion)
            {
                return false;
            }

            Append(audit);
            pace[next.Policy] = next with { Since = Utc(next.Since) };
            paceTransitions.Add(transition with { At = Utc(transition.At) });
            return true;
        }, cancellationToken);
    }

    public Task<IReadOnlyList<PaceTransition>> ListPaceTransitionsAsync(string policy, CancellationToken cancellationToken = default) =>
        Read<IReadOnlyList<PaceTransition>>(() => [.. paceTransitions.Where(t => t.Policy == policy)], cancellationToken);

    // ---- plumbing ----------------------------------------------------------------------------

    private Task<T> Write<T>(Func<T> operation, CancellationToken cancellationToken) => Read(operation, cancellationToken);

    private Task<T> Read<T>(Func<T> operation, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(cancellationToken);
        }

        try
        {
            lock (gate)
            {
                return Task.FromResult(operation());
            }
        }
        catch (Exception error)
        {
            return Task.FromException<T>(error);
        }
    }

    // The database stores keep UTC ticks, so what they hand back is in UTC; so is what this store hands back.
    private static DateTimeOffset Utc(DateTimeOffset time) => new(time.UtcTicks, TimeSpan.Zero);

    private static ReviewTicket Utc(ReviewTicket ticket) => ticket with { CreatedAt = Utc(ticket.CreatedAt), DueAt = Utc(ticket.DueAt) };

    /// <summary>Nothing to release: the state lives as long as this object.</summary>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
