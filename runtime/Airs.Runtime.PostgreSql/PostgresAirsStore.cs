using System.Data;
using System.Globalization;
using System.Runtime.CompilerServices;
using Airs.Runtime.Audit;
using Airs.Runtime.Breakers;
using Airs.Runtime.Decisions;
using Airs.Runtime.Pace;
using Airs.Runtime.Policy;
using Airs.Runtime.Reviews;
using Airs.Runtime.Stores;
using Npgsql;
using NpgsqlTypes;

namespace Airs.Runtime.PostgreSql;

/// <summary>
/// The store shared by several runtime replicas: one PostgreSQL database. Each replica writes through a
/// <see cref="PostgresWriteQueue"/> (group commit under one advisory lock held across replicas); reads use
/// pooled connections and see the last committed state. The schema is created on open and versioned.
/// </summary>
public sealed class PostgresAirsStore : IAirsStore, IAuditInspection
{
    private readonly NpgsqlDataSource dataSource;
    private readonly PostgresWriteQueue writes;
    private readonly AuditKey? auditKey;

    private PostgresAirsStore(NpgsqlDataSource dataSource, AuditKey? auditKey)
    {
        this.dataSource = dataSource;
        this.auditKey = auditKey;
        writes = new PostgresWriteQueue(dataSource);
    }

    /// <summary>
    /// Opens the store in the database named by <paramref name="connectionString"/>, either Npgsql keywords
    /// or a <c>postgres://user:password@host:port/database</c> URL, creating the schema if it is missing.
    /// </summary>
    public static Task<PostgresAirsStore> OpenAsync(string connectionString, CancellationToken cancellationToken = default) =>
        OpenAsync(connectionString, auditKey: null, cancellationToken);

    /// <summary>
    /// Opens the store; with <paramref name="auditKey"/>, every audit record gets a MAC and the keyed head follows the
    /// log. A log never keyed is adopted as it stands; a keyed log that does not end at its head is refused.
    /// </summary>
    /// <exception cref="AirsStoreException">The schema is unknown, or the keyed log does not verify.</exception>
    public static async Task<PostgresAirsStore> OpenAsync(string connectionString, AuditKey? auditKey, CancellationToken cancellationToken = default)
    {
        var builder = PostgresConnectionString.Parse(connectionString);
        var dataSource = NpgsqlDataSource.Create(builder);
        try
        {
            await MigrateAsync(dataSource, auditKey, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            await dataSource.DisposeAsync().ConfigureAwait(false);
            if (e is AuditTamperedException)
            {
                throw new AirsStoreException($"the audit log does not verify: {e.Message}", e);
            }
            throw;
        }

        return new PostgresAirsStore(dataSource, auditKey);
    }

    /// <summary>Creates or checks the schema in one transaction, holding the migration lock so replicas starting at once take turns.</summary>
    private static async Task MigrateAsync(NpgsqlDataSource dataSource, AuditKey? auditKey, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, PostgresSql.LockMigration, cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, PostgresSql.CreateVersionTable, cancellationToken).ConfigureAwait(false);
        object? found;
        await using (var select = new NpgsqlCommand(PostgresSql.SelectSchemaVersion, connection, transaction))
        {
            found = await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        }

        if (found is null or DBNull)
        {
            foreach (var statement in PostgresSql.CreateSchemaV1)
            {
                await ExecuteAsync(connection, transaction, statement, cancellationToken).ConfigureAwait(false);
            }

        }

        // A new database has just been given the version 1 tables.
        var version = found is null or DBNull ? 1 : found as int? ?? -1;
        if (version > PostgresSql.SchemaVersion)
        {
            throw new AirsStoreException(
                $"the store's schema version `{found}` is newer than this runtime's `{PostgresSql.SchemaVersion}`: upgrade airs, or use another store");
        }
        if (version < 1)
        {
            throw new AirsStoreException($"the store's schema version `{found}` is not one airs ever wrote: this database was edited");
        }
        if (version < 2)
        {
            foreach (var statement in PostgresSql.MigrateToV2)
            {
                await ExecuteAsync(connection, transaction, statement, cancellationToken).ConfigureAwait(false);
            }
        }
        if (version < PostgresSql.SchemaVersion)
        {
            await using var insert = new NpgsqlCommand(PostgresSql.InsertSchemaVersion, connection, transaction);
            insert.Parameters.AddWithValue("version", PostgresSql.SchemaVersion);
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        if (auditKey is not null)
        {
            // Under the writers' lock, so no replica appends between the read and the seal.
            await ExecuteAsync(connection, transaction, PostgresSql.LockWriters, cancellationToken).ConfigureAwait(false);
            var (tail, seal) = await ReadTailAndSealAsync(connection, transaction).ConfigureAwait(false);
            bool hasKeyed;
            await using (var any = new NpgsqlCommand(PostgresSql.SelectAnyKeyedAudit, connection, transaction))
            {
                hasKeyed = (bool)(await any.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
            }
            if (AuditChain.Adopt(tail, seal, hasKeyed, auditKey) is { } adopted)
            {
                await WriteSealAsync(connection, transaction, adopted).ConfigureAwait(false);
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    // ---- audit -------------------------------------------------------------------------------

    public Task<AuditRecord> AppendAuditAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return writes.RunAsync((connection, transaction) => AppendAsync(connection, transaction, entry), cancellationToken);
    }

    /// <summary>Reads the head and inserts after it inside the caller's write transaction, which holds the writers' lock, so the chain cannot fork.</summary>
    private async Task<AuditRecord> AppendAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, AuditEntry entry)
    {
        var (tail, seal) = await ReadTailAndSealAsync(connection, transaction).ConfigureAwait(false);
        var (record, nextSeal) = AuditChain.Append(tail, seal, auditKey, entry);
        await using var insert = new NpgsqlCommand(PostgresSql.InsertAudit, connection, transaction);
        insert.Parameters.AddWithValue("sequence", record.Sequence);
        insert.Parameters.AddWithValue("time", record.Time.UtcTicks);
        insert.Parameters.AddWithValue("kind", record.Kind);
        insert.Parameters.AddWithValue("actor", record.Actor);
        insert.Parameters.AddWithValue("payload", record.Payload);
        insert.Parameters.AddWithValue("previous_hash", record.PreviousHash);
        insert.Parameters.AddWithValue("hash", record.Hash);
        insert.Parameters.AddWithValue("mac", NpgsqlDbType.Text, (object?)record.Mac ?? DBNull.Value);
        await insert.ExecuteNonQueryAsync().ConfigureAwait(false);
        if (nextSeal is not null)
        {
            await WriteSealAsync(connection, transaction, nextSeal).ConfigureAwait(false);
        }
        return record;
    }

    private static async Task<(AuditRecord? Tail, AuditSeal? Seal)> ReadTailAndSealAsync(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        AuditRecord? tail;
        await using (var select = new NpgsqlCommand(PostgresSql.SelectAuditHead, connection, transaction))
        await using (var reader = await select.ExecuteReaderAsync().ConfigureAwait(false))
        {
            tail = await reader.ReadAsync().ConfigureAwait(false) ? ReadAudit(reader) : null;
        }
        await using (var select = new NpgsqlCommand(PostgresSql.SelectSeal, connection, transaction))
        await using (var reader = await select.ExecuteReaderAsync().ConfigureAwait(false))
        {
            return (tail, await reader.ReadAsync().ConfigureAwait(false) ? ReadSeal(reader) : null);
        }
    }

    private static async Task WriteSealAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, AuditSeal seal)
    {
        await using var upsert = new NpgsqlCommand(PostgresSql.UpsertSeal, connection, transaction);
        upsert.Parameters.AddWithValue("sequence", seal.Sequence);
        upsert.Parameters.AddWithValue("hash", seal.Hash);
        upsert.Parameters.AddWithValue("key_id", seal.KeyId);
        upsert.Parameters.AddWithValue("mac", seal.Mac);
        await upsert.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    private static AuditSeal ReadSeal(NpgsqlDataReader reader) =>
        new(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3));

    public Task<AuditSeal?> GetAuditSealAsync(CancellationToken cancellationToken = default) =>
        ReadAsync(PostgresSql.SelectSeal, _ => { }, ReadSeal, cancellationToken);

    public async Task<long> CountAuditRowsAsync(CancellationToken cancellationToken = default)
    {
        var counts = await ReadAllAsync(PostgresSql.CountAudit, _ => { }, r => r.GetInt64(0), cancellationToken).ConfigureAwait(false);
        return counts[0];
    }

    public async Task<AuditedState> ReadAuditedStateAsync(CancellationToken cancellationToken = default) => new(
        await ReadAllAsync(PostgresSql.SelectAllTickets, _ => { }, ReadTicket, cancellationToken).ConfigureAwait(false),
        await ReadAllAsync(PostgresSql.SelectAllPace, _ => { }, ReadPace, cancellationToken).ConfigureAwait(false),
        await ReadAllAsync(PostgresSql.SelectAllBreakers, _ => { }, ReadBreaker, cancellationToken).ConfigureAwait(false));

    public async IAsyncEnumerable<AuditRecord> ReadAuditAsync(long afterSequence = 0, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(PostgresSql.SelectAuditAfter, connection);
        command.Parameters.AddWithValue("after", afterSequence);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return ReadAudit(reader);
        }
    }

    public Task<AuditRecord?> GetAuditHeadAsync(CancellationToken cancellationToken = default) =>
        ReadAsync(PostgresSql.SelectAuditHead, _ => { }, ReadAudit, cancellationToken);

    private static AuditRecord ReadAudit(NpgsqlDataReader reader) => new(
        reader.GetInt64(0), Time(reader.GetInt64(1)), reader.GetString(2), reader.GetString(3),
        reader.GetString(4), reader.GetString(5), reader.GetString(6))
    { Mac = reader.IsDBNull(7) ? null : reader.GetString(7) };

    // ---- reviews -----------------------------------------------------------------------------

    public Task InsertTicketAsync(ReviewTicket ticket, AuditEntry audit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(audit);
        return writes.RunAsync(async (connection, transaction) =>
        {
            await using var insert = new NpgsqlCommand(PostgresSql.InsertTicket, connection, transaction);
            insert.Parameters.AddWithValue("id", ticket.Id);
            insert.Parameters.AddWithValue("policy", ticket.Policy);
            insert.Parameters.AddWithValue("review", ticket.Review);
            insert.Parameters.AddWithValue("decision_id", ticket.DecisionId);
            insert.Parameters.AddWithValue("summary", ticket.Summary);
            insert.Parameters.AddWithValue("created", ticket.CreatedAt.UtcTicks);
            insert.Parameters.AddWithValue("due", ticket.DueAt.UtcTicks);
            insert.Parameters.AddWithValue("status", Name(ticket.Status));
            await insert.ExecuteNonQueryAsync().ConfigureAwait(false);
            return await AppendAsync(connection, transaction, audit).ConfigureAwait(false);
        }, cancellationToken);
    }

    public Task<ReviewTicket?> GetTicketAsync(string id, CancellationToken cancellationToken = default) =>
        ReadAsync(PostgresSql.SelectTicket, c => c.Parameters.AddWithValue("id", id), ReadTicket, cancellationToken);

    public Task<IReadOnlyList<ReviewTicket>> ListPendingTicketsAsync(string policy, string? review = null, CancellationToken cancellationToken = default) =>
        ReadAllAsync(PostgresSql.SelectPendingTickets, c =>
        {
            c.Parameters.AddWithValue("policy", policy);
            c.Parameters.Add(new NpgsqlParameter("review", NpgsqlDbType.Text) { Value = (object?)review ?? DBNull.Value });
        }, ReadTicket, cancellationToken);

    public Task<IReadOnlyList<ReviewTicket>> ListDueTicketsAsync(string policy, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        ReadAllAsync(PostgresSql.SelectDueTickets, c =>
        {
            c.Parameters.AddWithValue("policy", policy);
            c.Parameters.AddWithValue("now", now.UtcTicks);
        }, ReadTicket, cancellationToken);

    public Task<bool> TryResolveTicketAsync(ReviewTicket resolved, AuditEntry audit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(resolved);
        ArgumentNullException.ThrowIfNull(audit);
        var resolution = resolved.Resolution ?? throw new ArgumentException("a resolved ticket needs a resolution", nameof(resolved));
        return writes.RunAsync(async (connection, transaction) =>
        {
            await using var update = new NpgsqlCommand(PostgresSql.ResolveTicket, connection, transaction);
            update.Parameters.AddWithValue("id", resolved.Id);
            update.Parameters.AddWithValue("status", Name(resolved.Status));
            update.Parameters.AddWithValue("by", resolution.By);
            update.Parameters.AddWithValue("reason", resolution.Reason);
            update.Parameters.AddWithValue("at", resolution.At.UtcTicks);
            update.Parameters.AddWithValue("outcome", resolution.Outcome.ToKeyword());
            if (await update.ExecuteNonQueryAsync().ConfigureAwait(false) != 1)
            {
                return false;
            }

            await AppendAsync(connection, transaction, audit).ConfigureAwait(false);
            return true;
        }, cancellationToken);
    }

    private static ReviewTicket ReadTicket(NpgsqlDataReader reader)
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
        writes.RunAsync(async (connection, transaction) =>
        {
            await using (var insert = new NpgsqlCommand(PostgresSql.InsertBreakerEvent, connection, transaction))
            {
                AddKey(insert, key);
                insert.Parameters.AddWithValue("at", at.UtcTicks);
                await insert.ExecuteNonQueryAsync().ConfigureAwait(false);
            }

            int forgotten;
            await using (var forget = new NpgsqlCommand(PostgresSql.ForgetBreakerEvents, connection, transaction))
            {
                AddKey(forget, key);
                forget.Parameters.AddWithValue("window_start", windowStart.UtcTicks);
                forgotten = await forget.ExecuteNonQueryAsync().ConfigureAwait(false);
            }

            int events;
            await using (var count = new NpgsqlCommand(PostgresSql.CountBreakerEvents, connection, transaction))
            {
                AddKey(count, key);
                count.Parameters.AddWithValue("forgotten", forgotten);
                events = Convert.ToInt32(await count.ExecuteScalarAsync().ConfigureAwait(false), CultureInfo.InvariantCulture);
            }

            await using var select = new NpgsqlCommand(PostgresSql.SelectBreaker, connection, transaction);
            AddKey(select, key);
            await using var reader = await select.ExecuteReaderAsync().ConfigureAwait(false);
            return new BreakerTally(events, await reader.ReadAsync().ConfigureAwait(false) ? ReadBreaker(reader) : null);
        }, cancellationToken);

    public Task<BreakerRecord?> GetBreakerAsync(BreakerKey key, CancellationToken cancellationToken = default) =>
        ReadAsync(PostgresSql.SelectBreaker, c => AddKey(c, key), ReadBreaker, cancellationToken);

    public Task<IReadOnlyList<BreakerRecord>> ListBreakersAsync(string policy, CancellationToken cancellationToken = default) =>
        ReadAllAsync(PostgresSql.SelectBreakers, c => c.Parameters.AddWithValue("policy", policy), ReadBreaker, cancellationToken);

    public Task<bool> TryUpdateBreakerAsync(long expectedVersion, BreakerRecord next, AuditEntry? audit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(next);
        return writes.RunAsync(async (connection, transaction) =>
        {
            await using (var command = new NpgsqlCommand(expectedVersion == 0 ? PostgresSql.InsertBreaker : PostgresSql.UpdateBreaker, connection, transaction))
            {
                AddKey(command, next.Key);
                command.Parameters.AddWithValue("state", Name(next.State));
                command.Parameters.AddWithValue("since", next.Since.UtcTicks);
                command.Parameters.AddWithValue("manual", next.Manual);
                command.Parameters.AddWithValue("version", next.Version);
                command.Parameters.AddWithValue("expected", expectedVersion);
                if (await command.ExecuteNonQueryAsync().ConfigureAwait(false) != 1)
                {
                    return false;
                }
            }

            if (next.State == BreakerState.Closed)
            {
                foreach (var sql in new[] { PostgresSql.ForgetAllBreakerEvents, PostgresSql.ResetBreakerWindow })
                {
                    await using var forget = new NpgsqlCommand(sql, connection, transaction);
                    AddKey(forget, next.Key);
                    await forget.ExecuteNonQueryAsync().ConfigureAwait(false);
                }
            }

            if (audit is not null)
            {
                await AppendAsync(connection, transaction, audit).ConfigureAwait(false);
            }

            return true;
        }, cancellationToken);
    }

    private static void AddKey(NpgsqlCommand command, BreakerKey key)
    {
        command.Parameters.AddWithValue("policy", key.Policy);
        command.Parameters.AddWithValue("breaker", key.Breaker);
        command.Parameters.AddWithValue("scope_key", key.ScopeKey);
    }

    private static BreakerRecord ReadBreaker(NpgsqlDataReader reader) => new(
        new BreakerKey(reader.GetString(0), reader.GetString(1), reader.GetString(2)),
        Parse(reader.GetString(3), BreakerStates.Table), Time(reader.GetInt64(4)), reader.GetBoolean(5), reader.GetInt64(6));

    // ---- PACE --------------------------------------------------------------------------------

    public Task<PaceRecord?> GetPaceAsync(string policy, CancellationToken cancellationToken = default) =>
        ReadAsync(PostgresSql.SelectPace, c => c.Parameters.AddWithValue("policy", policy), ReadPace, cancellationToken);

    public Task<bool> TryTransitionPaceAsync(long expectedVersion, PaceRecord next, PaceTransition transition, AuditEntry audit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(next);
        ArgumentNullException.ThrowIfNull(transition);
        ArgumentNullException.ThrowIfNull(audit);
        return writes.RunAsync(async (connection, transaction) =>
        {
            await using (var command = new NpgsqlCommand(expectedVersion == 0 ? PostgresSql.InsertPace : PostgresSql.UpdatePace, connection, transaction))
            {
                command.Parameters.AddWithValue("policy", next.Policy);
                command.Parameters.AddWithValue("level", Name(next.Level));
                command.Parameters.AddWithValue("since", next.Since.UtcTicks);
                command.Parameters.AddWithValue("actor", next.Actor);
                command.Parameters.AddWithValue("reason", next.Reason);
                command.Parameters.AddWithValue("version", next.Version);
                command.Parameters.AddWithValue("expected", expectedVersion);
                if (await command.ExecuteNonQueryAsync().ConfigureAwait(false) != 1)
                {
                    return false;
                }
            }

            await using (var insert = new NpgsqlCommand(PostgresSql.InsertPaceTransition, connection, transaction))
            {
                insert.Parameters.AddWithValue("policy", transition.Policy);
                insert.Parameters.AddWithValue("from", Name(transition.From));
                insert.Parameters.AddWithValue("to", Name(transition.To));
                insert.Parameters.AddWithValue("at", transition.At.UtcTicks);
                insert.Parameters.AddWithValue("actor", transition.Actor);
                insert.Parameters.AddWithValue("reason", transition.Reason);
                await insert.ExecuteNonQueryAsync().ConfigureAwait(false);
            }

            await AppendAsync(connection, transaction, audit).ConfigureAwait(false);
            return true;
        }, cancellationToken);
    }

    public Task<IReadOnlyList<PaceTransition>> ListPaceTransitionsAsync(string policy, CancellationToken cancellationToken = default) =>
        ReadAllAsync(PostgresSql.SelectPaceTransitions, c => c.Parameters.AddWithValue("policy", policy),
            r => new PaceTransition(r.GetString(0), Parse(r.GetString(1), PaceLevels.Table), Parse(r.GetString(2), PaceLevels.Table),
                Time(r.GetInt64(3)), r.GetString(4), r.GetString(5)),
            cancellationToken);

    private static PaceRecord ReadPace(NpgsqlDataReader reader) => new(
        reader.GetString(0), Parse(reader.GetString(1), PaceLevels.Table), Time(reader.GetInt64(2)),
        reader.GetString(3), reader.GetString(4), reader.GetInt64(5));

    // ---- plumbing ----------------------------------------------------------------------------

    private async Task<T?> ReadAsync<T>(string sql, Action<NpgsqlCommand> bind, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
        where T : class
    {
        var all = await ReadAllAsync(sql, bind, read, cancellationToken).ConfigureAwait(false);
        return all.Count == 0 ? null : all[0];
    }

    private async Task<IReadOnlyList<T>> ReadAllAsync<T>(string sql, Action<NpgsqlCommand> bind, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(sql, connection);
        bind(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var results = new List<T>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            results.Add(read(reader));
        }

        return results;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static DateTimeOffset Time(long utcTicks) => new(utcTicks, TimeSpan.Zero);

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
        await dataSource.DisposeAsync().ConfigureAwait(false);
    }
}
