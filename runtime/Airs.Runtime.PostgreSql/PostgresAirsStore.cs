using System.Data;
using System.Data.Common;
using Airs.Runtime.Audit;
using Airs.Runtime.Stores;
using Npgsql;

namespace Airs.Runtime.PostgreSql;

/// <summary>
/// The store shared by several runtime replicas: one PostgreSQL database. Each store (one per replica process)
/// appends decisions to its own audit segment, a batch at a time in one statement batch (one round trip, PostgreSQL's
/// implicit transaction), without waiting for any other replica. State changes (tickets, breakers, PACE, limits) run
/// in group-commit transactions that first take one advisory lock held across replicas, so their audit records form
/// one shared chain in the order the state tables saw and writers never deadlock on row locks. Callers are answered
/// after COMMIT, which with the server's default <c>synchronous_commit</c> means the WAL is flushed; a segment batch of
/// nothing but written appends (<see cref="AdoAirsStore.AppendAuditWrittenAsync"/>) commits with it off, and the next
/// durable commit flushes the WAL up to its own record, theirs included. Reads use pooled
/// connections and see the last committed state. The schema is created on open and versioned. The operations
/// themselves are <see cref="AdoAirsStore"/>'s, shared with SQLite.
/// </summary>
public sealed class PostgresAirsStore : AdoAirsStore
{
    private readonly NpgsqlDataSource dataSource;

    // The write loop's own connection, kept between batches: a pooled one would be reset (DISCARD ALL) on every reopen.
    private NpgsqlConnection? writer;

    // A read-only store's one connection and transaction, every read of it in one snapshot (OpenReadOnlyAsync).
    private NpgsqlConnection? snapshot;
    private NpgsqlTransaction? snapshotTransaction;

    private PostgresAirsStore(NpgsqlDataSource dataSource, AuditKey? auditKey)
        : base(auditKey)
    {
        this.dataSource = dataSource;
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
    public static Task<PostgresAirsStore> OpenAsync(string connectionString, AuditKey? auditKey, CancellationToken cancellationToken = default) =>
        OpenAsync(connectionString, auditKey, AuditSegmentOptions.Default, cancellationToken);

    /// <summary>
    /// Opens the store with its own audit segment, cross-anchored to the others as <paramref name="segments"/> says;
    /// null: no segment of its own, so appends join the shared chain under the writers' lock (for tools that only read,
    /// such as <c>airs audit verify</c>, which should not leave an empty segment behind).
    /// </summary>
    /// <exception cref="AirsStoreException">The schema is unknown, or the keyed log does not verify.</exception>
    public static async Task<PostgresAirsStore> OpenAsync(string connectionString, AuditKey? auditKey, AuditSegmentOptions? segments, CancellationToken cancellationToken = default)
    {
        var builder = PostgresConnectionString.Parse(connectionString);
        var dataSource = NpgsqlDataSource.Create(builder);
        try
        {
            await MigrateAsync(dataSource, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await dataSource.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var store = await AdoptAuditKeyAsync(new PostgresAirsStore(dataSource, auditKey), "", cancellationToken).ConfigureAwait(false);
        if (segments is null)
        {
            return store;
        }
        try
        {
            await store.OpenSegmentAsync(segments, cancellationToken).ConfigureAwait(false);
            return store;
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Opens the store to read it and change nothing (<c>airs audit verify</c>, whose evidence must be the same after it):
    /// no migration lock, no table created, no schema migrated, and every session the store opens has
    /// <c>default_transaction_read_only</c> on, so each of its transactions is READ ONLY and the server refuses any write.
    /// Every read is made in one REPEATABLE READ transaction, on one connection, from the schema's check on: one snapshot
    /// of the database, so the log, its heads and the state tables agree however the replicas write meanwhile. One read
    /// at a time.
    /// </summary>
    /// <exception cref="AirsStoreException">The database holds no airs store (<see cref="AirsStoreException.NoStore"/>), or its schema is older than this runtime's (only opening it read-write migrates it), newer, or unknown.</exception>
    public static async Task<PostgresAirsStore> OpenReadOnlyAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        var builder = PostgresConnectionString.Parse(connectionString);
        // Last, so it wins over any `-c` of the caller's own options.
        builder.Options = $"{builder.Options} -c default_transaction_read_only=on".TrimStart();
        var dataSource = NpgsqlDataSource.Create(builder);
        NpgsqlConnection? connection = null;
        try
        {
            connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            // READ ONLY by the session's default; its snapshot is taken by its first statement, the schema's check.
            var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
            await CheckReadableSchemaAsync(transaction, cancellationToken).ConfigureAwait(false);
            return new PostgresAirsStore(dataSource, auditKey: null) { snapshot = connection, snapshotTransaction = transaction };
        }
        catch
        {
            if (connection is not null)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }
            await dataSource.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Checks, reading only, that the database holds a store of this runtime's schema.</summary>
    private static async Task CheckReadableSchemaAsync(NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var connection = transaction.Connection;
        await using (var exists = new NpgsqlCommand(PostgresSql.HasVersionTable, connection, transaction))
        {
            if (await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not true)
            {
                throw new AirsStoreException("the database holds no airs store (no `schema_version` table in its search path), and verifying creates none: "
                    + "check the database and search path the connection string names") { NoStore = true };
            }
        }
        object? found;
        await using (var select = new NpgsqlCommand(PostgresSql.SelectSchemaVersion, connection, transaction))
        {
            found = await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        }
        var version = CheckSchemaVersion(found, PostgresSql.SchemaVersion, "this database was edited");
        if (version < PostgresSql.SchemaVersion)
        {
            throw new AirsStoreException($"the store's schema version `{version}` is older than this airs's `{PostgresSql.SchemaVersion}`, and verifying never "
                + "migrates it: migrate it by starting this airs on it once (`airs serve --store …`), then verify (or verify it with the airs that wrote it)");
        }
    }

    /// <summary>Creates or checks the schema in one transaction, holding the migration lock so replicas starting at once take turns.</summary>
    private static async Task MigrateAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
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

        var version = CheckSchemaVersion(found, PostgresSql.SchemaVersion, "this database was edited");
        if (version < 2)
        {
            foreach (var statement in PostgresSql.MigrateToV2)
            {
                await ExecuteAsync(connection, transaction, statement, cancellationToken).ConfigureAwait(false);
            }
        }
        if (version < 3)
        {
            foreach (var statement in PostgresSql.MigrateToV3)
            {
                await ExecuteAsync(connection, transaction, statement, cancellationToken).ConfigureAwait(false);
            }
        }
        if (version < 4)
        {
            foreach (var statement in PostgresSql.MigrateToV4)
            {
                await ExecuteAsync(connection, transaction, statement, cancellationToken).ConfigureAwait(false);
            }
        }
        await ExecuteAsync(connection, transaction, PostgresSql.CreateTicketNumbering, cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, CreateLimitTableSql, cancellationToken).ConfigureAwait(false);
        foreach (var statement in PostgresToolHistorySql.Create)
        {
            await ExecuteAsync(connection, transaction, statement, cancellationToken).ConfigureAwait(false);
        }
        if (version < PostgresSql.SchemaVersion)
        {
            await using var insert = new NpgsqlCommand(PostgresSql.InsertSchemaVersion, connection, transaction);
            insert.Parameters.AddWithValue("version", PostgresSql.SchemaVersion);
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override bool HasSegments => true;

    /// <summary>Npgsql writes a <c>byte[]</c> typed as text as the UTF-8 it is.</summary>
    protected override bool BindsUtf8Text => true;

    // ---- written appends: committed, flushed by the next durable commit ------------------------

    // First in a written batch, which goes to this store's segment alone in an implicit transaction of its own
    // (AdoAirsStore.PrepareCommit); a store without a segment (a reading tool's) commits every batch durably.
    protected override string? WrittenCommitStatement => PostgresSql.CommitWithoutFlush;

    // A transaction that writes nothing has no commit record, so its COMMIT flushes nothing: give it a transaction id.
    protected override async ValueTask WriteSyncMarkAsync(DbTransaction transaction)
    {
        await using var mark = Command(transaction, PostgresSql.AssignTransactionId);
        await mark.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    // ---- connections -------------------------------------------------------------------------

    protected override async ValueTask<DbConnection> OpenWriterAsync() =>
        writer ??= await dataSource.OpenConnectionAsync().ConfigureAwait(false);

    protected override async Task<DbTransaction> BeginWriteAsync(DbConnection connection)
    {
        var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted).ConfigureAwait(false);
        try
        {
            await using var lockWriters = Command(transaction, PostgresSql.LockWriters);
            await lockWriters.ExecuteNonQueryAsync().ConfigureAwait(false);
            return transaction;
        }
        catch
        {
            await transaction.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Keeps the connection for the next batch unless it broke (then the next batch opens a new one).</summary>
    protected override async ValueTask CloseWriterAsync(DbConnection connection)
    {
        if (connection.State != ConnectionState.Open)
        {
            writer = null;
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    // A command on the snapshot's connection runs in its transaction (Npgsql enlists it without being told).
    protected override async Task<DbConnection> OpenReaderAsync(CancellationToken cancellationToken) =>
        snapshot ?? await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    protected override ValueTask CloseReaderAsync(DbConnection connection) =>
        connection == snapshot ? ValueTask.CompletedTask : connection.DisposeAsync();

    protected override async ValueTask DisposeConnectionsAsync()
    {
        if (snapshot is not null)
        {
            await snapshotTransaction!.DisposeAsync().ConfigureAwait(false);
            await snapshot.DisposeAsync().ConfigureAwait(false);
        }
        if (writer is not null)
        {
            await writer.DisposeAsync().ConfigureAwait(false);
        }
        await dataSource.DisposeAsync().ConfigureAwait(false);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
