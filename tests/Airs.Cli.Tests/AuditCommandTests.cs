using System.Text.Json.Nodes;
using Airs.Runtime.Audit;
using Airs.Runtime.Reviews;
using Airs.Runtime.Stores;
using Microsoft.Data.Sqlite;

namespace Airs.Cli.Tests;

/// <summary>`airs audit verify`: exit 0 with the head, 1 naming the first broken link, 2 on misuse.</summary>
public sealed class AuditCommandTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("airs-audit-cli-").FullName;

    private string StorePath => Path.Combine(directory, "airs.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    private async Task WriteRecordsAsync(int count, AuditKey? key = null)
    {
        await using var store = await SqliteAirsStore.OpenAsync(StorePath, key);
        var log = new AuditLog(store, TimeProvider.System);
        for (var i = 1; i <= count; i++)
        {
            await log.AppendAsync(AuditKinds.Decision, "system", new JsonObject { ["decision_id"] = $"d-{i}" });
        }
        SqliteConnection.ClearAllPools();
    }

    private void Tamper(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={StorePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete; " + sql;
        command.ExecuteNonQuery();
    }

    private static async Task<(int Code, string Out, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await AirsCommand.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task An_intact_log_verifies_and_prints_its_head()
    {
        await WriteRecordsAsync(5);
        var (code, output, _) = await RunAsync("audit", "verify", "--store", StorePath);
        Assert.Equal(AirsCommand.Ok, code);
        Assert.Matches("^ok: 5 records verified; head 5:[0-9a-f]{64}\n$", output.Replace("\r", ""));
    }

    [Fact]
    public async Task An_edited_record_is_named()
    {
        await WriteRecordsAsync(5);
        Tamper("UPDATE audit_log SET payload = '{\"decision_id\":\"forged\"}' WHERE sequence = 3");
        var (code, _, error) = await RunAsync("audit", "verify", "--store", StorePath);
        Assert.Equal(AirsCommand.Problems, code);
        Assert.StartsWith("error: the audit log is broken at record 3 (modified): record 3 was modified", error, StringComparison.Ordinal);
        Assert.Contains("last valid record: 2:", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deleted_record_is_named()
    {
        await WriteRecordsAsync(5);
        Tamper("DELETE FROM audit_log WHERE sequence = 4");
        var (code, _, error) = await RunAsync("audit", "verify", "--store", StorePath);
        Assert.Equal(AirsCommand.Problems, code);
        Assert.Contains("broken at record 4 (missing)", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reordered_records_are_named()
    {
        await WriteRecordsAsync(5);
        Tamper("UPDATE audit_log SET sequence = 100 WHERE sequence = 2; UPDATE audit_log SET sequence = 2 WHERE sequence = 3; UPDATE audit_log SET sequence = 3 WHERE sequence = 100");
        var (code, _, error) = await RunAsync("audit", "verify", "--store", StorePath);
        Assert.Equal(AirsCommand.Problems, code);
        Assert.StartsWith("error: the audit log is broken at record 2 (reordered): record 2 is out of place: records were reordered or replaced", error, StringComparison.Ordinal);
        Assert.Contains("last valid record: 1:", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_anchor_detects_records_cut_from_the_end()
    {
        await WriteRecordsAsync(5);
        var head = (await RunAsync("audit", "verify", "--store", StorePath)).Out.Trim().Split(' ')[^1];
        Tamper("DELETE FROM audit_log WHERE sequence = 5");
        Assert.Equal(AirsCommand.Ok, (await RunAsync("audit", "verify", "--store", StorePath)).Code); // the chain alone cannot tell
        var (code, _, error) = await RunAsync("audit", "verify", "--store", StorePath, "--anchor", head);
        Assert.Equal(AirsCommand.Problems, code);
        Assert.Contains("(truncated)", error, StringComparison.Ordinal);
    }

    // Before: a stored time out of DateTimeOffset's range escaped as ArgumentOutOfRangeException, reported as an
    // internal error of airs (exit 3) rather than as a store that cannot be read.
    [Theory]
    [InlineData("UPDATE audit_log SET time_ticks = -1 WHERE sequence = 2")]
    [InlineData("UPDATE audit_log SET time_ticks = 1e300 WHERE sequence = 2")]
    [InlineData("INSERT INTO review_tickets VALUES ('t', 'p', 'r', 'd', 's', -5, 0, 'pending', NULL, NULL, NULL, NULL, NULL)")]
    public async Task A_stored_time_out_of_range_is_a_store_that_cannot_be_read(string sql)
    {
        await WriteRecordsAsync(3);
        Tamper(sql);
        var (code, _, error) = await RunAsync("audit", "verify", "--store", StorePath);
        Assert.Equal(AirsCommand.Problems, code);
        Assert.StartsWith($"error: cannot read the audit log of `{StorePath}`: a stored time", error, StringComparison.Ordinal);
    }

    /// <summary>
    /// Verifying reads the store and changes nothing. It opened the file read-write (WAL mode, schema creation and
    /// migration), so an evidence copy from an older airs was migrated by the verification meant to vouch for it: its
    /// bytes changed, and a -wal and -shm were made beside it.
    /// </summary>
    [Fact]
    public async Task Verifying_changes_no_byte_of_the_store_and_leaves_no_wal_or_shm()
    {
        await WriteRecordsAsync(3);
        // As airs before schema 3 left it (no insertion order for review tickets).
        Tamper("DROP TRIGGER review_tickets_number; DROP INDEX review_tickets_inserted; ALTER TABLE review_tickets DROP COLUMN inserted; UPDATE schema_version SET version = 2;");
        var before = File.ReadAllBytes(StorePath);
        Assert.False(File.Exists(StorePath + "-wal") || File.Exists(StorePath + "-shm"));

        var (code, output, error) = await RunAsync("audit", "verify", "--store", StorePath);
        Assert.True(code == AirsCommand.Ok, error);
        Assert.StartsWith("ok: 3 records verified", output, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(StorePath));
        Assert.False(File.Exists(StorePath + "-wal"));
        Assert.False(File.Exists(StorePath + "-shm"));
    }

    /// <summary>
    /// Verification reads a live SQLite file as one snapshot. Each read took a connection of its own, so the log, the
    /// row count, the keyed head and the state tables were each read in a transaction of their own: a writer appending
    /// between those reads made an intact store verify as broken (rows outside the chain, a head past the log's end, a
    /// ticket the log never opened). A tampered row is still found.
    /// </summary>
    [Fact]
    public async Task Verifying_a_store_that_is_being_written_reads_one_snapshot()
    {
        var key = AuditKey.Generate();
        await using var writer = await OpenWriterWithThreeDecisionsAsync(key);
        var tickets = 0;
        async Task WritesAsync()
        {
            tickets++;
            await writer.AppendAuditAsync(Decision(100 + tickets));
            await writer.InsertTicketAsync(new ReviewTicket($"t{tickets}", "p", "r", $"d{tickets}", "s", T0, T0.AddHours(1), ReviewStatus.Pending, null),
                new AuditEntry(T0, AuditKinds.ReviewOpened, "system", $$"""{"ticket":"t{{tickets}}"}"""));
        }

        await using (var store = await SqliteAirsStore.OpenReadOnlyAsync(StorePath))
        {
            var result = await AuditVerifier.VerifyAsync(new WritesAfterTheLogIsRead(store, WritesAsync), anchor: null, key);
            Assert.True(result.IsValid, result.Message);
            Assert.Equal(3, result.RecordsChecked);
        }
        // The writes after the snapshot are verified by the next verification.
        await using (var store = await SqliteAirsStore.OpenReadOnlyAsync(StorePath))
        {
            var result = await AuditVerifier.VerifyAsync(new WritesAfterTheLogIsRead(store, WritesAsync), anchor: null, key);
            Assert.True(result.IsValid, result.Message);
            Assert.Equal(5, result.RecordsChecked);
        }

        Tamper("""UPDATE audit_log SET payload = '{"decision_id":"forged"}' WHERE sequence = 2""");
        await using (var store = await SqliteAirsStore.OpenReadOnlyAsync(StorePath))
        {
            var result = await AuditVerifier.VerifyAsync(new WritesAfterTheLogIsRead(store, WritesAsync), anchor: null, key);
            Assert.Equal(AuditBreak.Modified, result.Break);
            Assert.Equal(2, result.BrokenAt);
        }
    }

    /// <summary>
    /// A live store whose write-ahead log had just been checkpointed empty was opened immutable: the read took no
    /// snapshot, so a checkpoint during it put the writer's later records and head into the pages being read, and an
    /// intact store could verify as broken. A <c>-shm</c> beside the file now marks it live.
    /// </summary>
    [Fact]
    public async Task Verifying_a_live_store_whose_log_was_just_checkpointed_reads_one_snapshot()
    {
        var key = AuditKey.Generate();
        await using var writer = await OpenWriterWithThreeDecisionsAsync(key);
        Checkpoint("TRUNCATE");
        Assert.Equal(0, new FileInfo(StorePath + "-wal").Length);
        var appended = 0;
        async Task WritesAsync()
        {
            for (var i = 0; i < 50; i++)
            {
                await writer.AppendAuditAsync(Decision(100 + ++appended));
            }
            Checkpoint("PASSIVE");
        }

        await using var store = await SqliteAirsStore.OpenReadOnlyAsync(StorePath);
        var result = await AuditVerifier.VerifyAsync(new WritesAfterTheLogIsRead(store, WritesAsync), anchor: null, key);
        Assert.True(result.IsValid, result.Message);
        Assert.Equal(3, result.RecordsChecked);
    }

    private static readonly DateTimeOffset T0 = new(2026, 1, 15, 9, 0, 0, TimeSpan.Zero);

    private static AuditEntry Decision(int n) => new(T0.AddSeconds(n), AuditKinds.Decision, "system", $$"""{"decision_id":"d-{{n}}"}""");

    /// <summary>A keyed store at <see cref="StorePath"/>, open for writing, with decisions 1 to 3 in its log.</summary>
    private async Task<SqliteAirsStore> OpenWriterWithThreeDecisionsAsync(AuditKey key)
    {
        var writer = await SqliteAirsStore.OpenAsync(StorePath, key);
        for (var i = 1; i <= 3; i++)
        {
            await writer.AppendAuditAsync(Decision(i));
        }
        return writer;
    }

    private void Checkpoint(string mode)
    {
        using var connection = new SqliteConnection($"Data Source={StorePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA wal_checkpoint({mode});";
        command.ExecuteNonQuery();
    }

    /// <summary>A store older than verification reads without migrating it is an error that says so, and is left as it was.</summary>
    [Fact]
    public async Task A_store_too_old_to_verify_without_migrating_it_is_an_error_that_says_so()
    {
        await WriteRecordsAsync(3);
        // As airs before schema 2 left it (no MACs, no keyed head).
        Tamper("DROP TABLE audit_head; ALTER TABLE audit_log DROP COLUMN mac; DROP TRIGGER review_tickets_number; DROP INDEX review_tickets_inserted; "
            + "ALTER TABLE review_tickets DROP COLUMN inserted; DELETE FROM schema_version; INSERT INTO schema_version VALUES (1);");
        var before = File.ReadAllBytes(StorePath);

        var (code, _, error) = await RunAsync("audit", "verify", "--store", StorePath);
        Assert.Equal(AirsCommand.Problems, code);
        Assert.StartsWith("error: the store's schema version `1` is too old to read without migrating it (the oldest read as it stands is 2)", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(StorePath));
    }

    [Fact]
    public async Task Misuse_exits_2_without_creating_a_store()
    {
        var missing = Path.Combine(directory, "missing.db");
        Assert.Equal(AirsCommand.Usage, (await RunAsync("audit", "verify", "--store", missing)).Code);
        Assert.False(File.Exists(missing));
        Assert.Equal(AirsCommand.Usage, (await RunAsync("audit", "verify")).Code);
        var notAStore = Path.Combine(directory, "notes.txt");
        await File.WriteAllTextAsync(notAStore, "hello");
        var (code, _, error) = await RunAsync("audit", "verify", "--store", notAStore);
        Assert.Equal(AirsCommand.Usage, code);
        Assert.Equal($"error: `{notAStore}` is not an airs store: it has no audit log", error.Trim());
        await WriteRecordsAsync(1);
        Assert.Equal(AirsCommand.Usage, (await RunAsync("audit", "verify", "--store", StorePath, "--anchor", "nope")).Code);
    }

    [Fact]
    public async Task A_new_key_keys_the_log_and_verify_finds_a_cut_that_the_chain_alone_misses()
    {
        var keyFile = Path.Combine(directory, "audit.key");
        var (made, madeOut, _) = await RunAsync("audit", "new-key", "--out", keyFile);
        Assert.Equal(AirsCommand.Ok, made);
        var key = AuditKey.Load(keyFile);
        Assert.Contains($"wrote audit key {key.Id}", madeOut, StringComparison.Ordinal);
        Assert.Equal(AirsCommand.Usage, (await RunAsync("audit", "new-key", "--out", keyFile)).Code); // never overwritten

        await WriteRecordsAsync(5, key);
        var (code, output, _) = await RunAsync("audit", "verify", "--store", StorePath, "--key", keyFile);
        Assert.Equal(AirsCommand.Ok, code);
        Assert.Matches($"^ok: 5 records verified with key {key.Id}; head 5:[0-9a-f]{{64}}\n$", output.Replace("\r", ""));

        Tamper("DELETE FROM audit_log WHERE sequence >= 4");
        var (unkeyed, _, warning) = await RunAsync("audit", "verify", "--store", StorePath);
        Assert.Equal(AirsCommand.Ok, unkeyed);
        Assert.Contains("warning: no audit key given", warning, StringComparison.Ordinal);
        var (broken, _, error) = await RunAsync("audit", "verify", "--store", StorePath, "--key", keyFile);
        Assert.Equal(AirsCommand.Problems, broken);
        Assert.Contains("(truncated): the keyed head is record 5 but the log ends at record 3", error, StringComparison.Ordinal);
    }

    /// <summary>A keyed head with a NULL (its table made again without NOT NULL) is a bad head, said in one line (exit 1), not an exception.</summary>
    [Fact]
    public async Task A_null_in_the_keyed_head_is_a_bad_head_not_an_exception()
    {
        var keyFile = Path.Combine(directory, "audit.key");
        var key = AuditKey.Generate();
        File.WriteAllText(keyFile, key.ToText());
        await WriteRecordsAsync(3, key);
        Tamper("""
            CREATE TABLE saved AS SELECT * FROM audit_head; DROP TABLE audit_head;
            CREATE TABLE audit_head (id INTEGER PRIMARY KEY, sequence, hash, key_id, mac);
            INSERT INTO audit_head SELECT * FROM saved; DROP TABLE saved; UPDATE audit_head SET mac = NULL;
            """);

        var (code, _, error) = await RunAsync("audit", "verify", "--store", StorePath, "--key", keyFile);

        Assert.True(code == AirsCommand.Problems, error);
        Assert.StartsWith("error: the audit log is broken (bad keyed head): a keyed head cannot be read: a stored `mac` is NULL: the keyed head was edited\n",
            error.Replace("\r", ""), StringComparison.Ordinal);
    }

    /// <summary>
    /// A review found the key file read whole with File.ReadAllText: a megabyte of base64 was taken as a key, a device
    /// ran the process out of memory ("internal error"), and a FIFO held `airs audit verify` (and `airs serve
    /// --audit-key`) in its open for ever.
    /// </summary>
    [Fact]
    public async Task A_key_file_larger_than_any_key_or_not_a_regular_file_is_refused_with_a_clear_error()
    {
        await WriteRecordsAsync(1);
        var large = Path.Combine(directory, "large.key");
        await File.WriteAllTextAsync(large, new string('A', 1024 * 1024));
        var (code, _, error) = await RunAsync("audit", "verify", "--store", StorePath, "--key", large);
        Assert.Equal(AirsCommand.Usage, code);
        Assert.Equal($"error: {large}: an audit key file holds one line of base64; this one is over 4096 bytes", error.Trim());

        if (!OperatingSystem.IsWindows())
        {
            var fifo = Path.Combine(directory, "key.fifo");
            File.CreateSymbolicLink(Path.Combine(directory, "device.key"), "/dev/zero");
            using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", fifo))
            {
                await mkfifo.WaitForExitAsync();
            }
            foreach (var special in new[] { fifo, Path.Combine(directory, "device.key") })
            {
                var (refused, _, why) = await RunAsync("audit", "verify", "--store", StorePath, "--key", special).WaitAsync(TimeSpan.FromMinutes(1));
                Assert.Equal(AirsCommand.Usage, refused);
                Assert.Equal($"error: {special}: it is not a regular file (a FIFO, device, socket or directory)", why.Trim());
            }
        }
    }

    /// <summary>The review of f284f28 found the anchor file read whole with File.ReadAllText, as the key file was.</summary>
    [Fact]
    public async Task An_anchor_file_larger_than_any_anchor_or_not_a_regular_file_is_refused_with_a_clear_error()
    {
        await WriteRecordsAsync(1);
        var large = Path.Combine(directory, "large.head");
        await File.WriteAllTextAsync(large, new string('0', 2 * 1024 * 1024));
        var (code, _, error) = await RunAsync("audit", "verify", "--store", StorePath, "--anchor-file", large);
        Assert.Equal(AirsCommand.Usage, code);
        Assert.Equal($"error: `{large}` is over the limit of 1 MiB for an anchor file", error.Trim());

        if (!OperatingSystem.IsWindows())
        {
            var device = Path.Combine(directory, "device.head");
            File.CreateSymbolicLink(device, "/dev/zero");
            var (refused, _, why) = await RunAsync("audit", "verify", "--store", StorePath, "--anchor-file", device).WaitAsync(TimeSpan.FromMinutes(1));
            Assert.Equal(AirsCommand.Usage, refused);
            Assert.Equal($"error: `{device}` is not a regular file (a FIFO, device, socket or directory)", why.Trim());
        }
    }

    [Fact]
    public async Task An_anchor_file_is_written_and_then_checked()
    {
        var anchorFile = Path.Combine(directory, "anchor.txt");
        await WriteRecordsAsync(3);
        Assert.Equal(AirsCommand.Ok, (await RunAsync("audit", "verify", "--store", StorePath, "--anchor-file", anchorFile)).Code);
        Assert.Matches("^3:[0-9a-f]{64}$", File.ReadAllText(anchorFile).Trim());

        Tamper("DELETE FROM audit_log WHERE sequence = 3");
        var (code, _, error) = await RunAsync("audit", "verify", "--store", StorePath, "--anchor-file", anchorFile);
        Assert.Equal(AirsCommand.Problems, code);
        Assert.Contains("(truncated)", error, StringComparison.Ordinal);
        Assert.Matches("^3:", File.ReadAllText(anchorFile)); // a failed verification leaves the anchor alone
    }

    [Fact]
    public async Task A_row_with_sequence_zero_and_a_ticket_approved_by_hand_are_failures()
    {
        await WriteRecordsAsync(2);
        Tamper("INSERT INTO audit_log (sequence, time_ticks, kind, actor, payload, previous_hash, hash) VALUES (0, 0, 'decision', 'x', '{}', '', '')");
        var (code, _, error) = await RunAsync("audit", "verify", "--store", StorePath);
        Assert.Equal(AirsCommand.Problems, code);
        Assert.Contains("(outside the chain): a row has sequence 0", error, StringComparison.Ordinal);

        Tamper("DELETE FROM audit_log WHERE sequence = 0; INSERT INTO review_tickets VALUES ('t9', 'p', 'r', 'd', 's', 0, 1, 'approved', 'mallory', 'x', 0, 'allow', NULL)");
        (code, _, error) = await RunAsync("audit", "verify", "--store", StorePath);
        Assert.Equal(AirsCommand.Problems, code);
        Assert.Contains("(state mismatch): review ticket `t9` is approved but the audit log never opened it", error, StringComparison.Ordinal);
    }

    [Fact] // whoever tampered with the store must not be able to rewrite the report on the operator's terminal
    public async Task Text_from_a_tampered_store_is_printed_escaped()
    {
        await WriteRecordsAsync(2);
        Tamper("INSERT INTO review_tickets VALUES ('t' || char(27) || '[2K' || char(13) || 'ok: 2 records verified', 'p', 'r', 'd', 's', 0, 1, 'approved', 'mallory', 'x', 0, 'allow', NULL)");

        var (code, output, error) = await RunAsync("audit", "verify", "--store", StorePath);

        Assert.Equal(AirsCommand.Problems, code);
        Assert.Contains("review ticket `t\\u{1B}[2K\\u{D}ok: 2 records verified` is approved but the audit log never opened it", error, StringComparison.Ordinal);
        Assert.DoesNotContain(output + error, c => char.IsControl(c) && c is not '\n');
    }

    [Fact]
    public async Task An_unknown_schema_version_is_a_clear_error()
    {
        // Before: "internal error … this is a bug in airs".
        await WriteRecordsAsync(1);
        Tamper("UPDATE schema_version SET version = 999");
        var (code, _, error) = await RunAsync("audit", "verify", "--store", StorePath);
        Assert.Equal(AirsCommand.Problems, code);
        Assert.StartsWith("error: the store's schema version `999` is newer than this runtime's", error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_key_is_misuse()
    {
        await WriteRecordsAsync(1);
        var keyFile = Path.Combine(directory, "short.key");
        await File.WriteAllTextAsync(keyFile, Convert.ToBase64String(new byte[8]));
        var (code, _, error) = await RunAsync("audit", "verify", "--store", StorePath, "--key", keyFile);
        Assert.Equal(AirsCommand.Usage, code);
        Assert.Contains("an audit key needs at least 32 bytes; this one has 8", error, StringComparison.Ordinal);
        Assert.Equal(AirsCommand.Usage, (await RunAsync("audit", "verify", "--store", StorePath, "--key", Path.Combine(directory, "none.key"))).Code);
    }
}
