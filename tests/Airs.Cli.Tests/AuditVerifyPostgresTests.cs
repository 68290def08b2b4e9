using Airs.Runtime.Audit;
using Airs.Runtime.Breakers;
using Airs.Runtime.PostgreSql;
using Airs.Runtime.Reviews;
using Airs.Runtime.Stores;

namespace Airs.Cli.Tests;

/// <summary>`airs audit verify --store postgres://…`: every writer's segment, the shared chain and the anchors, on a real server.</summary>
public sealed class AuditVerifyPostgresTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    private const string Unlock = "ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change; ";
    private static readonly DateTimeOffset T0 = new(2026, 1, 15, 9, 0, 0, TimeSpan.Zero);

    private static AuditEntry Entry(int n) => new(T0.AddSeconds(n), AuditKinds.Decision, "system", $$"""{"decision_id":"d-{{n}}"}""");

    /// <summary>
    /// Two replicas' segments of three decisions each, each segment's first batch anchored in the shared chain; A's third
    /// record an anchor on the shared chain's head, B's third on A's head and the shared chain's; one state change in
    /// the shared chain. Records: shared 1–3, A 1–4, B 1–4.
    /// </summary>
    private async Task<(string Database, string A, string B)> TwoReplicasAsync()
    {
        var database = await server.CreateDatabaseAsync();
        var options = new AuditSegmentOptions { AnchorEvery = 2, AnchorInterval = TimeSpan.MaxValue };
        await using var a = await PostgresAirsStore.OpenAsync(database, null, options);
        await using var b = await PostgresAirsStore.OpenAsync(database, null, options);
        for (var i = 1; i <= 3; i++)
        {
            await a.AppendAuditAsync(Entry(i));
        }
        for (var i = 1; i <= 2; i++)
        {
            await b.AppendAuditAsync(Entry(i));
        }
        var open = new BreakerRecord(new BreakerKey("p", "violations", "global"), BreakerState.Open, T0, false, 1);
        Assert.True(await a.TryUpdateBreakerAsync(0, open,
            new AuditEntry(T0, AuditKinds.BreakerTripped, "system", """{"policy":"p","breaker":"violations","scope_key":"global"}""")));
        await b.AppendAuditAsync(Entry(3)); // after its anchor on A's head and the shared chain's
        return (database, a.AuditSegment!, b.AuditSegment!);
    }

    private static async Task<(int Code, string Out, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await AirsCommand.RunAsync(args, output, error);
        return (code, output.ToString().Replace("\r", ""), error.ToString().Replace("\r", ""));
    }

    [PostgresFact]
    public async Task Every_segment_and_anchor_verifies()
    {
        var (database, _, _) = await TwoReplicasAsync();
        var (code, output, error) = await RunAsync("audit", "verify", "--store", database);
        Assert.True(code == AirsCommand.Ok, error);
        Assert.Matches(@"^ok: 11 records verified in 3 chains \(2 writer segments, 5 anchored heads checked\); shared chain head 3:[0-9a-f]{64}\n$", output);
    }

    [PostgresFact]
    public async Task An_edited_record_in_a_segment_is_named()
    {
        var (database, a, _) = await TwoReplicasAsync();
        await PostgresServer.ExecuteAsync(database, Unlock + $$"""UPDATE audit_log SET payload = '{"decision_id":"forged"}' WHERE segment = '{{a}}' AND sequence = 2""");
        var (code, _, error) = await RunAsync("audit", "verify", "--store", database);
        Assert.Equal(AirsCommand.Problems, code);
        Assert.StartsWith($"error: the audit log is broken at record {a}:2 (modified): record {a}:2 was modified: its hash does not match its contents", error, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task A_deleted_record_in_a_segment_is_named()
    {
        var (database, a, _) = await TwoReplicasAsync();
        await PostgresServer.ExecuteAsync(database, Unlock + $"DELETE FROM audit_log WHERE segment = '{a}' AND sequence = 2");
        var (code, _, error) = await RunAsync("audit", "verify", "--store", database);
        Assert.Equal(AirsCommand.Problems, code);
        Assert.StartsWith($"error: the audit log is broken at record {a}:2 (missing): record {a}:2 is missing: deleted from the log", error, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task Reordered_records_in_a_segment_are_named()
    {
        var (database, _, b) = await TwoReplicasAsync();
        var where = $"WHERE segment = '{b}' AND sequence";
        await PostgresServer.ExecuteAsync(database, Unlock + $"UPDATE audit_log SET sequence = 100 {where} = 1; UPDATE audit_log SET sequence = 1 {where} = 2; UPDATE audit_log SET sequence = 2 {where} = 100");
        var (code, _, error) = await RunAsync("audit", "verify", "--store", database);
        Assert.Equal(AirsCommand.Problems, code);
        Assert.StartsWith($"error: the audit log is broken at record {b}:1 (reordered): record {b}:1 is out of place", error, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task A_segment_cut_after_it_was_anchored_breaks_the_anchor()
    {
        var (database, a, b) = await TwoReplicasAsync();
        await PostgresServer.ExecuteAsync(database, Unlock + $"DELETE FROM audit_log WHERE segment = '{a}' AND sequence = 4");
        var (code, _, error) = await RunAsync("audit", "verify", "--store", database);
        Assert.Equal(AirsCommand.Problems, code);
        Assert.StartsWith(
            $"error: the audit log is broken at record {a}:4 (broken anchor): the anchor at record {b}:3 names record {a}:4, but segment {a} ends at record 3",
            error, StringComparison.Ordinal);
    }

    /// <summary>
    /// The anchor file holds every chain's head, the shared chain's and each segment's, and each is checked. It held the
    /// shared chain's alone, so a segment's tail cut together with the segment's keyed head put back as it was before
    /// those records (anyone who can write the database can save the row and restore it) verified with the key and the
    /// anchor file: decisions were deleted from the evidence and nothing said so.
    /// </summary>
    [PostgresFact]
    public async Task An_anchor_file_detects_a_segment_cut_back_to_an_older_keyed_head()
    {
        var database = await server.CreateDatabaseAsync();
        var folder = Directory.CreateTempSubdirectory("airs-anchor-").FullName;
        var keyFile = Path.Combine(folder, "audit.key");
        var anchorFile = Path.Combine(folder, "airs.head");
        var key = AuditKey.Generate();
        File.WriteAllText(keyFile, key.ToText());
        string segment;
        await using (var a = await PostgresAirsStore.OpenAsync(database, key, new AuditSegmentOptions { AnchorEvery = 1000, AnchorInterval = TimeSpan.MaxValue }))
        {
            segment = a.AuditSegment!;
            await a.AppendAuditAsync(Entry(1));
            await a.AppendAuditAsync(Entry(2));
            await PostgresServer.ExecuteAsync(database, "CREATE TABLE saved_head AS SELECT * FROM audit_segment_heads");
            await a.AppendAuditAsync(Entry(3));
            await a.AppendAuditAsync(Entry(4));
        }
        var (code, _, error) = await RunAsync("audit", "verify", "--store", database, "--key", keyFile, "--anchor-file", anchorFile);
        Assert.True(code == AirsCommand.Ok, error);

        await PostgresServer.ExecuteAsync(database, Unlock + $"DELETE FROM audit_log WHERE segment = '{segment}' AND sequence > 2; "
            + "UPDATE audit_segment_heads h SET sequence = s.sequence, hash = s.hash, key_id = s.key_id, mac = s.mac FROM saved_head s WHERE h.segment = s.segment");
        (code, _, error) = await RunAsync("audit", "verify", "--store", database, "--key", keyFile, "--anchor-file", anchorFile);
        Assert.Equal(AirsCommand.Problems, code);
        Assert.StartsWith($"error: the audit log is broken at record {segment}:3 (truncated): records {segment}:3 to 4 are missing from the end of segment {segment}",
            error, StringComparison.Ordinal);
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>
    /// A writer's keyed head with a column set to NULL (NOT NULL dropped first, as anyone who owns the tables can) is a
    /// bad head, said in one line (exit 1): reading it threw Npgsql's InvalidCastException.
    /// </summary>
    [PostgresFact]
    public async Task A_null_in_a_segment_keyed_head_is_a_bad_head_not_an_exception()
    {
        var database = await server.CreateDatabaseAsync();
        var folder = Directory.CreateTempSubdirectory("airs-null-head-").FullName;
        var keyFile = Path.Combine(folder, "audit.key");
        var key = AuditKey.Generate();
        File.WriteAllText(keyFile, key.ToText());
        await using (var a = await PostgresAirsStore.OpenAsync(database, key, new AuditSegmentOptions { AnchorEvery = 1000, AnchorInterval = TimeSpan.MaxValue }))
        {
            await a.AppendAuditAsync(Entry(1));
            await a.AppendAuditAsync(Entry(2));
        }
        await PostgresServer.ExecuteAsync(database, "ALTER TABLE audit_segment_heads ALTER COLUMN hash DROP NOT NULL; UPDATE audit_segment_heads SET hash = NULL");

        var (code, _, error) = await RunAsync("audit", "verify", "--store", database, "--key", keyFile);

        Assert.True(code == AirsCommand.Problems, error);
        Assert.StartsWith("error: the audit log is broken (bad keyed head): a keyed head cannot be read: a stored `hash` is NULL: the keyed head was edited\n",
            error, StringComparison.Ordinal);
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>The schema version rows and the tables (with their columns) of the database, to compare before and after.</summary>
    private static async Task<string> SchemaOfAsync(string database) =>
        $"{await PostgresServer.ScalarAsync(database, "SELECT string_agg(version::text, ',' ORDER BY version) FROM schema_version")}\n"
        + await PostgresServer.ScalarAsync(database, "SELECT string_agg(table_name || '.' || column_name, ',' ORDER BY table_name, column_name) "
            + "FROM information_schema.columns WHERE table_schema = current_schema()");

    /// <summary>
    /// Verifying reads the database and changes nothing. It opened the store as the server does (the migration lock, the
    /// tables created on every open, the migrations), so the database it was asked to vouch for was written by the check:
    /// a table an older airs never made was created in it.
    /// </summary>
    [PostgresFact]
    public async Task Verifying_a_postgres_store_creates_and_changes_nothing()
    {
        var (database, _, _) = await TwoReplicasAsync();
        // As an airs before the tool history left the database (the table is made on every open, not by a migration).
        await PostgresServer.ExecuteAsync(database, "DROP TABLE tool_events");
        var before = await SchemaOfAsync(database);
        var records = await PostgresServer.ScalarAsync(database, "SELECT count(*) FROM audit_log");

        var (code, output, error) = await RunAsync("audit", "verify", "--store", database);
        Assert.True(code == AirsCommand.Ok, error);
        Assert.StartsWith("ok: 11 records verified", output, StringComparison.Ordinal);
        Assert.Equal(before, await SchemaOfAsync(database));
        Assert.Equal(records, await PostgresServer.ScalarAsync(database, "SELECT count(*) FROM audit_log"));

        // What verification opens is read-only on the server: a write through it is refused there.
        await using var store = await PostgresAirsStore.OpenReadOnlyAsync(database);
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => store.AppendAuditAsync(Entry(99)));
        Assert.Contains("read-only transaction", refused.Message, StringComparison.Ordinal);
        Assert.Equal(records, await PostgresServer.ScalarAsync(database, "SELECT count(*) FROM audit_log"));
    }

    /// <summary>
    /// A database of an older schema is refused, not migrated: verifying one migrated it (schema 3 to 4, a column added
    /// and filled, the version row written), so the evidence was changed by the check meant to vouch for it.
    /// </summary>
    [PostgresFact]
    public async Task A_postgres_store_of_an_older_schema_is_refused_and_left_as_it_was()
    {
        var (database, _, _) = await TwoReplicasAsync();
        // As airs before schema 4 left it (no insertion order for review tickets).
        await PostgresServer.ExecuteAsync(database,
            "DROP INDEX review_tickets_inserted; ALTER TABLE review_tickets DROP COLUMN inserted; UPDATE schema_version SET version = 3");
        var before = await SchemaOfAsync(database);

        var (code, _, error) = await RunAsync("audit", "verify", "--store", database);
        Assert.Equal(AirsCommand.Problems, code);
        Assert.StartsWith("error: the store's schema version `3` is older than this airs's `4`, and verifying never migrates it: "
            + "migrate it by starting this airs on it once (`airs serve --store …`), then verify", error, StringComparison.Ordinal);
        Assert.Equal(before, await SchemaOfAsync(database));
    }

    /// <summary>A database that holds no airs store is an error, and is left empty: verifying one made the whole schema in it.</summary>
    [PostgresFact]
    public async Task A_postgres_database_without_an_airs_store_is_refused_and_nothing_is_created_in_it()
    {
        var database = await server.CreateDatabaseAsync();

        var (code, _, error) = await RunAsync("audit", "verify", "--store", database);
        Assert.Equal(AirsCommand.Usage, code);
        Assert.StartsWith("error: the database holds no airs store (no `schema_version` table in its search path), and verifying creates none", error, StringComparison.Ordinal);
        Assert.Equal(0L, await PostgresServer.ScalarAsync(database, "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"));
    }

    /// <summary>
    /// Naming something that is not an airs store is misuse (exit 2) on both stores, as the help and docs/operations.md
    /// say: a SQLite file without an audit log exited 2, but a PostgreSQL database without a store, or no such
    /// database, exited 1, the code of a broken log, so a script could not tell a wrong `--store` from tampering.
    /// </summary>
    [PostgresFact]
    public async Task Not_an_airs_store_is_misuse_on_postgres_as_on_sqlite()
    {
        var folder = Directory.CreateTempSubdirectory("airs-not-a-store-").FullName;
        var file = Path.Combine(folder, "notes.txt");
        await File.WriteAllTextAsync(file, "hello");
        var (code, _, error) = await RunAsync("audit", "verify", "--store", file);
        Assert.True(code == AirsCommand.Usage, error);
        Directory.Delete(folder, recursive: true);

        var empty = await server.CreateDatabaseAsync();
        (code, _, error) = await RunAsync("audit", "verify", "--store", empty);
        Assert.True(code == AirsCommand.Usage, error);
        Assert.StartsWith("error: the database holds no airs store", error, StringComparison.Ordinal);

        var missing = new Npgsql.NpgsqlConnectionStringBuilder(empty) { Database = "airs_no_such_database" }.ConnectionString;
        (code, _, error) = await RunAsync("audit", "verify", "--store", missing);
        Assert.True(code == AirsCommand.Usage, error);
        Assert.Equal("error: no airs store: database \"airs_no_such_database\" does not exist\n", error);
        Assert.DoesNotContain("Password", error, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Verification reads a live store as one snapshot. It read the log, the row count, the keyed heads and the state
    /// tables each in a transaction of its own, so a replica appending between those reads made an intact store
    /// verify as broken (rows outside the chains, heads past the log's end, a ticket the log never opened), and a
    /// state read after the log could match records the walk never checked. A tampered row is still found.
    /// </summary>
    [PostgresFact]
    public async Task Verifying_a_store_that_replicas_write_to_reads_one_snapshot()
    {
        var database = await server.CreateDatabaseAsync();
        var key = AuditKey.Generate();
        await using var replica = await PostgresAirsStore.OpenAsync(database, key, new AuditSegmentOptions { AnchorEvery = 2, AnchorInterval = TimeSpan.MaxValue });
        for (var i = 1; i <= 3; i++)
        {
            await replica.AppendAuditAsync(Entry(i));
        }
        var tickets = 0;
        async Task WritesAsync()
        {
            tickets++;
            await replica.AppendAuditAsync(Entry(100 + tickets));
            await replica.InsertTicketAsync(new ReviewTicket($"t{tickets}", "p", "r", $"d{tickets}", "s", T0, T0.AddHours(1), ReviewStatus.Pending, null),
                new AuditEntry(T0, AuditKinds.ReviewOpened, "system", $$"""{"ticket":"t{{tickets}}"}"""));
        }

        await using (var store = await PostgresAirsStore.OpenReadOnlyAsync(database))
        {
            var result = await AuditVerifier.VerifyAsync(new WritesAfterTheLogIsRead(store, WritesAsync), anchor: null, key);
            Assert.True(result.IsValid, result.Message);
        }
        // The writes after the snapshot are verified by the next verification.
        var rows = await PostgresServer.ScalarAsync(database, "SELECT count(*) FROM audit_log");
        await using (var store = await PostgresAirsStore.OpenReadOnlyAsync(database))
        {
            var result = await AuditVerifier.VerifyAsync(new WritesAfterTheLogIsRead(store, WritesAsync), anchor: null, key);
            Assert.True(result.IsValid, result.Message);
            Assert.Equal(rows, result.RecordsChecked);
        }

        await PostgresServer.ExecuteAsync(database, Unlock + $$"""UPDATE audit_log SET payload = '{"decision_id":"forged"}' WHERE segment = '{{replica.AuditSegment}}' AND sequence = 2""");
        await using (var store = await PostgresAirsStore.OpenReadOnlyAsync(database))
        {
            var result = await AuditVerifier.VerifyAsync(new WritesAfterTheLogIsRead(store, WritesAsync), anchor: null, key);
            Assert.Equal(AuditBreak.Modified, result.Break);
            Assert.Equal(replica.AuditSegment, result.Segment);
            Assert.Equal(2, result.BrokenAt);
        }
    }

    [PostgresFact]
    public async Task A_bad_connection_string_is_misuse_and_never_echoed()
    {
        var (code, output, error) = await RunAsync("audit", "verify", "--store", "postgres://airs:s3cret-password-1234@localhost/db?no_such_option=1");
        Assert.Equal(AirsCommand.Usage, code);
        Assert.Equal("error: the postgres url parameter `no_such_option` is unknown or its value is not valid\n", error);
        Assert.DoesNotContain("s3cret", output + error, StringComparison.Ordinal);
    }
}
