using System.Data.Common;
using System.Globalization;
using Airs.Runtime.Audit;
using Microsoft.Data.Sqlite;

namespace Airs.Runtime.Stores;

/// <summary>
/// The embedded store: one SQLite file in WAL mode. Writes go through one connection with <c>synchronous=FULL</c>
/// (<c>NORMAL</c> for a batch of nothing but written appends, <see cref="AdoAirsStore.AppendAuditWrittenAsync"/>)
/// and group commit in <c>BEGIN IMMEDIATE</c> transactions, which take SQLite's write lock and so serialise other
/// processes too; reads use pooled connections and see the last committed state. The schema is created on open
/// and versioned. The operations themselves are <see cref="AdoAirsStore"/>'s, shared with PostgreSQL.
/// </summary>
public sealed class SqliteAirsStore : AdoAirsStore
{
    private readonly string connectionString;
    private readonly SqliteConnection writer;
    private readonly SqliteAuditStatements audit;
    private bool syncFull = true; // the writer's synchronous setting: FULL (WriterPragmas) or NORMAL
    private bool snapshot; // read-only: every read on the one connection, in its one read transaction (OpenReadOnlyAsync)

    // Limit counts are resident: one process is meant to write a file (several processes on one file are serialised,
    // and a count another process changed fails the batch that would overwrite it; replicas share counts through PostgreSQL).
    private SqliteAirsStore(string connectionString, SqliteConnection writer, AuditKey? auditKey)
        : base(auditKey, limitCountsResident: true)
    {
        this.connectionString = connectionString;
        this.writer = writer;
        audit = new SqliteAuditStatements(writer);
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
        }
        catch
        {
            await writer.DisposeAsync().ConfigureAwait(false);
            SqliteConnection.ClearPool(writer);
            throw;
        }

        var store = new SqliteAirsStore(connectionString, writer, auditKey) { Path = path };
        return await AdoptAuditKeyAsync(store, $" of `{path}`", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The oldest schema <see cref="OpenReadOnlyAsync"/> reads: version 2 has every table and column a verification reads.</summary>
    public const int OldestReadOnlySchema = 2;

    /// <summary>
    /// Opens the store at <paramref name="path"/> to read it and change nothing (<c>airs audit verify</c>, whose evidence
    /// copy must be the same bytes after it, and <c>airs report --judges</c>): no journal mode set, no schema created or migrated, any write refused. A
    /// file without a write-ahead log or its shared-memory index beside it is opened immutable, so SQLite makes no
    /// <c>-wal</c> or <c>-shm</c> file either; one with a <c>-wal</c> or a <c>-shm</c> (a live store) is opened read-only,
    /// so its frames are read too and a checkpoint cannot change the pages under the read. Every read is made on one
    /// connection in one read transaction, from the schema's check on: in WAL mode that is one snapshot of the file, so
    /// the log, its head and the state tables agree however a writer appends meanwhile. One read at a time.
    /// </summary>
    /// <exception cref="AirsStoreException">The schema is older than <see cref="OldestReadOnlySchema"/> (only opening it read-write migrates it), newer than this runtime's, or unknown.</exception>
    public static async Task<SqliteAirsStore> OpenReadOnlyAsync(string path, CancellationToken cancellationToken = default)
    {
        var connectionString = ReadOnlyConnectionString(path);
        var reader = new SqliteConnection(connectionString);
        try
        {
            await reader.OpenAsync(cancellationToken).ConfigureAwait(false);
            Execute(reader, null, SqliteSql.ReaderPragmas);
            // A deferred transaction's snapshot is taken by its first read, the schema's check; it ends when the store is
            // disposed. Plain SQL, not BeginTransaction: the shared reads make commands without a transaction object.
            Execute(reader, null, "BEGIN DEFERRED;");
            object? found;
            using (var select = new SqliteCommand(SqliteSql.SelectSchemaVersion, reader))
            {
                found = select.ExecuteScalar();
            }
            var version = CheckSchemaVersion(found, SqliteSql.SchemaVersion, "this file is not an airs store, or was edited");
            if (version < OldestReadOnlySchema)
            {
                throw new AirsStoreException($"the store's schema version `{version}` is too old to read without migrating it (the oldest read as it "
                    + $"stands is {OldestReadOnlySchema}): open a copy once with this airs (`airs serve` migrates it) and read the copy");
            }
        }
        catch
        {
            await reader.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        // The "writer" is read-only too: nothing here writes, and a write that did would fail. It is also every read's connection.
        return new SqliteAirsStore(connectionString, reader, auditKey: null) { Path = path, snapshot = true };
    }

    /// <summary>
    /// A connection string that reads <paramref name="path"/> and changes nothing: read-only, unpooled, and immutable
    /// (no locks, no <c>-wal</c>/<c>-shm</c> made) unless a non-empty <c>-wal</c> beside it holds frames to read or a
    /// <c>-shm</c> says a writer may have it open.
    /// </summary>
    public static string ReadOnlyConnectionString(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = System.IO.Path.GetFullPath(path);
        var wal = new FileInfo(full + "-wal");
        // A -shm beside the file: some connection has it open in WAL mode, and its writer may checkpoint into the file
        // while it is read. Immutable, a reader takes no snapshot and would read the pages as they change.
        var live = (wal.Exists && wal.Length > 0) || File.Exists(full + "-shm");
        return new SqliteConnectionStringBuilder
        {
            // A URI, so SQLite reads its parameters; the path is escaped by Uri.
            DataSource = new Uri(full).AbsoluteUri + (live ? "" : "?immutable=1"),
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString();
    }

    private static void CreateSchema(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        Execute(connection, transaction, SqliteSql.CreateSchema);
        Execute(connection, transaction, CreateLimitTableSql);
        Execute(connection, transaction, SqliteToolHistorySql.Create);
        object? found;
        using (var select = new SqliteCommand(SqliteSql.SelectSchemaVersion, connection, transaction))
        {
            found = select.ExecuteScalar();
        }

        var version = CheckSchemaVersion(found, SqliteSql.SchemaVersion, "this file is not an airs store, or was edited");
        if (version < 2)
        {
            Execute(connection, transaction, SqliteSql.MigrateToV2);
        }
        if (version < 3)
        {
            Execute(connection, transaction, SqliteSql.MigrateToV3);
        }
        Execute(connection, transaction, SqliteSql.CreateTicketNumbering);
        if (version < SqliteSql.SchemaVersion)
        {
            using var insert = new SqliteCommand(SqliteSql.InsertSchemaVersion, connection, transaction);
            insert.Parameters.AddWithValue("$version", SqliteSql.SchemaVersion);
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    /// <summary>Reads a pragma on the writer connection (tests check <c>synchronous</c> is FULL).</summary>
    internal Task<long> ReadWriterPragmaAsync(string pragma) =>
        WriteAsync(async transaction =>
        {
            await using var command = Command(transaction, pragma switch
            {
                "synchronous" => "PRAGMA synchronous;",
                "journal_mode" => "SELECT CASE WHEN lower(journal_mode) = 'wal' THEN 1 ELSE 0 END FROM pragma_journal_mode;",
                _ => throw new ArgumentOutOfRangeException(nameof(pragma)),
            });
            return Convert.ToInt64(await command.ExecuteScalarAsync().ConfigureAwait(false), CultureInfo.InvariantCulture);
        });

    // ---- connections -------------------------------------------------------------------------

    // One long-lived writer: a single connection is what makes the write queue the only writer in this process.
    protected override ValueTask<DbConnection> OpenWriterAsync() => ValueTask.FromResult<DbConnection>(writer);

    protected override Task<DbTransaction> BeginWriteAsync(DbConnection connection) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    protected override ValueTask CloseWriterAsync(DbConnection connection) => ValueTask.CompletedTask;

    // WAL mode: with synchronous=NORMAL a commit writes its frames to the WAL file (the OS has them, so they survive
    // this process being killed) without syncing it; the next FULL commit syncs the whole file, those frames with it.
    protected override bool PrepareCommit(DbConnection connection, bool durable)
    {
        if (durable != syncFull)
        {
            audit.SetSynchronous(full: durable);
            syncFull = durable;
        }
        return durable;
    }

    // A FULL commit that writes no page syncs nothing: bump the header's user_version (unused otherwise) so it writes one.
    protected override ValueTask WriteSyncMarkAsync(DbTransaction transaction)
    {
        var connection = (SqliteConnection)transaction.Connection!;
        using var read = new SqliteCommand("PRAGMA user_version;", connection, (SqliteTransaction)transaction);
        var next = (Convert.ToInt64(read.ExecuteScalar(), CultureInfo.InvariantCulture) + 1) % int.MaxValue;
        // An integer this method computed, not text from outside: PRAGMA takes no parameters.
        Execute(connection, (SqliteTransaction)transaction, $"PRAGMA user_version = {next.ToString(CultureInfo.InvariantCulture)};");
        return ValueTask.CompletedTask;
    }

    protected override async Task<DbConnection> OpenReaderAsync(CancellationToken cancellationToken)
    {
        if (snapshot)
        {
            return writer;
        }
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        Execute(connection, null, SqliteSql.ReaderPragmas);
        return connection;
    }

    protected override ValueTask CloseReaderAsync(DbConnection connection) =>
        connection == writer ? ValueTask.CompletedTask : connection.DisposeAsync();

    // The audit's hot path on statements prepared once (SqliteAuditStatements): the batch's transaction is on the same
    // writer, so these run inside it. Synchronous: SQLite's ADO.NET calls complete synchronously anyway.
    protected override ValueTask InsertAuditRecordsAsync(DbTransaction transaction, AuditRecord[] records)
    {
        audit.Insert(records);
        return ValueTask.CompletedTask;
    }

    protected override ValueTask<(long Sequence, string Hash, AuditSeal? Seal)> ReadTailAndSealAsync(DbTransaction transaction) =>
        ValueTask.FromResult(audit.ReadTailAndSeal());

    protected override async ValueTask DisposeConnectionsAsync()
    {
        audit.Dispose(); // the write queue has drained: no batch is using them
        await writer.DisposeAsync().ConfigureAwait(false);
        // Pooled readers keep the file open; release them so the file can be moved or deleted.
        SqliteConnection.ClearPool(writer);
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = new SqliteCommand(sql, connection, transaction);
        command.ExecuteNonQuery();
    }
}
