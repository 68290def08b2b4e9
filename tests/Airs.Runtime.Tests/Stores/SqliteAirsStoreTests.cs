using Airs.Runtime.Audit;
using Airs.Runtime.Decisions;
using Airs.Runtime.Reviews;
using Airs.Runtime.Sequences;
using Microsoft.Data.Sqlite;

namespace Airs.Runtime.Tests.Stores;

public sealed class SqliteAirsStoreTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 15, 9, 0, 0, TimeSpan.Zero);

    private static AuditEntry Entry(string payload = "{}") => new(T0, AuditKinds.Decision, "tester", payload);

    [Fact]
    public async Task OpeningCreatesTheSchemaWithAVersionAndWalJournal()
    {
        await using var temp = new TempStore();
        await using (await temp.OpenAsync())
        {
        }

        Assert.Equal(3L, temp.Scalar("SELECT version FROM schema_version"));
        Assert.Equal("wal", temp.Scalar("PRAGMA journal_mode"));
        Assert.Equal(1L, temp.Scalar("SELECT COUNT(*) FROM schema_version"));
    }

    /// <summary>
    /// Version 3 numbers a file's tickets in the order the store takes them; the tickets of a version-2 file are
    /// numbered in the order the long poll used before (creation time, then id), and new ones come after them.
    /// </summary>
    [Fact]
    public async Task A_version_2_file_numbers_its_tickets_in_the_order_the_poll_used()
    {
        await using var temp = new TempStore();
        var late = new ReviewTicket("a", "p", "r", "d", "s", T0.AddMinutes(5), T0.AddHours(1), ReviewStatus.Pending, null);
        var early = late with { Id = "b", CreatedAt = T0 };
        await using (var store = await temp.OpenAsync())
        {
            await store.InsertTicketAsync(late, Entry());
            await store.InsertTicketAsync(early, Entry());
        }
        temp.Tamper("DROP TRIGGER review_tickets_number; DROP INDEX review_tickets_inserted; ALTER TABLE review_tickets DROP COLUMN inserted; UPDATE schema_version SET version = 2;");

        await using (var store = await temp.OpenAsync())
        {
            Assert.Equal([early, late], await store.ListPendingTicketsInsertedAfterAsync("p", afterId: null));
            var next = early with { Id = "c", CreatedAt = T0.AddMinutes(-1) };
            await store.InsertTicketAsync(next, Entry());
            Assert.Equal([late, next], await store.ListPendingTicketsInsertedAfterAsync("p", "b"));
        }
        Assert.Equal(3L, temp.Scalar("SELECT MAX(version) FROM schema_version"));
    }

    /// <summary>
    /// A rolling upgrade on one file: an airs of schema 2 still running on a file a newer one has migrated inserts its
    /// tickets as it always did, without `inserted`. The long poll pages by `inserted`, so it never returned them, and
    /// under `on expiry allow` they expired allowed with no reviewer having seen them. The file numbers such a row
    /// itself (a trigger, made by the migration and on every open), under the write lock of the transaction inserting it.
    /// </summary>
    [Fact]
    public async Task A_ticket_an_older_runtime_inserts_without_its_number_reaches_the_long_poll()
    {
        await using var temp = new TempStore();
        var first = new ReviewTicket("a", "p", "r", "d", "s", T0, T0.AddHours(1), ReviewStatus.Pending, null);
        await using (var store = await temp.OpenAsync())
        {
            await store.InsertTicketAsync(first, Entry());
        }
        temp.Tamper("DROP TRIGGER review_tickets_number; DROP INDEX review_tickets_inserted; ALTER TABLE review_tickets DROP COLUMN inserted; UPDATE schema_version SET version = 2;");

        await using (var store = await temp.OpenAsync()) // the newer airs migrates the file; the older one keeps running on it
        {
            var old = first with { Id = "b", CreatedAt = T0.AddMinutes(1) };
            InsertAsAnOlderRuntime(temp, old);
            Assert.Equal([old], await store.ListPendingTicketsInsertedAfterAsync("p", "a"));
            var next = first with { Id = "c", CreatedAt = T0.AddMinutes(2) };
            await store.InsertTicketAsync(next, Entry());
            var late = first with { Id = "d", CreatedAt = T0.AddMinutes(3) };
            InsertAsAnOlderRuntime(temp, late);
            Assert.Equal([old, next, late], await store.ListPendingTicketsInsertedAfterAsync("p", "a"));
            Assert.Equal([late], await store.ListPendingTicketsInsertedAfterAsync("p", "c"));
        }
        Assert.Equal("1,2,3,4", temp.Scalar("SELECT group_concat(inserted, ',') FROM (SELECT inserted FROM review_tickets ORDER BY id)"));
    }

    /// <summary>As an airs of schema 2 inserted a ticket: its columns, without `inserted`.</summary>
    private static void InsertAsAnOlderRuntime(TempStore temp, ReviewTicket ticket) => temp.Tamper(string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"INSERT INTO review_tickets (id, policy, review, decision_id, summary, created_ticks, due_ticks, status, resolved_by, resolved_reason, resolved_ticks, resolved_outcome) "
        + $"VALUES ('{ticket.Id}', '{ticket.Policy}', '{ticket.Review}', '{ticket.DecisionId}', '{ticket.Summary}', {ticket.CreatedAt.UtcTicks}, "
        + $"{ticket.DueAt.UtcTicks}, 'pending', NULL, NULL, NULL, NULL);"));

    /// <summary>
    /// A tool event's time edited out of range (ticks past year 9999, or a REAL that SQLite clamps) is a store that
    /// cannot be read, a FormatException naming the ticks, as an audit record's or a ticket's time is (d2ecdec): it was
    /// an ArgumentOutOfRangeException from DateTimeOffset, which no caller expects from a read.
    /// </summary>
    [Theory]
    [InlineData("UPDATE tool_events SET at_ticks = 9223372036854775807")]
    [InlineData("UPDATE tool_events SET at_ticks = 1e300")]
    public async Task A_tool_events_time_out_of_range_is_a_store_that_cannot_be_read(string sql)
    {
        await using var temp = new TempStore();
        await using (var store = await temp.OpenAsync())
        {
            await store.RecordToolEventAsync("p", "s", new ToolEvent("orders.lookup", "a", ToolEvent.ParseArgs("{}"), T0), T0.AddDays(-1), keep: 10);
        }
        temp.Tamper(sql);

        await using var reopened = await temp.OpenAsync();
        var error = await Assert.ThrowsAsync<FormatException>(() => reopened.ReadToolEventsAsync("p", "s", T0.AddDays(-1), 10));
        Assert.StartsWith("a stored time (9223372036854775807 ticks) is out of range", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheWriterSyncsEveryCommitToDisk()
    {
        await using var temp = new TempStore();
        await using var store = await temp.OpenAsync();

        Assert.Equal(2L, await store.ReadWriterPragmaAsync("synchronous")); // 2 = FULL
        Assert.Equal(1L, await store.ReadWriterPragmaAsync("journal_mode"));
    }

    [Fact]
    public async Task ReopeningKeepsTheVersionRowSingle()
    {
        await using var temp = new TempStore();
        await using (await temp.OpenAsync())
        {
        }

        await using (await temp.OpenAsync())
        {
        }

        Assert.Equal(1L, temp.Scalar("SELECT COUNT(*) FROM schema_version"));
    }

    [Fact]
    public async Task ANewerSchemaIsRefused()
    {
        await using var temp = new TempStore();
        await using (await temp.OpenAsync())
        {
        }

        temp.Tamper("UPDATE schema_version SET version = 99");
        var error = await Assert.ThrowsAsync<Airs.Runtime.Stores.AirsStoreException>(() => temp.OpenAsync());
        Assert.Contains("`99`", error.Message);
    }

    [Fact]
    public async Task TheAuditTableRejectsUpdatesAndDeletes()
    {
        await using var temp = new TempStore();
        await using (var store = await temp.OpenAsync())
        {
            await store.AppendAuditAsync(Entry());
        }

        using var connection = new SqliteConnection($"Data Source={temp.Path};Pooling=False");
        connection.Open();
        using var update = connection.CreateCommand();
        update.CommandText = "UPDATE audit_log SET payload = '{\"x\":1}'";
        Assert.Contains("append-only", Assert.Throws<SqliteException>(() => update.ExecuteNonQuery()).Message);
        using var delete = connection.CreateCommand();
        delete.CommandText = "DELETE FROM audit_log";
        Assert.Contains("append-only", Assert.Throws<SqliteException>(() => delete.ExecuteNonQuery()).Message);
    }

    [Fact]
    public async Task AFailingOperationInABatchDoesNotUndoTheOthers()
    {
        await using var temp = new TempStore();
        await using var store = await temp.OpenAsync();
        var ticket = new ReviewTicket("t1", "p", "r", "d1", "s", T0, T0.AddHours(1), ReviewStatus.Pending, null);
        await store.InsertTicketAsync(ticket, new AuditEntry(T0, AuditKinds.ReviewOpened, "tester", """{"ticket":"t1"}"""));

        // Queue a duplicate insert among many appends so they share a group commit.
        var appends = Enumerable.Range(1, 50).Select(i => store.AppendAuditAsync(Entry($$"""{"n":{{i}}}"""))).ToList();
        var duplicate = store.InsertTicketAsync(ticket, Entry("""{"dup":true}"""));
        await Assert.ThrowsAsync<SqliteException>(() => duplicate);
        await Task.WhenAll(appends);

        var records = await AuditReading.AllAsync(store);
        Assert.Equal(51, records.Length);
        Assert.DoesNotContain(records, r => r.Payload.Contains("dup", StringComparison.Ordinal));
        Assert.True((await AuditVerifier.VerifyAsync(store)).IsValid);
    }

    [Fact]
    public async Task TicketsSurviveReopeningWithExactTimes()
    {
        await using var temp = new TempStore();
        var created = T0.AddTicks(1234567);
        var ticket = new ReviewTicket("t1", "p", "r", "d1", "summary", created, created.AddHours(4), ReviewStatus.Pending, null);
        await using (var store = await temp.OpenAsync())
        {
            await store.InsertTicketAsync(ticket, Entry());
            var resolved = ticket with { Status = ReviewStatus.Rejected, Resolution = new ReviewResolution("ann", "wrong", created.AddMinutes(5), Outcome.Block) };
            Assert.True(await store.TryResolveTicketAsync(resolved, Entry()));
        }

        await using (var store = await temp.OpenAsync())
        {
            var read = await store.GetTicketAsync("t1");
            Assert.NotNull(read);
            Assert.Equal(ReviewStatus.Rejected, read.Status);
            Assert.Equal(created, read.CreatedAt);
            Assert.Equal(new ReviewResolution("ann", "wrong", created.AddMinutes(5), Outcome.Block), read.Resolution);
        }
    }

    [Fact]
    public async Task AppendsAreAcknowledgedOnlyOnceCommitted()
    {
        await using var temp = new TempStore();
        AuditRecord last;
        await using (var store = await temp.OpenAsync())
        {
            last = await store.AppendAuditAsync(Entry());
            // Read through an unrelated connection while the store is still open: the record is already committed.
            Assert.Equal(1L, temp.Scalar("SELECT COUNT(*) FROM audit_log"));
        }

        Assert.Equal(last.Hash, temp.Scalar("SELECT hash FROM audit_log WHERE sequence = 1"));
    }
    // The writer's audit statements are prepared once and reused (SqliteAuditStatements): batches of every size, one
    // after another and across a reopen, must chain and store exactly what was appended.
    [Fact]
    public async Task BatchesOfVaryingSizeReuseTheWritersStatementsAndChain()
    {
        await using var temp = new TempStore();
        var key = AuditKey.Generate();
        var sizes = new[] { 1, 7, 1, 130, 3, 64, 65, 1 };
        var appended = 0;
        for (var round = 0; round < 2; round++)
        {
            await using var store = await temp.OpenAsync(key);
            foreach (var size in sizes)
            {
                var batch = Enumerable.Range(0, size).Select(i => store.AppendAuditAsync(Entry($$"""{"n":{{appended + i}},"t":"é ☃"}"""))).ToList();
                await Task.WhenAll(batch);
                appended += size;
            }
            Assert.True((await AuditVerifier.VerifyAsync(store, null, key)).IsValid);
        }

        Assert.Equal((long)appended, temp.Scalar("SELECT COUNT(*) FROM audit_log"));
        Assert.Equal(0L, temp.Scalar("SELECT COUNT(*) FROM audit_log WHERE mac IS NULL OR typeof(payload) <> 'text'"));
        Assert.Equal("""{"n":0,"t":"é ☃"}""", temp.Scalar("SELECT payload FROM audit_log WHERE sequence = 1"));
    }

    [Fact]
    public async Task EmptyTextIsStoredAsTextAndAMissingMacAsNull()
    {
        await using var temp = new TempStore();
        await using (var store = await temp.OpenAsync())
        {
            await store.AppendAuditAsync(new AuditEntry(T0, AuditKinds.Decision, "", ""));
            Assert.True((await AuditVerifier.VerifyAsync(store)).IsValid);
        }

        Assert.Equal("", temp.Scalar("SELECT actor FROM audit_log WHERE sequence = 1"));
        Assert.Equal("", temp.Scalar("SELECT payload FROM audit_log WHERE sequence = 1"));
        Assert.Equal(DBNull.Value, temp.Scalar("SELECT mac FROM audit_log WHERE sequence = 1"));
    }
}
