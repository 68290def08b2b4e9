using Airs.Runtime.Audit;
using Airs.Runtime.Decisions;
using Airs.Runtime.PostgreSql;
using Airs.Runtime.Reviews;
using Airs.Runtime.Tests.Stores;
using Npgsql;

namespace Airs.Runtime.Tests.PostgreSql;

/// <summary>What the PostgreSQL store does beyond the shared contract: schema, triggers, exact times.</summary>
[Collection(PostgresCollection.Name)]
[NeedsPostgres]
public sealed class PostgresAirsStoreTests(PostgresServer server) : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 15, 9, 0, 0, TimeSpan.Zero);
    private string database = "";

    public async Task InitializeAsync() => database = await server.CreateDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static AuditEntry Entry(string payload = "{}") => new(T0, AuditKinds.Decision, "tester", payload);

    /// <summary>The record a ticket change needs for the verifier's state check to accept it.</summary>
    private static AuditEntry TicketEntry(string kind, string actor = "tester") => new(T0, kind, actor, """{"ticket":"t1"}""");

    private Task<object?> Scalar(string sql) => PostgresServer.ScalarAsync(database, sql);

    [StoreFact]
    public async Task ReplicasOpeningAtOnceCreateTheSchemaOnce()
    {
        var stores = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => PostgresAirsStore.OpenAsync(database))));
        foreach (var store in stores)
        {
            await store.DisposeAsync();
        }

        await using (await PostgresAirsStore.OpenAsync(database))
        {
        }

        Assert.Equal(1L, await Scalar("SELECT count(*) FROM schema_version"));
        Assert.Equal(4, await Scalar("SELECT version FROM schema_version"));
    }

    [StoreFact]
    public async Task ANewerSchemaIsRefused()
    {
        await using (await PostgresAirsStore.OpenAsync(database))
        {
        }

        await PostgresServer.ExecuteAsync(database, "UPDATE schema_version SET version = 99");
        var error = await Assert.ThrowsAsync<Airs.Runtime.Stores.AirsStoreException>(() => PostgresAirsStore.OpenAsync(database));
        Assert.Contains("`99`", error.Message, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task TheAuditTableRejectsUpdatesDeletesAndTruncation()
    {
        await using (var store = await PostgresAirsStore.OpenAsync(database))
        {
            await store.AppendAuditAsync(Entry());
        }

        foreach (var sql in new[] { "UPDATE audit_log SET payload = '{\"x\":1}'", "DELETE FROM audit_log", "TRUNCATE audit_log" })
        {
            var error = await Assert.ThrowsAsync<PostgresException>(() => PostgresServer.ExecuteAsync(database, sql));
            Assert.Contains("append-only", error.MessageText, StringComparison.Ordinal);
        }

        Assert.Equal(2L, await Scalar("SELECT count(*) FROM audit_log")); // the record and its segment's anchor in the shared chain
    }

    [StoreFact]
    public async Task AFailingOperationInABatchDoesNotUndoTheOthers()
    {
        await using var store = await PostgresAirsStore.OpenAsync(database);
        var ticket = new ReviewTicket("t1", "p", "r", "d1", "s", T0, T0.AddHours(1), ReviewStatus.Pending, null);
        await store.InsertTicketAsync(ticket, TicketEntry(AuditKinds.ReviewOpened));

        var appends = Enumerable.Range(1, 50).Select(i => store.AppendAuditAsync(Entry($$"""{"n":{{i}}}"""))).ToList();
        var duplicate = store.InsertTicketAsync(ticket, Entry("""{"dup":true}"""));
        var error = await Assert.ThrowsAsync<PostgresException>(() => duplicate);
        Assert.Equal(PostgresErrorCodes.UniqueViolation, error.SqlState);
        await Task.WhenAll(appends);

        var records = await AuditReading.AllAsync(store);
        Assert.Equal(51, records.Count(r => r.Kind != AuditKinds.SegmentAnchor)); // the segment's first batch is anchored too
        Assert.DoesNotContain(records, r => r.Payload.Contains("dup", StringComparison.Ordinal));
        Assert.True((await AuditVerifier.VerifyAsync(store)).IsValid);
    }

    /// <summary>
    /// A rolling upgrade: an airs of schema 3 still running on a database a newer one has migrated inserts its tickets as
    /// it always did, without `inserted`. The column is NOT NULL, so every such insert failed (the escalated request
    /// answered with a 500, the store's failure, however fail-closed); a trigger now numbers the row MAX + 1 in the
    /// inserting transaction, under the writers' lock the old runtime takes too, so it reaches the long poll after the
    /// tickets before it. A database migrated to 4 before the trigger existed gets it on its next open.
    /// </summary>
    [StoreFact]
    public async Task A_ticket_an_older_replica_inserts_without_its_number_is_numbered_and_reaches_the_long_poll()
    {
        // The statement of an airs before schema 4 (76fd3c7^), which names no `inserted`.
        Task InsertAsOldAsync(string id) => PostgresServer.ExecuteAsync(database, $"""
            INSERT INTO review_tickets (id, policy, review, decision_id, summary, created_ticks, due_ticks, status,
                resolved_by, resolved_reason, resolved_ticks, resolved_outcome)
            VALUES ('{id}', 'p', 'r', 'd', 's', {T0.UtcTicks}, {T0.AddHours(1).UtcTicks}, 'pending', NULL, NULL, NULL, NULL)
            """);
        ReviewTicket Ticket(string id) => new(id, "p", "r", "d", "s", T0, T0.AddHours(1), ReviewStatus.Pending, null);
        await using (var store = await PostgresAirsStore.OpenAsync(database))
        {
            await store.InsertTicketAsync(Ticket("t1"), TicketEntry(AuditKinds.ReviewOpened));
            await InsertAsOldAsync("t2");
            await store.InsertTicketAsync(Ticket("t3"), TicketEntry(AuditKinds.ReviewOpened));

            Assert.Equal(["t2", "t3"], (await store.ListPendingTicketsInsertedAfterAsync("p", "t1")).Select(t => t.Id));
            Assert.Equal(2L, await Scalar("SELECT inserted FROM review_tickets WHERE id = 't2'"));
        }

        // As a database migrated to 4 before the trigger was made.
        await PostgresServer.ExecuteAsync(database, "DROP TRIGGER IF EXISTS review_tickets_number ON review_tickets");
        await using (var store = await PostgresAirsStore.OpenAsync(database))
        {
            await InsertAsOldAsync("t4");
            Assert.Equal(["t4"], (await store.ListPendingTicketsInsertedAfterAsync("p", "t3")).Select(t => t.Id));
        }
    }

    [StoreFact]
    public async Task TimesSurviveReopeningToTheTick()
    {
        var created = T0.AddTicks(1234567);
        var ticket = new ReviewTicket("t1", "p", "r", "d1", "summary", created, created.AddHours(4), ReviewStatus.Pending, null);
        AuditRecord appended;
        await using (var store = await PostgresAirsStore.OpenAsync(database))
        {
            await store.InsertTicketAsync(ticket, TicketEntry(AuditKinds.ReviewOpened));
            var resolved = ticket with { Status = ReviewStatus.Rejected, Resolution = new ReviewResolution("ann", "wrong", created.AddTicks(7), Outcome.Block) };
            Assert.True(await store.TryResolveTicketAsync(resolved, TicketEntry(AuditKinds.ReviewRejected, "ann")));
            appended = await store.AppendAuditAsync(new AuditEntry(created.AddTicks(1), AuditKinds.Decision, "tester", "{}"));
        }

        await using (var store = await PostgresAirsStore.OpenAsync(database))
        {
            var read = await store.GetTicketAsync("t1");
            Assert.NotNull(read);
            Assert.Equal(created, read.CreatedAt);
            Assert.Equal(new ReviewResolution("ann", "wrong", created.AddTicks(7), Outcome.Block), read.Resolution);
            Assert.Contains(appended, await AuditReading.AllAsync(store));
            Assert.True((await AuditVerifier.VerifyAsync(store)).IsValid);
        }
    }

    [StoreFact]
    public async Task AnAcknowledgedAppendIsCommittedForEveryConnection()
    {
        await using var store = await PostgresAirsStore.OpenAsync(database);
        var record = await store.AppendAuditAsync(Entry());

        Assert.Equal(record.Hash, await Scalar($"SELECT hash FROM audit_log WHERE segment = '{record.Segment}' AND sequence = 1"));
        Assert.Equal(record.Time.UtcTicks, await Scalar($"SELECT time_ticks FROM audit_log WHERE segment = '{record.Segment}' AND sequence = 1"));
    }

    [StoreFact]
    public async Task APayloadGivenAsUtf8IsStoredAsItsText()
    {
        // The engine's payloads come as the UTF-8 its writer wrote, bound as those bytes typed as text: stored as the
        // same text (not bytea), read back and verified as a payload given as a string.
        const string Text = """{"a":"é→𝄞","n":2}""";
        AuditRecord appended;
        await using (var store = await PostgresAirsStore.OpenAsync(database))
        {
            await store.AppendAuditAsync(Entry());
            appended = await store.AppendAuditAsync(new AuditEntry(T0, AuditKinds.Decision, "tester", System.Text.Encoding.UTF8.GetBytes(Text)));
        }

        Assert.Equal(Text, await Scalar($"SELECT payload FROM audit_log WHERE segment = '{appended.Segment}' AND sequence = 2"));
        Assert.Equal("text", await Scalar($"SELECT pg_typeof(payload)::text FROM audit_log WHERE segment = '{appended.Segment}' AND sequence = 2"));
        await using var reopened = await PostgresAirsStore.OpenAsync(database);
        var read = (await AuditReading.AllAsync(reopened)).Single(r => r.Segment == appended.Segment && r.Sequence == 2);
        Assert.Equal(appended, read);
        Assert.Equal(Text, read.Payload);
        Assert.True((await AuditVerifier.VerifyAsync(reopened)).IsValid);
    }

    [StoreFact]
    public async Task ATamperedRecordIsFoundByTheVerifier()
    {
        await using var store = await PostgresAirsStore.OpenAsync(database);
        for (var i = 0; i < 3; i++)
        {
            await store.AppendAuditAsync(Entry($$"""{"n":{{i}}}"""));
        }

        // An owner can drop the trigger; the chain still tells.
        await PostgresServer.ExecuteAsync(database,
            "ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change; UPDATE audit_log SET payload = '{\"n\":9}' WHERE sequence = 2");
        var verification = await AuditVerifier.VerifyAsync(store);
        Assert.False(verification.IsValid);
        Assert.Equal((AuditBreak.Modified, 2L), (verification.Break, verification.BrokenAt));
    }

    [StoreFact]
    public async Task AKeyedLogFindsRecordsCutFromTheEndAndForgedAppends()
    {
        var key = AuditKey.Generate();
        await using (var store = await PostgresAirsStore.OpenAsync(database, key))
        {
            for (var i = 0; i < 4; i++)
            {
                await store.AppendAuditAsync(Entry($$"""{"n":{{i}}}"""));
            }
            var verified = await AuditVerifier.VerifyAsync(store, null, key);
            Assert.True(verified.IsValid && verified.Keyed, verified.ToString());
        }

        await PostgresServer.ExecuteAsync(database, "ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change; DELETE FROM audit_log WHERE sequence = 4");
        await using (var store = await PostgresAirsStore.OpenAsync(database))
        {
            Assert.Equal(AuditBreak.Truncated, (await AuditVerifier.VerifyAsync(store, null, key)).Break);
        }
        await Assert.ThrowsAsync<Airs.Runtime.Stores.AirsStoreException>(() => PostgresAirsStore.OpenAsync(database, key));

        await PostgresServer.ExecuteAsync(database, "INSERT INTO audit_log SELECT 4, time_ticks, kind, actor, payload, hash, hash, NULL, segment FROM audit_log WHERE sequence = 3");
        await using (var store = await PostgresAirsStore.OpenAsync(database))
        {
            var forged = await AuditVerifier.VerifyAsync(store, null, key);
            Assert.Equal((AuditBreak.Modified, 4L), (forged.Break, forged.BrokenAt)); // its hash was not recomputed
        }
    }

    [StoreFact]
    public async Task AClosedStoreRefusesWrites()
    {
        var store = await PostgresAirsStore.OpenAsync(database);
        await store.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.AppendAuditAsync(Entry()));
    }
}
