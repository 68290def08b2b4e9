using System.Data.Common;
using Airs.Runtime.Limits;

namespace Airs.Runtime.Stores;

// The limit counts. A store several processes write (PostgreSQL replicas) meets each request's charges in one write
// transaction, which holds the writers' lock. A store one process writes (SQLite) keeps them resident
// (ResidentLimitCounts) and writes them behind, in the batch that also commits the request's decision.
public abstract partial class AdoAirsStore
{
    /// <summary>Creates the limit counts' table if missing; every database runs it when it opens.</summary>
    protected static string CreateLimitTableSql => AdoLimitSql.CreateTable;

    public async Task<LimitTally> MeetLimitAsync(LimitCharge charge, CancellationToken cancellationToken = default)
    {
        if (residentCounts is null)
        {
            return await WriteAsync(transaction => MeetAsync(transaction, charge), cancellationToken).ConfigureAwait(false);
        }
        var met = await MeetLimitsUncommittedAsync([charge], cancellationToken).ConfigureAwait(false);
        await met.Committed.WaitAsync(cancellationToken).ConfigureAwait(false);
        return met.Tallies[0];
    }

    /// <summary>
    /// All of a request's charges in one write transaction, what a refused request gives back included; a request with
    /// only checks reads, and waits for no commit.
    /// </summary>
    public async Task<IReadOnlyList<LimitTally>> MeetLimitsAsync(IReadOnlyList<LimitCharge> charges, CancellationToken cancellationToken = default)
    {
        if (residentCounts is not null)
        {
            var met = await MeetLimitsUncommittedAsync(charges, cancellationToken).ConfigureAwait(false);
            await met.Committed.WaitAsync(cancellationToken).ConfigureAwait(false);
            return met.Tallies;
        }
        if (charges.All(c => c.Kind == LimitChargeKind.Check))
        {
            var read = new LimitTally[charges.Count];
            for (var i = 0; i < charges.Count; i++)
            {
                read[i] = new LimitTally(false, await ReadLimitAsync(charges[i].Key, charges[i].WindowStart, cancellationToken).ConfigureAwait(false));
            }
            return read;
        }
        return await WriteAsync<IReadOnlyList<LimitTally>>(async transaction =>
        {
            var tallies = new LimitTally[charges.Count];
            for (var i = 0; i < charges.Count; i++)
            {
                tallies[i] = await MeetAsync(transaction, charges[i]).ConfigureAwait(false);
            }
            // In the same transaction, under the writers' lock: no other replica sees what a refused request gives back.
            foreach (var back in LimitRules.Returns(charges, tallies))
            {
                await MeetAsync(transaction, back).ConfigureAwait(false);
            }
            return tallies;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Resident counts: met in memory at once, durable when the next write batch commits (the one that commits the
    /// request's decision, or an earlier one). Otherwise as <see cref="MeetLimitsAsync"/>, durable on return.
    /// </summary>
    public async ValueTask<UncommittedTallies> MeetLimitsUncommittedAsync(IReadOnlyList<LimitCharge> charges, CancellationToken cancellationToken = default)
    {
        if (residentCounts is null)
        {
            return new UncommittedTallies(await MeetLimitsAsync(charges, cancellationToken).ConfigureAwait(false), Task.CompletedTask);
        }
        return await residentCounts.MeetAsync(charges, writes.RequestFlush, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads the key's count and, as <see cref="LimitLedger.Meet(LimitCharge, LimitCount?)"/> says, writes the new one, inside <paramref name="transaction"/>.</summary>
    private async Task<LimitTally> MeetAsync(DbTransaction transaction, LimitCharge charge)
    {
        LimitCount? stored;
        await using (var select = Command(transaction, AdoLimitSql.Select))
        {
            AddLimitKey(select, charge.Key);
            await using var reader = await select.ExecuteReaderAsync().ConfigureAwait(false);
            stored = await reader.ReadAsync().ConfigureAwait(false) ? ReadCount(reader) : null;
        }
        var (tally, write) = LimitLedger.Meet(charge, stored);
        if (write is { } next && next != stored)
        {
            await using var upsert = Command(transaction, AdoLimitSql.Upsert);
            AddLimitKey(upsert, charge.Key);
            AddCount(upsert, next);
            await upsert.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
        return tally;
    }

    public async Task<double> ReadLimitAsync(LimitKey key, long windowStart, CancellationToken cancellationToken = default)
    {
        if (residentCounts is not null && residentCounts.TryRead(key, windowStart, out var held))
        {
            return held;
        }
        return LimitLedger.CountIn(await LoadLimitAsync(key, cancellationToken).ConfigureAwait(false), windowStart);
    }

    /// <summary>The key's stored count, as the last commit left it.</summary>
    private async Task<LimitCount?> LoadLimitAsync(LimitKey key, CancellationToken cancellationToken)
    {
        var stored = await ReadAllAsync(AdoLimitSql.Select, c => AddLimitKey(c, key), ReadCount, cancellationToken).ConfigureAwait(false);
        return stored.Count == 0 ? null : stored[0];
    }

    /// <summary>The resident counts changed since the last batch, to write in this one (null: none, or counts are not resident).</summary>
    internal ResidentLimitCounts.Flush? TakeLimitFlush() => residentCounts?.TakeFlush();

    /// <summary>
    /// Writes a flush inside the batch's transaction, each row only if it still holds what this process last read or
    /// wrote. Another process's write makes the batch fail: nothing that counted on the stale count is acknowledged.
    /// </summary>
    internal async Task WriteLimitFlushAsync(DbTransaction transaction, ResidentLimitCounts.Flush flush)
    {
        foreach (var write in flush.Writes)
        {
            if (write.Value == write.Expected)
            {
                continue;
            }
            await using var command = Command(transaction, write.Expected is null ? AdoLimitSql.InsertNew : AdoLimitSql.UpdateFrom);
            AddLimitKey(command, write.Entry.Key);
            AddCount(command, write.Value);
            if (write.Expected is { } expected)
            {
                Add(command, "expected_window_start", expected.WindowStart);
                Add(command, "expected_amount", expected.Count);
            }
            if (await command.ExecuteNonQueryAsync().ConfigureAwait(false) != 1)
            {
                throw new AirsStoreException(
                    $"the count of limit `{write.Entry.Key.Limit}` for `{write.Entry.Key.ScopeKey}` was changed by another process writing this store: " +
                    "the requests that counted on it are refused; give each process its own SQLite file, or share counts through PostgreSQL");
            }
        }
    }

    private static LimitCount ReadCount(DbDataReader reader) => new(reader.GetInt64(0), reader.GetDouble(1));

    private static void AddCount(DbCommand command, LimitCount count)
    {
        Add(command, "window_start", count.WindowStart);
        Add(command, "amount", count.Count);
    }

    private static void AddLimitKey(DbCommand command, LimitKey key)
    {
        Add(command, "policy", key.Policy);
        Add(command, "limit", key.Limit);
        Add(command, "scope_key", key.ScopeKey);
    }
}
