using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Airs.Runtime.Audit;
using Airs.Runtime.Breakers;
using Airs.Runtime.Decisions;
using Airs.Runtime.Pace;
using Airs.Runtime.Policy;
using Airs.Runtime.Reviews;

namespace Airs.Runtime.Stores;

/// <summary>
/// The store core shared by the SQL databases (SQLite, PostgreSQL): every operation of <see cref="IAirsStore"/>
/// in plain ADO.NET over the statements of <see cref="AdoSql"/>, writes through one <see cref="AdoWriteQueue"/>
/// (group commit, each operation with its audit record in one transaction), reads on their own connections
/// seeing the last committed state. A database supplies its connections, its writers' lock and its schema.
/// </summary>
public abstract partial class AdoAirsStore : IAirsStore, IAuditInspection
{
    private readonly AdoWriteQueue writes;
    private readonly AuditKey? auditKey;
    private readonly ResidentLimitCounts? residentCounts;

    /// <param name="auditKey">With a key, every audit record gets a MAC and the keyed head follows the log.</param>
    /// <param name="limitCountsResident">
    /// Only one process writes this store: keep limit counts in memory and write them behind, in the batch that commits
    /// the decision that met them (<see cref="ResidentLimitCounts"/>), instead of a write transaction per request.
    /// </param>
    protected AdoAirsStore(AuditKey? auditKey, bool limitCountsResident = false)
    {
        this.auditKey = auditKey;
        writes = new AdoWriteQueue(this);
        if (limitCountsResident)
        {
            residentCounts = new ResidentLimitCounts(key => LoadLimitAsync(key, CancellationToken.None));
        }
    }

    /// <summary>How the writer has batched so far (group commit): batches, operations, the largest batch.</summary>
    public WriteStatistics WriteStatistics => writes.Statistics;

    /// <summary>
    /// Acknowledges a committed batch's audit appends from one thread-pool work item that runs their awaiters'
    /// continuations one after another, instead of one work item (and often one thread woken) per append. Off by
    /// default: only for a host whose continuations are short and never wait synchronously for another decision (the
    /// sidecar, <c>airs serve</c>); a continuation that blocked on a later append of its own batch would wait forever.
    /// Applies to appends queued after it is set.
    /// </summary>
    public bool AcknowledgeAppendsTogether { get; set; }

    // ---- what a database supplies ------------------------------------------------------------

    /// <summary>The connection the next write batch runs on (a long-lived writer, or one from a pool).</summary>
    protected internal abstract ValueTask<DbConnection> OpenWriterAsync();

    /// <summary>Begins the batch's transaction holding the lock that serialises writers across processes and replicas.</summary>
    protected internal abstract Task<DbTransaction> BeginWriteAsync(DbConnection connection);

    /// <summary>
    /// Sets how the next batch commits, before its transaction begins: durably, or only written to the database's file
    /// (when every record in it was appended with <see cref="AppendAuditWrittenAsync"/>). Returns whether the commit
    /// will be durable. By default a batch of written appends commits written when it goes to this store's segment
    /// alone and the database has a <see cref="WrittenCommitStatement"/> for it; every other batch commits durably.
    /// </summary>
    protected internal virtual bool PrepareCommit(DbConnection connection, bool durable) =>
        durable || WrittenCommitStatement is null || !AppendsAlone(connection);

    /// <summary>
    /// Writes something in a durable batch that would otherwise write nothing, so that its commit makes the written
    /// records before it durable (<see cref="SyncAuditAsync"/>). Only called for a database whose <see cref="PrepareCommit"/>
    /// can answer false.
    /// </summary>
    protected internal virtual ValueTask WriteSyncMarkAsync(DbTransaction transaction) => ValueTask.CompletedTask;

    /// <summary>Gives back the connection of <see cref="OpenWriterAsync"/> after its batch.</summary>
    protected internal abstract ValueTask CloseWriterAsync(DbConnection connection);

    /// <summary>An open connection for one read, given back with <see cref="CloseReaderAsync"/>.</summary>
    protected abstract Task<DbConnection> OpenReaderAsync(CancellationToken cancellationToken);

    /// <summary>Gives back the connection of <see cref="OpenReaderAsync"/> after its read: disposed, unless the database keeps it for the next read.</summary>
    protected virtual ValueTask CloseReaderAsync(DbConnection connection) => connection.DisposeAsync();

    /// <summary>Releases the database's connections once the write queue has drained.</summary>
    protected abstract ValueTask DisposeConnectionsAsync();

    /// <summary>Runs <paramref name="operation"/> in the next write batch, answered after COMMIT.</summary>
    protected Task<T> WriteAsync<T>(Func<DbTransaction, Task<T>> operation, CancellationToken cancellationToken = default) =>
        writes.RunAsync(operation, cancellationToken);

    /// <summary>
    /// The last step of opening: with an audit key, seals a log that has no keyed head yet, or checks that a keyed log
    /// still ends at its head, under the writers' lock so nothing is appended in between. Disposes the store on failure.
    /// </summary>
    /// <exception cref="AirsStoreException">The keyed log does not verify.</exception>
    protected static async Task<TStore> AdoptAuditKeyAsync<TStore>(TStore store, string where, CancellationToken cancellationToken)
        where TStore : AdoAirsStore
    {
        try
        {
            if (store.auditKey is { } key)
            {
                await store.WriteAsync(t => store.AdoptAsync(t, key), cancellationToken).ConfigureAwait(false);
            }
            return store;
        }
        catch (Exception e)
        {
            await store.DisposeAsync().ConfigureAwait(false);
            if (e is AuditTamperedException)
            {
                throw new AirsStoreException($"the audit log{where} does not verify: {e.Message}", e);
            }
            throw;
        }
    }

    /// <summary>The stored schema version (<paramref name="found"/>; none: a new store, just given version 1), checked.</summary>
    /// <exception cref="AirsStoreException">Newer than <paramref name="supported"/>, or a version airs never wrote.</exception>
    protected static long CheckSchemaVersion(object? found, int supported, string neverWritten)
    {
        var version = found switch
        {
            null or DBNull => 1,
            int or long => Convert.ToInt64(found, CultureInfo.InvariantCulture),
            _ => -1,
        };
        if (version > supported)
        {
            throw new AirsStoreException(
                $"the store's schema version `{found}` is newer than this runtime's `{supported}`: upgrade airs, or use another store");
        }
        if (version < 1)
        {
            throw new AirsStoreException($"the store's schema version `{found}` is not one airs ever wrote: {neverWritten}");
        }
        return version;
    }

    private async Task<bool> AdoptAsync(DbTransaction transaction, AuditKey key)
    {
        await FinishAuditBatchAsync(transaction).ConfigureAwait(false); // the stored head, not one pending in this batch
        var (sequence, hash, seal) = await ReadTailAndSealAsync(transaction).ConfigureAwait(false);
        bool hasKeyed;
        await using (var any = Command(transaction, HasSegments ? AdoSegmentSql.SelectAnySharedKeyed : AdoSql.SelectAnyKeyedAudit))
        {
            hasKeyed = Convert.ToBoolean(await any.ExecuteScalarAsync().ConfigureAwait(false), CultureInfo.InvariantCulture);
        }
        if (AuditChain.Adopt(sequence, hash, seal, hasKeyed, key) is { } adopted)
        {
            await WriteSealAsync(transaction, adopted).ConfigureAwait(false);
        }
        if (HasSegments)
        {
            await AdoptSegmentsAsync(transaction, key).ConfigureAwait(false);
        }
        cursor = null;
        return true;
    }

    // ---- audit -------------------------------------------------------------------------------

    public Task<AuditRecord> AppendAuditAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return writes.AppendAsync(entry, AcknowledgeAppendsTogether, written: false, cancellationToken);
    }

    public Task<AuditRecord> AppendAuditWrittenAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return writes.AppendAsync(entry, AcknowledgeAppendsTogether, written: true, cancellationToken);
    }

    public Task SyncAuditAsync(CancellationToken cancellationToken = default) => writes.SyncAsync(cancellationToken);

    /// <summary>
    /// The audit tail as the current write batch sees it: read from the database once per batch, under the writers'
    /// lock, then moved on in memory by each append; the keyed head it carries is written once, when the batch ends.
    /// Only the write queue's loop touches it.
    /// </summary>
    /// <remarks>A struct: it moves on with every record chained, and a class would be one more object per decision.</remarks>
    private readonly record struct AuditCursor(long Sequence, string Hash, AuditSeal? Seal, bool SealChanged);

    private AuditCursor? cursor;

    internal void StartAuditBatch() => cursor = null;

    /// <summary>Forgets the shared chain's tail (read again under the next batch's lock) and settles the segment's.</summary>
    internal void EndAuditBatch(bool committed)
    {
        cursor = null;
        EndSegmentBatch(committed);
    }

    /// <summary>The cursor before a state operation, to put back if its savepoint is rolled back (boxed: state operations are rare).</summary>
    internal object? MarkAudit() => cursor;

    internal void RestoreAudit(object? mark) => cursor = (AuditCursor?)mark;

    // ValueTasks: after a batch's first append the cursor is in memory, and chaining each further one allocates no task.
    private async ValueTask<AuditCursor> CursorAsync(DbTransaction transaction)
    {
        if (cursor is null)
        {
            var (sequence, hash, seal) = await ReadTailAndSealAsync(transaction).ConfigureAwait(false);
            cursor = new AuditCursor(sequence, hash, seal, SealChanged: false);
        }
        return cursor.Value;
    }

    /// <summary>Chains <paramref name="entry"/> after the cursor (not yet inserted); the chain cannot fork because the batch holds the writers' lock.</summary>
    private async ValueTask<AuditRecord> ChainAsync(DbTransaction transaction, AuditEntry entry)
    {
        var at = await CursorAsync(transaction).ConfigureAwait(false);
        var (record, nextSeal) = AuditChain.Append(at.Sequence, at.Hash, at.Seal, auditKey, entry);
        cursor = new AuditCursor(record.Sequence, record.Hash, nextSeal ?? at.Seal, at.SealChanged || nextSeal is not null);
        return record;
    }

    /// <summary>A state operation's audit record, inserted inside its savepoint.</summary>
    private async Task<AuditRecord> AppendAsync(DbTransaction transaction, AuditEntry entry)
    {
        var record = await ChainAsync(transaction, entry).ConfigureAwait(false);
        await InsertAuditRecordsAsync(transaction, [record]).ConfigureAwait(false);
        return record;
    }

    /// <summary>The batch's plain appends: chained in memory, then inserted <see cref="AdoSql.AuditRowsPerInsert"/> rows per statement.</summary>
    internal async Task AppendAuditBatchAsync(DbTransaction transaction, List<AdoWriteQueue.Append> appends)
    {
        if (segmentId is not null)
        {
            await AppendToSegmentAsync(transaction.Connection!, transaction, appends).ConfigureAwait(false);
            await AnchorBirthAsync(transaction).ConfigureAwait(false);
            return;
        }
        var records = new AuditRecord[appends.Count];
        for (var i = 0; i < appends.Count; i++)
        {
            records[i] = await ChainAsync(transaction, appends[i].Entry).ConfigureAwait(false);
            appends[i].Record = records[i];
        }
        await InsertAuditRecordsAsync(transaction, records).ConfigureAwait(false);
    }

    /// <summary>
    /// Inserts chained records of the shared chain in the batch's transaction, <see cref="AdoSql.AuditRowsPerInsert"/>
    /// rows per statement. A database with a long-lived writer overrides it to reuse prepared statements.
    /// </summary>
    protected virtual async ValueTask InsertAuditRecordsAsync(DbTransaction transaction, AuditRecord[] records)
    {
        for (var from = 0; from < records.Length; from += AdoSql.AuditRowsPerInsert)
        {
            await InsertAuditAsync(transaction, records, from, Math.Min(AdoSql.AuditRowsPerInsert, records.Length - from), BindsUtf8Text).ConfigureAwait(false);
        }
    }

    /// <summary>Writes the keyed head the batch moved, once.</summary>
    internal async Task FinishAuditBatchAsync(DbTransaction transaction)
    {
        if (cursor is { SealChanged: true, Seal: { } seal })
        {
            await WriteSealAsync(transaction, seal).ConfigureAwait(false);
            cursor = cursor.Value with { SealChanged = false };
        }
    }

    private static async Task InsertAuditAsync(DbTransaction transaction, AuditRecord[] records, int from, int count, bool utf8Text)
    {
        await using var insert = Command(transaction, AdoSql.InsertAuditRows(count));
        AddRows(insert.Parameters, insert.CreateParameter, records, from, count, utf8Text);
        await insert.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    private void AddRows(DbBatchCommand insert, IReadOnlyList<AuditRecord> records, int from, int count) =>
        AddRows(insert.Parameters, insert.CreateParameter, records, from, count, BindsUtf8Text);

    /// <summary>
    /// The database's driver writes a <c>byte[]</c> parameter typed <see cref="DbType.String"/> as text (Npgsql): a payload
    /// the engine wrote as UTF-8 is then bound as those bytes instead of being decoded into a string first.
    /// </summary>
    protected virtual bool BindsUtf8Text => false;

    /// <summary>Binds rows <paramref name="from"/>… of <paramref name="records"/> as <see cref="AdoSql.AuditParameters"/> names them.</summary>
    private static void AddRows(DbParameterCollection parameters, Func<DbParameter> create, IReadOnlyList<AuditRecord> records, int from, int count, bool utf8Text)
    {
        for (var row = 0; row < count; row++)
        {
            var record = records[from + row];
            var names = AdoSql.AuditParameters(row);
            parameters.Add(Parameter(create(), names[0], record.Sequence));
            parameters.Add(Parameter(create(), names[1], record.Time.UtcTicks));
            parameters.Add(Parameter(create(), names[2], record.Kind));
            parameters.Add(Parameter(create(), names[3], record.Actor));
            if (utf8Text && record.Utf8Payload is { } utf8)
            {
                var payload = Parameter(create(), names[4], utf8);
                payload.DbType = DbType.String; // text, not bytea
                parameters.Add(payload);
            }
            else
            {
                parameters.Add(Parameter(create(), names[4], record.Payload));
            }
            parameters.Add(Parameter(create(), names[5], record.PreviousHash));
            parameters.Add(Parameter(create(), names[6], record.Hash));
            parameters.Add(Parameter(create(), names[7], record.Mac));
        }
    }

    /// <summary>
    /// The stored tail's sequence and hash (0 and genesis when empty) and the keyed head, in one statement pair: one
    /// round trip, and not the tail's payload, which the next record does not need.
    /// </summary>
    /// <remarks>A database with a long-lived writer overrides it to reuse prepared statements.</remarks>
    protected virtual async ValueTask<(long Sequence, string Hash, AuditSeal? Seal)> ReadTailAndSealAsync(DbTransaction transaction)
    {
        await using var select = Command(transaction, HasSegments ? AdoSegmentSql.SelectSharedTailAndSeal : AdoSql.SelectAuditTailAndSeal);
        await using var reader = await select.ExecuteReaderAsync().ConfigureAwait(false);
        var (sequence, hash) = await reader.ReadAsync().ConfigureAwait(false) ? ReadTail(reader) : (0L, AuditHash.Genesis);
        await reader.NextResultAsync().ConfigureAwait(false);
        return (sequence, hash, await reader.ReadAsync().ConfigureAwait(false) ? ReadSeal(reader) : null);
    }

    private static async Task WriteSealAsync(DbTransaction transaction, AuditSeal seal)
    {
        await using var upsert = Command(transaction, AdoSql.UpsertSeal);
        Add(upsert, "sequence", seal.Sequence);
        Add(upsert, "hash", seal.Hash);
        Add(upsert, "key_id", seal.KeyId);
        Add(upsert, "mac", seal.Mac);
        await upsert.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// A keyed head from its four columns at <paramref name="first"/> on. A NULL in one (a table declared or edited by
    /// hand) is an edited head, read as an edited audit row is (<see cref="FormatException"/>), not the driver's exception.
    /// </summary>
    private static AuditSeal ReadSeal(DbDataReader reader, int first = 0) => new(
        Number(reader, first, KeyedHead), Text(reader, first + 1, KeyedHead), Text(reader, first + 2, KeyedHead), Text(reader, first + 3, KeyedHead));

    /// <summary>What an edited-row message names the keyed head (<see cref="EditedNull"/>).</summary>
    public const string KeyedHead = "keyed head";

    /// <summary>What an edited-row message names the last record, which the next one is chained to (<see cref="EditedNull"/>).</summary>
    public const string AuditTail = "audit tail";

    /// <summary>The last record's sequence and hash at <paramref name="first"/> on (a NULL in either: an edited tail).</summary>
    private static (long Sequence, string Hash) ReadTail(DbDataReader reader, int first = 0) =>
        (Number(reader, first, AuditTail), Text(reader, first + 1, AuditTail));

    public Task<AuditSeal?> GetAuditSealAsync(CancellationToken cancellationToken = default) =>
        ReadAsync(AdoSql.SelectSeal, _ => { }, reader => ReadSeal(reader), cancellationToken);

    public async Task<long> CountAuditRowsAsync(CancellationToken cancellationToken = default)
    {
        var counts = await ReadAllAsync(AdoSql.CountAudit, _ => { }, r => r.GetInt64(0), cancellationToken).ConfigureAwait(false);
        return counts[0];
    }

    public async Task<AuditedState> ReadAuditedStateAsync(CancellationToken cancellationToken = default) => new(
        await ReadAllAsync(AdoSql.SelectAllTickets, _ => { }, ReadTicket, cancellationToken).ConfigureAwait(false),
        await ReadAllAsync(AdoSql.SelectAllPace, _ => { }, ReadPace, cancellationToken).ConfigureAwait(false),
        await ReadAllAsync(AdoSql.SelectAllBreakers, _ => { }, ReadBreaker, cancellationToken).ConfigureAwait(false));

    public async IAsyncEnumerable<AuditRecord> ReadAuditAsync(long afterSequence = 0, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var connection = await OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var command = Command(connection, HasSegments ? AdoSegmentSql.SelectAuditAfter : AdoSql.SelectAuditAfter);
            Add(command, "after", afterSequence);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return ReadAudit(reader);
            }
        }
        finally
        {
            await CloseReaderAsync(connection).ConfigureAwait(false);
        }
    }

    public Task<AuditRecord?> GetAuditHeadAsync(CancellationToken cancellationToken = default) =>
        ReadAsync(HasSegments ? AdoSegmentSql.SelectSharedHead : AdoSql.SelectAuditHead, _ => { }, ReadAudit, cancellationToken);

    /// <summary>A record of <c>AuditColumns</c>, with the segment after them when the schema has segments.</summary>
    private static AuditRecord ReadAudit(DbDataReader reader) => new(
        Number(reader, 0), Time(Number(reader, 1)), Text(reader, 2), Text(reader, 3), Text(reader, 4), Text(reader, 5), Text(reader, 6))
    {
        Mac = reader.IsDBNull(7) ? null : reader.GetString(7),
        Segment = reader.FieldCount > 8 ? Text(reader, 8) : "",
    };

    // A NULL where the schema says NOT NULL: a file or database whose tables were declared or edited by hand. Read as
    // an edited row (FormatException, as an out-of-range time), not the driver's InvalidOperationException.
    private static string Text(DbDataReader reader, int ordinal, string row = "row") =>
        reader.IsDBNull(ordinal) ? throw Null(reader, ordinal, row) : reader.GetString(ordinal);

    private static long Number(DbDataReader reader, int ordinal, string row = "row") =>
        reader.IsDBNull(ordinal) ? throw Null(reader, ordinal, row) : reader.GetInt64(ordinal);

    private static FormatException Null(DbDataReader reader, int ordinal, string row) => EditedNull(reader.GetName(ordinal), row);

    /// <summary>
    /// A NULL in <paramref name="column"/> where the schema says NOT NULL, read as an edit of <paramref name="row"/>: every
    /// reader of a store (this one, and the SQLite writer's prepared statements) says it in these words.
    /// </summary>
    public static FormatException EditedNull(string column, string row) => new($"a stored `{column}` is NULL: the {row} was edited");

    // ---- reviews -----------------------------------------------------------------------------

    public Task InsertTicketAsync(ReviewTicket ticket, AuditEntry audit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(audit);
        return WriteAsync(async transaction =>
        {
            await using var insert = Command(transaction, AdoSql.InsertTicket);
            Add(insert, "id", ticket.Id);
            Add(insert, "policy", ticket.Policy);
            Add(insert, "review", ticket.Review);
            Add(insert, "decision_id", ticket.DecisionId);
            Add(insert, "summary", ticket.Summary);
            Add(insert, "created", ticket.CreatedAt.UtcTicks);
            Add(insert, "due", ticket.DueAt.UtcTicks);
            Add(insert, "status", Name(ticket.Status));
            await insert.ExecuteNonQueryAsync().ConfigureAwait(false);
            return await AppendAsync(transaction, audit).ConfigureAwait(false);
        }, cancellationToken);
    }

    public Task<ReviewTicket?> GetTicketAsync(string id, CancellationToken cancellationToken = default) =>
        ReadAsync(AdoSql.SelectTicket, c => Add(c, "id", id), ReadTicket, cancellationToken);

    public Task<IReadOnlyList<ReviewTicket>> ListPendingTicketsAsync(string policy, string? review = null, CancellationToken cancellationToken = default) =>
        ReadAllAsync(AdoSql.SelectPendingTickets, c =>
        {
            Add(c, "policy", policy);
            Add(c, "review", review);
        }, ReadTicket, cancellationToken);

    public Task<IReadOnlyList<ReviewTicket>> ListPendingTicketsInsertedAfterAsync(string? policy, string? afterId, CancellationToken cancellationToken = default) =>
        ReadAllAsync(AdoSql.SelectPendingTicketsInsertedAfter, c =>
        {
            Add(c, "policy", policy);
            Add(c, "after", afterId);
        }, ReadTicket, cancellationToken);

    public Task<IReadOnlyList<ReviewTicket>> ListDueTicketsAsync(string policy, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        ReadAllAsync(AdoSql.SelectDueTickets, c =>
        {
            Add(c, "policy", policy);
            Add(c, "now", now.UtcTicks);
        }, ReadTicket, cancellationToken);

    public Task<bool> TryResolveTicketAsync(ReviewTicket resolved, AuditEntry audit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(resolved);
        ArgumentNullException.ThrowIfNull(audit);
        var resolution = resolved.Resolution ?? throw new ArgumentException("a resolved ticket needs a resolution", nameof(resolved));
        return WriteAsync(async transaction =>
        {
            await using var update = Command(transaction, AdoSql.ResolveTicket);
            Add(update, "id", resolved.Id);
            Add(update, "status", Name(resolved.Status));
            Add(update, "by", resolution.By);
            Add(update, "reason", resolution.Reason);
            Add(update, "at", resolution.At.UtcTicks);
            Add(update, "outcome", resolution.Outcome.ToKeyword());
            if (await update.ExecuteNonQueryAsync().ConfigureAwait(false) != 1)
            {
                return false;
            }

            await AppendAsync(transaction, audit).ConfigureAwait(false);
            return true;
        }, cancellationToken);
    }

    private static ReviewTicket ReadTicket(DbDataReader reader)
    {
        var resolution = reader.IsDBNull(8)
            ? null
            : new ReviewResolution(reader.GetString(8), reader.GetString(9), Time(reader.GetInt64(10)), ParseOutcome(reader.GetString(11)));
        return new ReviewTicket(
            reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
            Time(reader.GetInt64(5)), Time(reader.GetInt64(6)), Parse(reader.GetString(7), ReviewStatuses.Table), resolution);
    }

    // ---- breakers ----------------------------------------------------------------------------

    public Task<BreakerTally> RecordBreakerEventAsync(BreakerKey key, DateTimeOffset at, DateTimeOffset windowStart, CancellationToken cancellationToken = default) =>
        WriteAsync(async transaction =>
        {
            await using (var insert = Command(transaction, AdoSql.InsertBreakerEvent))
            {
                AddKey(insert, key);
                Add(insert, "at", at.UtcTicks);
                await insert.ExecuteNonQueryAsync().ConfigureAwait(false);
            }

            int forgotten;
            await using (var forget = Command(transaction, AdoSql.ForgetBreakerEvents))
            {
                AddKey(forget, key);
                Add(forget, "window_start", windowStart.UtcTicks);
                forgotten = await forget.ExecuteNonQueryAsync().ConfigureAwait(false);
            }

            int events;
            await using (var count = Command(transaction, AdoSql.CountBreakerEvents))
            {
                AddKey(count, key);
                Add(count, "forgotten", forgotten);
                events = Convert.ToInt32(await count.ExecuteScalarAsync().ConfigureAwait(false), CultureInfo.InvariantCulture);
            }

            await using var select = Command(transaction, AdoSql.SelectBreaker);
            AddKey(select, key);
            await using var reader = await select.ExecuteReaderAsync().ConfigureAwait(false);
            return new BreakerTally(events, await reader.ReadAsync().ConfigureAwait(false) ? ReadBreaker(reader) : null);
        }, cancellationToken);

    public Task<BreakerRecord?> GetBreakerAsync(BreakerKey key, CancellationToken cancellationToken = default) =>
        ReadAsync(AdoSql.SelectBreaker, c => AddKey(c, key), ReadBreaker, cancellationToken);

    public Task<IReadOnlyList<BreakerRecord>> ListBreakersAsync(string policy, CancellationToken cancellationToken = default) =>
        ReadAllAsync(AdoSql.SelectBreakers, c => Add(c, "policy", policy), ReadBreaker, cancellationToken);

    public Task<bool> TryUpdateBreakerAsync(long expectedVersion, BreakerRecord next, AuditEntry? audit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(next);
        return WriteAsync(async transaction =>
        {
            await using (var command = Command(transaction, expectedVersion == 0 ? AdoSql.InsertBreaker : AdoSql.UpdateBreaker))
            {
                AddKey(command, next.Key);
                Add(command, "state", Name(next.State));
                Add(command, "since", next.Since.UtcTicks);
                Add(command, "manual", next.Manual);
                Add(command, "version", next.Version);
                Add(command, "expected", expectedVersion);
                if (await command.ExecuteNonQueryAsync().ConfigureAwait(false) != 1)
                {
                    return false;
                }
            }

            // Moving to closed forgets the key's events, so a close starts a fresh count.
            if (next.State == BreakerState.Closed)
            {
                foreach (var sql in new[] { AdoSql.ForgetAllBreakerEvents, AdoSql.ResetBreakerWindow })
                {
                    await using var forget = Command(transaction, sql);
                    AddKey(forget, next.Key);
                    await forget.ExecuteNonQueryAsync().ConfigureAwait(false);
                }
            }

            if (audit is not null)
            {
                await AppendAsync(transaction, audit).ConfigureAwait(false);
            }

            return true;
        }, cancellationToken);
    }

    private static void AddKey(DbCommand command, BreakerKey key)
    {
        Add(command, "policy", key.Policy);
        Add(command, "breaker", key.Breaker);
        Add(command, "scope_key", key.ScopeKey);
    }

    private static BreakerRecord ReadBreaker(DbDataReader reader) => new(
        new BreakerKey(reader.GetString(0), reader.GetString(1), reader.GetString(2)),
        Parse(reader.GetString(3), BreakerStates.Table), Time(reader.GetInt64(4)), reader.GetBoolean(5), reader.GetInt64(6));

    // ---- PACE --------------------------------------------------------------------------------

    public Task<PaceRecord?> GetPaceAsync(string policy, CancellationToken cancellationToken = default) =>
        ReadAsync(AdoSql.SelectPace, c => Add(c, "policy", policy), ReadPace, cancellationToken);

    public Task<bool> TryTransitionPaceAsync(long expectedVersion, PaceRecord next, PaceTransition transition, AuditEntry audit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(next);
        ArgumentNullException.ThrowIfNull(transition);
        ArgumentNullException.ThrowIfNull(audit);
        return WriteAsync(async transaction =>
        {
            await using (var command = Command(transaction, expectedVersion == 0 ? AdoSql.InsertPace : AdoSql.UpdatePace))
            {
                Add(command, "policy", next.Policy);
                Add(command, "level", Name(next.Level));
                Add(command, "since", next.Since.UtcTicks);
                Add(command, "actor", next.Actor);
                Add(command, "reason", next.Reason);
                Add(command, "version", next.Version);
                Add(command, "expected", expectedVersion);
                if (await command.ExecuteNonQueryAsync().ConfigureAwait(false) != 1)
                {
                    return false;
                }
            }

            await using (var insert = Command(transaction, AdoSql.InsertPaceTransition))
            {
                Add(insert, "policy", transition.Policy);
                Add(insert, "from", Name(transition.From));
                Add(insert, "to", Name(transition.To));
                Add(insert, "at", transition.At.UtcTicks);
                Add(insert, "actor", transition.Actor);
                Add(insert, "reason", transition.Reason);
                await insert.ExecuteNonQueryAsync().ConfigureAwait(false);
            }

            await AppendAsync(transaction, audit).ConfigureAwait(false);
            return true;
        }, cancellationToken);
    }

    public Task<IReadOnlyList<PaceTransition>> ListPaceTransitionsAsync(string policy, CancellationToken cancellationToken = default) =>
        ReadAllAsync(AdoSql.SelectPaceTransitions, c => Add(c, "policy", policy),
            r => new PaceTransition(r.GetString(0), Parse(r.GetString(1), PaceLevels.Table), Parse(r.GetString(2), PaceLevels.Table),
                Time(r.GetInt64(3)), r.GetString(4), r.GetString(5)),
            cancellationToken);

    private static PaceRecord ReadPace(DbDataReader reader) => new(
        reader.GetString(0), Parse(reader.GetString(1), PaceLevels.Table), Time(reader.GetInt64(2)),
        reader.GetString(3), reader.GetString(4), reader.GetInt64(5));

    // ---- plumbing ----------------------------------------------------------------------------

    private async Task<T?> ReadAsync<T>(string sql, Action<DbCommand> bind, Func<DbDataReader, T> read, CancellationToken cancellationToken)
        where T : class
    {
        var all = await ReadAllAsync(sql, bind, read, cancellationToken).ConfigureAwait(false);
        return all.Count == 0 ? null : all[0];
    }

    private async Task<IReadOnlyList<T>> ReadAllAsync<T>(string sql, Action<DbCommand> bind, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        var connection = await OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var command = Command(connection, sql);
            bind(command);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var results = new List<T>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                results.Add(read(reader));
            }

            return results;
        }
        finally
        {
            await CloseReaderAsync(connection).ConfigureAwait(false);
        }
    }

    /// <summary>A command on the write batch's connection, inside its transaction.</summary>
    protected static DbCommand Command(DbTransaction transaction, string sql)
    {
        var command = Command(transaction.Connection ?? throw new InvalidOperationException("the write transaction has ended"), sql);
        command.Transaction = transaction;
        return command;
    }

    protected static DbCommand Command(DbConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    /// <summary>Binds <c>@name</c>; a null is a typed text null, which PostgreSQL needs and SQLite ignores.</summary>
    protected static void Add(DbCommand command, string name, object? value) =>
        command.Parameters.Add(Parameter(command.CreateParameter(), name, value));

    private static void Add(DbBatchCommand command, string name, object? value) =>
        command.Parameters.Add(Parameter(command.CreateParameter(), name, value));

    private static DbParameter Parameter(DbParameter parameter, string name, object? value)
    {
        parameter.ParameterName = name.StartsWith('@') ? name : "@" + name;
        parameter.Value = value ?? DBNull.Value;
        if (value is null)
        {
            parameter.DbType = DbType.String;
        }
        return parameter;
    }

    /// <exception cref="FormatException">The ticks are no time airs writes: the row was edited (a read of it is a store that cannot be read, not a crash).</exception>
    private static DateTimeOffset Time(long utcTicks) => utcTicks >= 0 && utcTicks <= DateTimeOffset.MaxValue.UtcTicks
        ? new(utcTicks, TimeSpan.Zero)
        : throw new FormatException($"a stored time ({utcTicks} ticks) is out of range: the row was edited");

    private static string Name(ReviewStatus status) => status.ToKeyword();

    private static string Name(PaceLevel level) => level.ToKeyword();

    private static string Name(BreakerState state) => state.ToKeyword();

    private static TEnum Parse<TEnum>(string keyword, KeywordTable<TEnum> table) where TEnum : struct, Enum =>
        table.TryParse(keyword, out var value) ? value : throw new FormatException($"unknown stored value `{keyword}`");

    private static Outcome ParseOutcome(string keyword) =>
        OutcomeLattice.TryParse(keyword, out var outcome) ? outcome : throw new FormatException($"unknown stored outcome `{keyword}`");

    public async ValueTask DisposeAsync()
    {
        await writes.DisposeAsync().ConfigureAwait(false);
        await DisposeConnectionsAsync().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }
}
