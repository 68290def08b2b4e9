using System.Data.Common;
using Airs.Runtime.Limits;

namespace Airs.Runtime.Stores;

// The limit counts: one row per key, read and written in one write transaction, which holds the writers' lock.
public abstract partial class AdoAirsStore
{
    /// <summary>Creates the limit counts' table if missing; every database runs it when it opens.</summary>
    protected static string CreateLimitTableSql => AdoLimitSql.CreateTable;

    public Task<LimitTally> MeetLimitAsync(LimitCharge charge, CancellationToken cancellationToken = default) =>
        WriteAsync(transaction => MeetAsync(transaction, charge), cancellationToken);

    /// <summary>All of a request's charges in one write transaction; a request with only checks reads, and waits for no commit.</summary>
    public async Task<IReadOnlyList<LimitTally>> MeetLimitsAsync(IReadOnlyList<LimitCharge> charges, CancellationToken cancellationToken = default)
    {
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
            return tallies;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads the key's count and, as <see cref="LimitLedger.Meet(LimitCharge, LimitCount?)"/> says, writes the new one, inside <paramref name="transaction"/>.</summary>
    private async Task<LimitTally> MeetAsync(DbTransaction transaction, LimitCharge charge)
    {
        LimitCount? stored = null;
        await using (var select = Command(transaction, AdoLimitSql.Select))
        {
            AddLimitKey(select, charge.Key);
            await using var reader = await select.ExecuteReaderAsync().ConfigureAwait(false);
            if (await reader.ReadAsync().ConfigureAwait(false))
            {
                stored = new LimitCount(reader.GetInt64(0), reader.GetDouble(1));
            }
        }
        var (tally, write) = LimitLedger.Meet(charge, stored);
        if (write is { } next && next != stored)
        {
            await using var upsert = Command(transaction, AdoLimitSql.Upsert);
            AddLimitKey(upsert, charge.Key);
            Add(upsert, "window_start", next.WindowStart);
            Add(upsert, "amount", next.Count);
            await upsert.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
        return tally;
    }

    public async Task<double> ReadLimitAsync(LimitKey key, long windowStart, CancellationToken cancellationToken = default)
    {
        var stored = await ReadAllAsync(AdoLimitSql.Select, c => AddLimitKey(c, key), r => new LimitCount(r.GetInt64(0), r.GetDouble(1)), cancellationToken)
            .ConfigureAwait(false);
        return LimitLedger.CountIn(stored.Count == 0 ? null : stored[0], windowStart);
    }

    private static void AddLimitKey(DbCommand command, LimitKey key)
    {
        Add(command, "policy", key.Policy);
        Add(command, "limit", key.Limit);
        Add(command, "scope_key", key.ScopeKey);
    }
}
