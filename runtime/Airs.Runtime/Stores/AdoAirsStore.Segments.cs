using System.Data.Common;
using System.Globalization;
using Airs.Runtime.Audit;

namespace Airs.Runtime.Stores;

// A writer's own audit segment (PostgreSQL): plain appends (decisions, judge verdicts) go to a chain that only this
// store writes, so they need neither the writers' lock nor a read of the tail: the tail is kept in memory between
// batches and read again only after a batch whose outcome is unknown. State changes stay in the shared chain, under
// the lock, where their order is the order the state tables saw.
public abstract partial class AdoAirsStore
{
    private string? segmentId;
    private AuditSegmentOptions segmentOptions = AuditSegmentOptions.Default;
    private bool refuseUnkeyed;
    private SegmentCursor? segmentCursor;
    private SegmentCursor? pendingSegment;
    private Dictionary<string, AuditHead> anchoredHeads = new(StringComparer.Ordinal);
    private Dictionary<string, AuditHead>? pendingAnchoredHeads;

    // The segment's first records are anchored in the shared chain (a `segment_anchor` record there naming them), so the
    // segment cannot be deleted whole, rows and keyed head with it, without breaking the shared chain's anchor. Until
    // that commits, its batches run in a transaction under the writers' lock.
    private bool born;
    private bool pendingBorn;

    /// <summary>This writer's segment id, or null when its appends go to the shared chain (SQLite, one writer per file).</summary>
    public string? AuditSegment => segmentId;

    /// <summary>True when the schema has segments (<c>audit_log.segment</c>, <see cref="AdoSegmentSql"/>).</summary>
    protected virtual bool HasSegments => false;

    /// <summary>The committed tail of this writer's segment; <see cref="SinceAnchor"/> records since its last anchor.</summary>
    private sealed record SegmentCursor(long Sequence, string Hash, AuditSeal? Seal, bool SealChanged, int SinceAnchor, DateTimeOffset AnchoredAt);

    /// <summary>True when a batch of plain appends can go to the segment alone: one statement batch, one round trip.</summary>
    internal bool AppendsAlone(DbConnection connection) => segmentId is not null && born && connection.CanCreateBatch;

    /// <summary>
    /// The statement that, first in a segment batch of nothing but written appends, makes its implicit transaction commit
    /// without waiting for the disk (PostgreSQL: <c>synchronous_commit</c> off for that transaction); null: none.
    /// </summary>
    protected virtual string? WrittenCommitStatement => null;

    /// <summary>Registers a new segment for this store; from then on its plain appends go there.</summary>
    protected async Task OpenSegmentAsync(AuditSegmentOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var now = options.Time.GetUtcNow();
        var id = Guid.CreateVersion7(now).ToString("N", CultureInfo.InvariantCulture);
        var refuse = await WriteAsync(async transaction =>
        {
            await using (var register = Command(transaction, AdoSegmentSql.RegisterSegment))
            {
                Add(register, "segment", id);
                Add(register, "opened", now.UtcTicks);
                await register.ExecuteNonQueryAsync().ConfigureAwait(false);
            }
            if (auditKey is not null)
            {
                return false;
            }
            await using var any = Command(transaction, AdoSegmentSql.SelectAnyKeyed);
            return Convert.ToBoolean(await any.ExecuteScalarAsync().ConfigureAwait(false), CultureInfo.InvariantCulture);
        }, cancellationToken).ConfigureAwait(false);
        segmentOptions = options;
        refuseUnkeyed = refuse;
        segmentCursor = new SegmentCursor(0, AuditHash.Genesis, auditKey?.Seal(0, AuditHash.Genesis), false, 0, now);
        segmentId = id;
    }

    /// <summary>
    /// Chains the batch's plain appends in the segment (after an anchor when one is due) and inserts them with the
    /// segment's keyed head in one statement batch: inside <paramref name="transaction"/>, or with none as PostgreSQL's
    /// implicit transaction, committed before the one answer comes back: durably, or only written
    /// (<see cref="WrittenCommitStatement"/>) when <paramref name="durable"/> is false.
    /// </summary>
    internal async Task AppendToSegmentAsync(DbConnection connection, DbTransaction? transaction, List<AdoWriteQueue.Append> appends, bool durable = true)
    {
        var segment = segmentId!;
        if (auditKey is null && refuseUnkeyed)
        {
            throw new AuditTamperedException("the audit log is keyed: open the store with its audit key (`--audit-key`)");
        }
        var at = segmentCursor ?? await ReadSegmentCursorAsync(connection, transaction, segment).ConfigureAwait(false);
        var records = new List<AuditRecord>(appends.Count + 1);
        var now = segmentOptions.Time.GetUtcNow();
        if (at.SinceAnchor >= segmentOptions.AnchorEvery || now - at.AnchoredAt >= segmentOptions.AnchorInterval)
        {
            var heads = await ReadOtherHeadsAsync(connection, transaction, segment).ConfigureAwait(false);
            var moved = heads.Values.Where(h => !anchoredHeads.TryGetValue(h.Segment, out var before) || before != h).ToList();
            if (moved.Count > 0)
            {
                at = Chain(segment, at, new AuditEntry(now, AuditKinds.SegmentAnchor, AuditActors.System, AuditAnchor.Payload(moved)), records);
                pendingAnchoredHeads = heads;
            }
            at = at with { SinceAnchor = 0, AnchoredAt = now };
        }
        foreach (var append in appends)
        {
            at = Chain(segment, at, append.Entry, records);
            append.Record = records[^1];
        }

        await using var batch = connection.CreateBatch();
        batch.Transaction = transaction;
        if (!durable && WrittenCommitStatement is { } written)
        {
            var setting = batch.CreateBatchCommand();
            setting.CommandText = written;
            batch.BatchCommands.Add(setting);
        }
        for (var from = 0; from < records.Count; from += AdoSegmentSql.RowsPerInsert)
        {
            var count = Math.Min(AdoSegmentSql.RowsPerInsert, records.Count - from);
            var insert = batch.CreateBatchCommand();
            insert.CommandText = AdoSegmentSql.InsertRows(count);
            AddRows(insert, records, from, count);
            Add(insert, "segment", segment);
            batch.BatchCommands.Add(insert);
        }
        if (at is { SealChanged: true, Seal: { } seal })
        {
            var upsert = batch.CreateBatchCommand();
            upsert.CommandText = AdoSegmentSql.UpsertSegmentSeal;
            Add(upsert, "segment", segment);
            Add(upsert, "sequence", seal.Sequence);
            Add(upsert, "hash", seal.Hash);
            Add(upsert, "key_id", seal.KeyId);
            Add(upsert, "mac", seal.Mac);
            batch.BatchCommands.Add(upsert);
            at = at with { SealChanged = false };
        }
        await batch.ExecuteNonQueryAsync().ConfigureAwait(false);
        pendingSegment = at;
    }

    /// <summary>After a batch: a committed one moves the segment's tail on; any other leaves it unknown, read again next time.</summary>
    private void EndSegmentBatch(bool committed)
    {
        if (committed && pendingSegment is not null)
        {
            segmentCursor = pendingSegment;
            anchoredHeads = pendingAnchoredHeads ?? anchoredHeads;
            born |= pendingBorn;
        }
        else if (!committed)
        {
            segmentCursor = null;
        }
        pendingSegment = null;
        pendingAnchoredHeads = null;
        pendingBorn = false;
    }

    /// <summary>
    /// The segment's first batch, in the writers' transaction: the shared chain anchors the segment's head after it. Without
    /// it, a keyed segment no other writer had anchored yet could be deleted whole (its rows, its keyed head, its
    /// <c>audit_segments</c> row) and the log still verified: nothing chained said it had existed.
    /// </summary>
    private async Task AnchorBirthAsync(DbTransaction transaction)
    {
        if (born || pendingSegment is not { Sequence: > 0 } at)
        {
            return;
        }
        var entry = new AuditEntry(segmentOptions.Time.GetUtcNow(), AuditKinds.SegmentAnchor, AuditActors.System,
            AuditAnchor.Payload([new AuditHead(segmentId!, at.Sequence, at.Hash)]));
        await AppendAsync(transaction, entry).ConfigureAwait(false);
        pendingBorn = true;
    }

    private SegmentCursor Chain(string segment, SegmentCursor at, AuditEntry entry, List<AuditRecord> records)
    {
        var (record, seal) = AuditChain.Append(segment, at.Sequence, at.Hash, at.Seal, auditKey, entry);
        records.Add(record);
        return at with
        {
            Sequence = record.Sequence,
            Hash = record.Hash,
            Seal = seal ?? at.Seal,
            SealChanged = at.SealChanged || seal is not null,
            SinceAnchor = at.SinceAnchor + 1,
        };
    }

    private async Task<SegmentCursor> ReadSegmentCursorAsync(DbConnection connection, DbTransaction? transaction, string segment)
    {
        await using var select = Command(connection, AdoSegmentSql.SelectSegmentTailAndSeal);
        select.Transaction = transaction;
        Add(select, "segment", segment);
        await using var reader = await select.ExecuteReaderAsync().ConfigureAwait(false);
        var (sequence, hash) = await reader.ReadAsync().ConfigureAwait(false) ? ReadTail(reader) : (0L, AuditHash.Genesis);
        await reader.NextResultAsync().ConfigureAwait(false);
        var seal = await reader.ReadAsync().ConfigureAwait(false) ? ReadSeal(reader)
            : sequence == 0 ? auditKey?.Seal(0, AuditHash.Genesis) : null;
        return new SegmentCursor(sequence, hash, seal, false, 0, segmentOptions.Time.GetUtcNow());
    }

    private static async Task<Dictionary<string, AuditHead>> ReadOtherHeadsAsync(DbConnection connection, DbTransaction? transaction, string segment)
    {
        await using var select = Command(connection, AdoSegmentSql.SelectOtherHeads);
        select.Transaction = transaction;
        Add(select, "segment", segment);
        await using var reader = await select.ExecuteReaderAsync().ConfigureAwait(false);
        var heads = new Dictionary<string, AuditHead>(StringComparer.Ordinal);
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            var head = new AuditHead(reader.GetString(0), reader.GetInt64(1), reader.GetString(2));
            heads[head.Segment] = head;
        }
        return heads;
    }

    /// <summary>
    /// A keyed store's open, for every segment: one that ends at its keyed head passes, one with records but no MAC
    /// and no head (written before the key) is sealed as it stands, and any other is refused, as for the shared chain.
    /// One statement reads each segment's tail with its head, so a segment another replica is appending to is seen whole.
    /// </summary>
    /// <exception cref="AuditTamperedException">A segment does not end at its keyed head.</exception>
    private static async Task AdoptSegmentsAsync(DbTransaction transaction, AuditKey key)
    {
        var adopted = new List<(string Segment, AuditSeal Seal)>();
        await using (var select = Command(transaction, AdoSegmentSql.SelectSegmentsToAdopt))
        await using (var reader = await select.ExecuteReaderAsync().ConfigureAwait(false))
        {
            while (await reader.ReadAsync().ConfigureAwait(false))
            {
                var segment = reader.GetString(0);
                var (sequence, hash) = reader.IsDBNull(1) ? (0L, AuditHash.Genesis) : ReadTail(reader, 1);
                var seal = reader.IsDBNull(3) ? null : ReadSeal(reader, 3);
                try
                {
                    if (AuditChain.Adopt(sequence, hash, seal, reader.GetBoolean(7), key) is { } sealNow && sequence > 0)
                    {
                        adopted.Add((segment, sealNow));
                    }
                }
                catch (AuditTamperedException e)
                {
                    throw new AuditTamperedException($"segment {segment}: {e.Message}");
                }
            }
        }
        foreach (var (segment, seal) in adopted)
        {
            await using var upsert = Command(transaction, AdoSegmentSql.UpsertSegmentSeal);
            Add(upsert, "segment", segment);
            Add(upsert, "sequence", seal.Sequence);
            Add(upsert, "hash", seal.Hash);
            Add(upsert, "key_id", seal.KeyId);
            Add(upsert, "mac", seal.Mac);
            await upsert.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
    }

    public async Task<IReadOnlyDictionary<string, AuditSeal>> GetSegmentSealsAsync(CancellationToken cancellationToken = default)
    {
        if (!HasSegments)
        {
            return new Dictionary<string, AuditSeal>();
        }
        var seals = await ReadAllAsync(AdoSegmentSql.SelectSegmentSeals, _ => { }, r => (Segment: Text(r, 4, KeyedHead), Seal: ReadSeal(r)), cancellationToken).ConfigureAwait(false);
        return seals.ToDictionary(s => s.Segment, s => s.Seal, StringComparer.Ordinal);
    }
}
