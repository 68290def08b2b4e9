using System.Runtime.CompilerServices;
using Airs.Runtime.Audit;
using Airs.Runtime.Breakers;
using Airs.Runtime.Decisions;
using Airs.Runtime.Pace;
using Airs.Runtime.Policy;
using Airs.Runtime.Reviews;
using Microsoft.Data.Sqlite;

namespace Airs.Runtime.Stores;

/// <summary>
/// The embedded store: one SQLite file in WAL mode. Writes go through one connection with
/// <c>synchronous=FULL</c> and group commit (<see cref="SqliteWriteQueue"/>); reads use pooled connections
/// and see the last committed state. The schema is created on open and versioned.
/// </summary>
public sealed class SqliteAirsStore : IAirsStore, IAuditInspection
{
    private readonly string connectionString;
    private readonly SqliteConnection writer;
    private readonly SqliteWriteQueue writes;
    private readonly AuditKey? auditKey;

    private SqliteAirsStore(string connectionString, SqliteConnection writer, AuditKey? auditKey)
    {
        this.connectionString = connectionString;
        this.writer = writer;
        this.auditKey = auditKey;
        writes = new SqliteWriteQueue(writer);
    }

    public string Path { get; private init; } = "";

    /// <summary>Opens (creating if needed) the store at <paramref name="path"/>.</summary>
    public static Task<SqliteAirsStore> OpenAsync(string path, CancellationToken cancellationToken = default) =>
        OpenAsync(path, auditKey: null, cancellationToken);

    /// <summary>
    /// Opens the store; with <paramref name="auditKey"/>, every audit record gets a MAC and the keyed head follows the
    /// log. A log never keyed is adopted as it stands; a keyed log that does not end at its head is refused.
    /// </summary>
    /// <exception cref="AirsStoreException">The schema is unknown, or the keyed log does not verify.</exception>
    public static async Task<SqliteAirsStore> OpenAsync(string path, AuditKey? auditKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
        }.ToString();
        var writer = new SqliteConnection(connectionString);
        try
        {
            await writer.OpenAsync(cancellationToken).ConfigureAwait(false);
            Execute(writer, null, SqliteSql.WriterPragmas);
            CreateSchema(writer);
            if (auditKey is not null)
            {
                AdoptKey(writer, auditKey);
            }
        }
        catch (Exception e)
        {
            await writer.DisposeAsync().ConfigureAwait(false);
            SqliteConnection.ClearPool(writer);
            if (e is AuditTamperedException)
            {
                throw new AirsStoreException($"the audit log of `{path}` does not verify: {e.Message}", e);
            }
            throw;
        }

        return new SqliteAirsStore(connectionString, writer, auditKey) { Path = path };
    }

    /// <summary>Seals a log that has no keyed head yet, or checks that a keyed log still ends at its head.</summary>
    private static void AdoptKey(SqliteConnection connection, AuditKey key)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        var (tail, seal) = ReadTailAndSeal(connection, transaction);
        using var any = Command(connection, transaction, SqliteSql.SelectAnyKeyedAudit);
        var hasKeyed = Convert.ToInt64(any.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) != 0;
        if (AuditChain.Adopt(tail, seal, hasKeyed, key) is { } adopted)
        {
            WriteSeal(connection, transaction, adopted);
        }
        transaction.Commit();
    }

    private static void CreateSchema(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        Execute(connection, transaction, SqliteSql.CreateSchema);
        object? found;
        using (var select = Command(connection, transaction, SqliteSql.SelectSchemaVersion))
        {
            found = select.ExecuteScalar();
        }

        // A new file has just been given the version 1 tables.
        var version = found is null or DBNull ? 1 : found as long? ?? -1;
        if (version > SqliteSql.SchemaVersion)
        {
            throw new AirsStoreException(
                $"the store's schema version `{found}` is newer than this runtime's `{SqliteSql.SchemaVersion}`: upgrade airs, or use another store");
        }
        if (version < 1)
        {
            throw new AirsStoreException($"the store's schema version `{found}` is not one airs ever wrote: this file is not an airs store, or was edited");
        }
        if (version < 2)
        {
            Execute(connection, transaction, SqliteSql.MigrateToV2);
        }
        if (version < SqliteSql.SchemaVersion)
        {
            using var insert = Command(connection, transaction, SqliteSql.InsertSchemaVersion);
            insert.Parameters.AddWithValue("$version", SqliteSql.SchemaVersion);
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    // ---- audit -------------------------------------------------------------------------------

    public Task<AuditRecord> AppendAuditAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return writes.RunAsync((connection, transaction) => Append(connection, transaction, entry), cancellationToken);
    }

    /// <summary>Reads the head and inserts after it inside the caller's write transaction, so the chain cannot fork.</summary>
    private AuditRecord Append(SqliteConnection connection, SqliteTransaction transaction, AuditEntry entry)
    {
        var (tail, seal) = ReadTailAndSeal(connection, transaction);
        var (record, nextSeal) = AuditChain.Append(tail, seal, auditKey, entry);
        using var insert = Command(connection, transaction, SqliteSql.InsertAudit);
        insert.Parameters.AddWithValue("$sequence", record.Sequence);
        insert.Parameters.AddWithValue("$time", record.Time.UtcTicks);
        insert.Parameters.AddWithValue("$kind", record.Kind);
        insert.Parameters.AddWithValue("$actor", record.Actor);
        insert.Parameters.AddWithValue("$payload", record.Payload);
        insert.Parameters.AddWithValue("$previous_hash", record.PreviousHash);
        insert.Parameters.AddWithValue("$hash", record.Hash);
        insert.Parameters.AddWithValue("$mac", (object?)record.Mac ?? DBNull.Value);
        insert.ExecuteNonQuery();
        if (nextSeal is not null)
        {
            WriteSeal(connection, transaction, nextSeal);
        }
        return record;
    }

    private static (AuditRecord? Tail, AuditSeal? Seal) ReadTailAndSeal(SqliteConnection connection, SqliteTransaction transaction)
    {
        AuditRecord? tail;
        using (var select = Command(connection, transaction, SqliteSql.SelectAuditHead))
        using (var reader = select.ExecuteReader())
        {
            tail = reader.Read() ? ReadAudit(reader) : null;
        }
        using (var select = Command(connection, transaction, SqliteSql.SelectSeal))
        using (var reader = select.ExecuteReader())
        {
            return (tail, reader.Read() ? ReadSeal(reader) : null);
        }
    }

    private static void WriteSeal(SqliteConnection connection, SqliteTransaction transaction, AuditSeal seal)
    {
        using var upsert = Command(connection, transaction, SqliteSql.UpsertSeal);
        upsert.Parameters.AddWithValue("$sequence", seal.Sequence);
        upsert.Parameters.AddWithValue("$hash", seal.Hash);
        upsert.Parameters.AddWithValue("$key_id", seal.KeyId);
        upsert.Parameters.AddWithValue("$mac", seal.Mac);
        upsert.ExecuteNonQuery();
    }

    private static AuditSeal ReadSeal(SqliteDataReader reader) =>
        new(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3));

    public Task<AuditSeal?> GetAuditSealAsync(CancellationToken cancellationToken = default) =>
        ReadAsync(SqliteSql.SelectSeal, _ => { }, ReadSeal, cancellationToken);

    public async Task<long> CountAuditRowsAsync(CancellationToken cancellationToken = default)
    {
        var counts = await ReadAllAsync(SqliteSql.CountAudit, _ => { }, r => r.GetInt64(0), cancellationToken).ConfigureAwait(false);
        return counts[0];
    }

    public async Task<AuditedState> ReadAuditedStateAsync(CancellationToken cancellationToken = default) => new(
        await ReadAllAsync(SqliteSql.SelectAllTickets, _ => { }, ReadTicket, cancellationToken).ConfigureAwait(false),
        await ReadAllAsync(SqliteSql.SelectAllPace, _ => { }, ReadPace, cancellationToken).ConfigureAwait(false),
        await ReadAllAsync(SqliteSql.SelectAllBreakers, _ => { }, ReadBreaker, cancellationToken).ConfigureAwait(false));

    public async IAsyncEnumerable<AuditRecord> ReadAuditAsync(long afterSequence = 0, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        using var command = Command(connection, null, SqliteSql.SelectAuditAfter);
        command.Parameters.AddWithValue("$after", afterSequence);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return ReadAudit(reader);
        }
    }

    public Task<AuditRecord?> GetAuditHeadAsync(CancellationToken cancellationToken = default) =>
        ReadAsync(SqliteSql.SelectAuditHead, _ => { }, ReadAudit, cancellationToken);

    private static AuditRecord ReadAudit(SqliteDataReader reader) => new(
        reader.GetInt64(0), Time(reader.GetInt64(1)), reader.GetString(2), reader.GetString(3),
        reader.GetString(4), reader.GetString(5), reader.GetString(6))
    { Mac = reader.IsDBNull(7) ? null : reader.GetString(7) };

    // ---- reviews -----------------------------------------------------------------------------

    public Task InsertTicketAsync(ReviewTicket ticket, AuditEntry audit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(audit);
        return writes.RunAsync((connection, transaction) =>
        {
            using var insert = Command(connection, transaction, SqliteSql.InsertTicket);
            insert.Parameters.AddWithValue("$id", ticket.Id);
            insert.Parameters.AddWithValue("$policy", ticket.Policy);
            insert.Parameters.AddWithValue("$review", ticket.Review);
            insert.Parameters.AddWithValue("$decision_id", ticket.DecisionId);
            insert.Parameters.AddWithValue("$summary", ticket.Summary);
            insert.Parameters.AddWithValue("$created", ticket.CreatedAt.UtcTicks);
            insert.Parameters.AddWithValue("$due", ticket.DueAt.UtcTicks);
            insert.Parameters.AddWithValue("$status", Name(ticket.Status));
            insert.ExecuteNonQuery();
            return Append(connection, transaction, audit);
        }, cancellationToken);
    }

    public Task<ReviewTicket?> GetTicketAsync(string id, CancellationToken cancellationToken = default) =>
        ReadAsync(SqliteSql.SelectTicket, c => c.Parameters.AddWithValue("$id", id), ReadTicket, cancellationToken);

    public Task<IReadOnlyList<ReviewTicket>> ListPendingTicketsAsync(string policy, string? review = null, CancellationToken cancellationToken = default) =>
        ReadAllAsync(SqliteSql.SelectPendingTickets, c =>
        {
            c.Parameters.AddWithValue("$policy", policy);
            c.Parameters.AddWithValue("$review", (object?)review ?? DBNull.Value);
        }, ReadTicket, cancellationToken);

    public Task<IReadOnlyList<ReviewTicket>> ListDueTicketsAsync(string policy, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        ReadAllAsync(SqliteSql.SelectDueTickets, c =>
        {
            c.Parameters.AddWithValue("$policy", policy);
            c.Parameters.AddWithValue("$now", now.UtcTicks);
        }, ReadTicket, cancellationToken);

    public Task<bool> TryResolveTicketAsync(ReviewTicket resolved, AuditEntry audit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(resolved);
        ArgumentNullException.ThrowIfNull(audit);
        var resolution = resolved.Resolution ?? throw new ArgumentException("a resolved ticket needs a resolution", nameof(resolved));
        return writes.RunAsync((connection, transaction) =>
        {
            using var update = Command(connection, transaction, SqliteSql.ResolveTicket);
            update.Parameters.AddWithValue("$id", resolved.Id);
            update.Parameters.AddWithValue("$status", Name(resolved.Status));
            update.Parameters.AddWithValue("$by", resolution.By);
            update.Parameters.AddWithValue("$reason", resolution.Reason);
            update.Parameters.AddWithValue("$at", resolution.At.UtcTicks);
            update.Parameters.AddWithValue("$outcome", resolution.Outcome.ToKeyword());
            if (update.ExecuteNonQuery() != 1)
            {
                return false;
            }

            Append(connection, transaction, audit);
            return true;
        }, cancellationToken);
    }

    private static ReviewTicket ReadTicket(SqliteDataReader reader)
    {
        var resolution = reader.IsDBNull(8)
            ? null
            : new ReviewResolution(reader.GetString(8), reader.GetString(9), Time(reader.GetInt64(10)), ParseOutcome(reader.GetString(11)));
        return new ReviewTicket(
            reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
            Time(reader.GetInt64(5)), Time(reader.GetInt64(6)), Parse<ReviewStatus>(reader.GetString(7)), resolution);
    }

    // ---- breakers ----------------------------------------------------------------------------

    public Task<BreakerTally> RecordBreakerEventAsync(BreakerKey key, DateTimeOffset at, DateTimeOffset windowStart, CancellationToken cancellationToken = default) =>
        writes.RunAsync((connection, transaction) =>
        {
            using var insert = Command(connection, transaction, SqliteSql.InsertBreakerEvent);
            AddKey(insert, key);
            insert.Parameters.AddWithValue("$at", at.UtcTicks);
            insert.ExecuteNonQuery();

            using var forget = Command(connection, transaction, SqliteSql.ForgetBreakerEvents);
            AddKey(forget, key);
            forget.Parameters.AddWithValue("$window_start", windowStart.UtcTicks);
            var forgotten = forget.ExecuteNonQuery();

            using var count = Command(connection, transaction, SqliteSql.CountBreakerEvents);
            AddKey(count, key);
            count.Parameters.AddWithValue("$forgotten", forgotten);
            var events = Convert.ToInt32(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);

            using var select = Command(connection, transaction, SqliteSql.SelectBreaker);
            AddKey(select, key);
            using var reader = select.ExecuteReader();
            return new BreakerTally(events, reader.Read() ? ReadBreaker(reader) : null);
        }, cancellationToken);

    public Task<BreakerRecord?> GetBreakerAsync(BreakerKey key, CancellationToken cancellationToken = default) =>
        ReadAsync(SqliteSql.SelectBreaker, c => AddKey(c, key), ReadBreaker, cancellationToken);

    public Task<IReadOnlyList<BreakerRecord>> ListBreakersAsync(string policy, CancellationToken cancellationToken = default) =>
        ReadAllAsync(SqliteSql.SelectBreakers, c => c.Parameters.AddWithValue("$policy", policy), ReadBreaker, cancellationToken);

    public Task<bool> TryUpdateBreakerAsync(long expectedVersion, BreakerRecord next, AuditEntry? audit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(next);
        return writes.RunAsync((connection, transaction) =>
        {
            using var command = Command(connection, transaction, expectedVersion == 0 ? SqliteSql.InsertBreaker : SqliteSql.UpdateBreaker);
            AddKey(command, next.Key);
            command.Parameters.AddWithValue("$state", Name(next.State));
            command.Parameters.AddWithValue("$since", next.Since.UtcTicks);
            command.Parameters.AddWithValue("$manual", next.Manual ? 1 : 0);
            command.Parameters.AddWithValue("$version", next.Version);
            command.Parameters.AddWithValue("$expected", expectedVersion);
            if (command.ExecuteNonQuery() != 1)
            {
                return false;
            }

            if (next.State == BreakerState.Closed)
            {
                using var forget = Command(connection, transaction, SqliteSql.ForgetAllBreakerEvents);
                AddKey(forget, next.Key);
                forget.ExecuteNonQuery();
            }

            if (audit is not null)
            {
                Append(connection, transaction, audit);
            }

            return true;
        }, cancellationToken);
    }

    private static void AddKey(SqliteCommand command, BreakerKey key)
    {
        command.Parameters.AddWithValue("$policy", key.Policy);
        command.Parameters.AddWithValue("$breaker", key.Breaker);
        command.Parameters.AddWithValue("$scope_key", key.ScopeKey);
    }

    private static BreakerRecord ReadBreaker(SqliteDataReader reader) => new(
        new BreakerKey(reader.GetString(0), reader.GetString(1), reader.GetString(2)),
        Parse<BreakerState>(reader.GetString(3)), Time(reader.GetInt64(4)), reader.GetInt64(5) != 0, reader.GetInt64(6));

    // ---- PACE --------------------------------------------------------------------------------

    public Task<PaceRecord?> GetPaceAsync(string policy, CancellationToken cancellationToken = default) =>
        ReadAsync(SqliteSql.SelectPace, c => c.Parameters.AddWithValue("$policy", policy), ReadPace, cancellationToken);

    public Task<bool> TryTransitionPaceAsync(long expectedVersion, PaceRecord next, PaceTransition transition, AuditEntry audit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(next);
        ArgumentNullException.ThrowIfNull(transition);
        ArgumentNullException.ThrowIfNull(audit);
        return writes.RunAsync((connection, transaction) =>
        {
            using var command = Command(connection, transaction, expectedVersion == 0 ? SqliteSql.InsertPace : SqliteSql.UpdatePace);
            command.Parameters.AddWithValue("$policy", next.Policy);
            command.Parameters.AddWithValue("$level", Name(next.Level));
            command.Parameters.AddWithValue("$since", next.Since.UtcTicks);
            command.Parameters.AddWithValue("$actor", next.Actor);
            command.Parameters.AddWithValue("$reason", next.Reason);
            command.Parameters.AddWithValue("$version", next.Version);
            command.Parameters.AddWithValue("$expected", expectedVersion);
            if (command.ExecuteNonQuery() != 1)
            {
                return false;
            }

            using var insert = Command(connection, transaction, SqliteSql.InsertPaceTransition);
            insert.Parameters.AddWithValue("$policy", transition.Policy);
            insert.Parameters.AddWithValue("$from", Name(transition.From));
            insert.Parameters.AddWithValue("$to", Name(transition.To));
            insert.Parameters.AddWithValue("$at", transition.At.UtcTicks);
            insert.Parameters.AddWithValue("$actor", transition.Actor);
            insert.Parameters.AddWithValue("$reason", transition.Reason);
            insert.ExecuteNonQuery();
            Append(connection, transaction, audit);
            return true;
        }, cancellationToken);
    }

    public Task<IReadOnlyList<PaceTransition>> ListPaceTransitionsAsync(string policy, CancellationToken cancellationToken = default) =>
        ReadAllAsync(SqliteSql.SelectPaceTransitions, c => c.Parameters.AddWithValue("$policy", policy),
            r => new PaceTransition(r.GetString(0), Parse<PaceLevel>(r.GetString(1)), Parse<PaceLevel>(r.GetString(2)),
                Time(r.GetInt64(3)), r.GetString(4), r.GetString(5)),
            cancellationToken);

    private static PaceRecord ReadPace(SqliteDataReader reader) => new(
        reader.GetString(0), Parse<PaceLevel>(reader.GetString(1)), Time(reader.GetInt64(2)),
        reader.GetString(3), reader.GetString(4), reader.GetInt64(5));

    /// <summary>Reads a pragma on the writer connection (tests check <c>synchronous</c> is FULL).</summary>
    internal Task<long> ReadWriterPragmaAsync(string pragma) =>
        writes.RunAsync((connection, transaction) =>
        {
            using var command = Command(connection, transaction, pragma switch
            {
                "synchronous" => "PRAGMA synchronous;",
                "journal_mode" => "SELECT CASE WHEN lower(journal_mode) = 'wal' THEN 1 ELSE 0 END FROM pragma_journal_mode;",
                _ => throw new ArgumentOutOfRangeException(nameof(pragma)),
            });
            return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        });

    // ---- plumbing ----------------------------------------------------------------------------

    private async Task<SqliteConnection> OpenReaderAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        Execute(connection, null, SqliteSql.ReaderPragmas);
        return connection;
    }

    private async Task<T?> ReadAsync<T>(string sql, Action<SqliteCommand> bind, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
        where T : class
    {
        var all = await ReadAllAsync(sql, bind, read, cancellationToken).ConfigureAwait(false);
        return all.Count == 0 ? null : all[0];
    }

    private async Task<IReadOnlyList<T>> ReadAllAsync<T>(string sql, Action<SqliteCommand> bind, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var connection = await OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        using var command = Command(connection, null, sql);
        bind(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var results = new List<T>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            results.Add(read(reader));
        }

        return results;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = Command(connection, transaction, sql);
        command.ExecuteNonQuery();
    }

    private static DateTimeOffset Time(long utcTicks) => new(utcTicks, TimeSpan.Zero);

    private static string Name<TEnum>(TEnum value) where TEnum : struct, Enum => value.ToString().ToLowerInvariant();

    private static TEnum Parse<TEnum>(string name) where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(name, ignoreCase: true, out var value) && Enum.IsDefined(value)
            ? value
            : throw new FormatException($"unknown stored value `{name}`");

    private static Outcome ParseOutcome(string keyword) =>
        OutcomeLattice.TryParse(keyword, out var outcome) ? outcome : throw new FormatException($"unknown stored outcome `{keyword}`");

    public async ValueTask DisposeAsync()
    {
        await writes.DisposeAsync().ConfigureAwait(false);
        await writer.DisposeAsync().ConfigureAwait(false);
        // Pooled readers keep the file open; release them so the file can be moved or deleted.
        SqliteConnection.ClearPool(writer);
    }
}
