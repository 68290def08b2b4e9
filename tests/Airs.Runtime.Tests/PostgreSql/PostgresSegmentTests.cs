using Airs.Runtime.Audit;
using Airs.Runtime.Pace;
using Airs.Runtime.Policy;
using Airs.Runtime.PostgreSql;
using Airs.Runtime.Stores;
using Airs.Runtime.Tests.Stores;
using Npgsql;

namespace Airs.Runtime.Tests.PostgreSql;

/// <summary>Writers' audit segments on a real PostgreSQL server: one chain per store, cross-anchors, verification, round trips.</summary>
[Collection(PostgresCollection.Name)]
[NeedsPostgres]
public sealed class PostgresSegmentTests(PostgresServer server) : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 15, 9, 0, 0, TimeSpan.Zero);
    private const string Unlock = "ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change; ";
    private string database = "";

    public async Task InitializeAsync() => database = await server.CreateDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static AuditEntry Entry(int n, string actor = "tester") => new(T0.AddSeconds(n), AuditKinds.Decision, actor, $$"""{"n":{{n}}}""");

    /// <summary>Anchors only when a test asks for them.</summary>
    private static readonly AuditSegmentOptions NoAnchors = new() { AnchorEvery = int.MaxValue, AnchorInterval = TimeSpan.MaxValue };

    private Task<PostgresAirsStore> OpenAsync(AuditSegmentOptions? options = null, AuditKey? key = null) =>
        PostgresAirsStore.OpenAsync(database, key, options ?? NoAnchors);

    private Task Sql(string sql) => PostgresServer.ExecuteAsync(database, sql);

    private async Task<AuditVerification> VerifyAsync(AuditKey? key = null)
    {
        await using var store = await OpenAsync();
        return await AuditVerifier.VerifyAsync(store, null, key);
    }

    [StoreFact]
    public async Task EachReplicaAppendsToItsOwnSegmentWithoutGaps()
    {
        await using var a = await OpenAsync();
        await using var b = await OpenAsync();
        var records = await Task.WhenAll(Enumerable.Range(1, 200).SelectMany(i => new[]
        {
            Task.Run(() => a.AppendAuditAsync(Entry(i, "replica-a"))),
            Task.Run(() => b.AppendAuditAsync(Entry(i, "replica-b"))),
        }));

        Assert.NotEqual(a.AuditSegment, b.AuditSegment);
        foreach (var (store, actor) in new[] { (a, "replica-a"), (b, "replica-b") })
        {
            var own = records.Where(r => r.Actor == actor).ToList();
            Assert.All(own, r => Assert.Equal(store.AuditSegment, r.Segment));
            Assert.Equal(Enumerable.Range(1, 200).Select(n => (long)n), own.Select(r => r.Sequence).Order());
        }
        var verification = await AuditVerifier.VerifyAsync(a);
        Assert.True(verification.IsValid, verification.ToString());
        // 400 records in two segments, and the shared chain's anchor of each segment's first batch.
        Assert.Equal((402L, 3), (verification.RecordsChecked, verification.Segments));
    }

    [StoreFact]
    public async Task AnAnchorCommitsToTheOtherHeadsEveryNRecordsOrTSeconds()
    {
        var time = new FakeTimeProvider(T0);
        var options = new AuditSegmentOptions { AnchorEvery = 5, AnchorInterval = TimeSpan.FromMinutes(1), Time = time };
        await using var a = await OpenAsync(options);
        await using var b = await OpenAsync(options);
        var fromA = new List<AuditRecord>();
        for (var i = 1; i <= 3; i++)
        {
            fromA.Add(await a.AppendAuditAsync(Entry(i)));
        }
        for (var i = 1; i <= 6; i++)
        {
            await b.AppendAuditAsync(Entry(i));
        }

        // Five records, then B's next batch starts with an anchor on A's head, and on the shared chain's, which moved
        // when each segment's first batch was anchored there.
        var all = await AuditReading.AllAsync(a);
        var inB = all.Where(r => r.Segment == b.AuditSegment).ToList();
        var shared = all.Where(r => r.Segment.Length == 0).ToList();
        Assert.Equal([AuditKinds.SegmentAnchor, AuditKinds.SegmentAnchor], shared.Select(r => r.Kind));
        Assert.Equal(7, inB.Count);
        var anchor = inB[5];
        Assert.Equal((6L, AuditKinds.SegmentAnchor), (anchor.Sequence, anchor.Kind));
        Assert.Equal([new AuditHead("", 2, shared[^1].Hash), new AuditHead(a.AuditSegment!, 3, fromA[^1].Hash)], AuditAnchor.Read(anchor));

        // Three records in A, but a minute on its clock: its next batch anchors B's head.
        time.Advance(TimeSpan.FromSeconds(61));
        await a.AppendAuditAsync(Entry(4));
        var anchorInA = (await AuditReading.AllAsync(a)).Single(r => r.Segment == a.AuditSegment && r.Sequence == 4);
        Assert.Equal(AuditKinds.SegmentAnchor, anchorInA.Kind);
        Assert.Equal([new AuditHead("", 2, shared[^1].Hash), new AuditHead(b.AuditSegment!, 7, inB[^1].Hash)], AuditAnchor.Read(anchorInA));

        var verification = await AuditVerifier.VerifyAsync(a);
        Assert.True(verification.IsValid, verification.ToString());
        Assert.Equal(6, verification.AnchorsChecked); // two heads in each segment's anchor, one in each shared one
    }

    /// <summary>A segment of five records, the store closed.</summary>
    private async Task<string> SegmentOfFiveAsync()
    {
        await using var store = await OpenAsync();
        for (var i = 1; i <= 5; i++)
        {
            await store.AppendAuditAsync(Entry(i));
        }
        return store.AuditSegment!;
    }

    [StoreFact]
    public async Task ADeletedRecordInASegmentIsFound()
    {
        var segment = await SegmentOfFiveAsync();
        await Sql(Unlock + $"DELETE FROM audit_log WHERE segment = '{segment}' AND sequence = 3");

        var verification = await VerifyAsync();
        Assert.Equal((AuditBreak.Missing, 3L, segment), (verification.Break, verification.BrokenAt, verification.Segment));
        Assert.Equal($"record {segment}:3 is missing: deleted from the log", verification.Message);
    }

    [StoreFact]
    public async Task AnEditedRecordInASegmentIsFound()
    {
        var segment = await SegmentOfFiveAsync();
        await Sql(Unlock + $$"""UPDATE audit_log SET payload = '{"n":9}' WHERE segment = '{{segment}}' AND sequence = 4""");

        var verification = await VerifyAsync();
        Assert.Equal((AuditBreak.Modified, 4L, segment), (verification.Break, verification.BrokenAt, verification.Segment));
        Assert.Contains($"record {segment}:4 was modified", verification.Message, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task ReorderedRecordsInASegmentAreFound()
    {
        var segment = await SegmentOfFiveAsync();
        var where = $"WHERE segment = '{segment}' AND sequence";
        await Sql(Unlock + $"UPDATE audit_log SET sequence = 100 {where} = 2; UPDATE audit_log SET sequence = 2 {where} = 3; UPDATE audit_log SET sequence = 3 {where} = 100");

        var verification = await VerifyAsync();
        Assert.Equal((AuditBreak.Reordered, 2L, segment), (verification.Break, verification.BrokenAt, verification.Segment));
        Assert.Contains($"record {segment}:2 is out of place", verification.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Segment A of three appends, anchored by B's third record; returns A's appended records. (A's third append is its
    /// fourth record: an anchor on the shared chain, which moved when A's first batch was anchored there, comes first.)
    /// </summary>
    private async Task<(string A, IReadOnlyList<AuditRecord> RecordsOfA, string B)> AnchoredAsync()
    {
        var options = new AuditSegmentOptions { AnchorEvery = 2, AnchorInterval = TimeSpan.MaxValue };
        await using var a = await OpenAsync(options);
        await using var b = await OpenAsync(options);
        var recordsOfA = new List<AuditRecord>();
        for (var i = 1; i <= 3; i++)
        {
            recordsOfA.Add(await a.AppendAuditAsync(Entry(i)));
        }
        for (var i = 1; i <= 3; i++)
        {
            await b.AppendAuditAsync(Entry(i));
        }
        Assert.True((await AuditVerifier.VerifyAsync(a)).IsValid);
        return (a.AuditSegment!, recordsOfA, b.AuditSegment!);
    }

    [StoreFact]
    public async Task ASegmentRewrittenAfterItWasAnchoredBreaksTheAnchor()
    {
        var (a, records, b) = await AnchoredAsync();
        // A rewrite that keeps A's own chain valid: its last record replaced, its hash recomputed.
        var last = records[^1];
        var forged = AuditRecord.Chain(a, last.Sequence - 1, last.PreviousHash, Entry(3) with { Payload = """{"n":"forged"}""" });
        await Sql(Unlock + $"UPDATE audit_log SET payload = '{forged.Payload}', hash = '{forged.Hash}' WHERE segment = '{a}' AND sequence = {last.Sequence}");

        var verification = await VerifyAsync();
        Assert.Equal((AuditBreak.BrokenAnchor, last.Sequence, a), (verification.Break, verification.BrokenAt, verification.Segment));
        Assert.StartsWith($"the anchor at record {b}:3 names record {a}:{last.Sequence} with hash {last.Hash[..12]}…", verification.Message, StringComparison.Ordinal);
        Assert.Contains("was rewritten after it was anchored", verification.Message, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task ASegmentCutFromTheEndAfterItWasAnchoredBreaksTheAnchor()
    {
        var (a, records, b) = await AnchoredAsync();
        var last = records[^1].Sequence;
        await Sql(Unlock + $"DELETE FROM audit_log WHERE segment = '{a}' AND sequence = {last}");

        var verification = await VerifyAsync();
        Assert.Equal((AuditBreak.BrokenAnchor, last, a), (verification.Break, verification.BrokenAt, verification.Segment));
        Assert.Equal($"the anchor at record {b}:3 names record {a}:{last}, but segment {a} ends at record {last - 1}: records were cut from it or deleted", verification.Message);
    }

    [StoreFact]
    public async Task AnUnkeyedReplicaCannotAppendToAKeyedLog()
    {
        var key = AuditKey.Generate();
        await using var keyed = await OpenAsync(key: key);
        await keyed.AppendAuditAsync(Entry(1));
        await using var unkeyed = await OpenAsync();

        var error = await Assert.ThrowsAsync<AuditTamperedException>(() => unkeyed.AppendAuditAsync(Entry(2)));
        Assert.Contains("--audit-key", error.Message, StringComparison.Ordinal);
        Assert.True((await AuditVerifier.VerifyAsync(keyed, null, key)).IsValid);
    }

    [StoreFact]
    public async Task AKeyedSegmentCutFromTheEndIsFoundAndRefused()
    {
        var key = AuditKey.Generate();
        string segment;
        await using (var store = await OpenAsync(key: key))
        {
            for (var i = 1; i <= 3; i++)
            {
                await store.AppendAuditAsync(Entry(i));
            }
            segment = store.AuditSegment!;
        }
        await Sql(Unlock + $"DELETE FROM audit_log WHERE segment = '{segment}' AND sequence = 3");

        var verification = await VerifyAsync(key);
        Assert.Equal((AuditBreak.Truncated, 3L, segment), (verification.Break, verification.BrokenAt, verification.Segment));
        var refused = await Assert.ThrowsAsync<AirsStoreException>(() => OpenAsync(key: key));
        Assert.Contains($"segment {segment}", refused.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// A keyed segment no other writer has anchored yet, deleted whole — its rows, its keyed head and its
    /// <c>audit_segments</c> row — verified: nothing chained said it had existed. Its first batch is now anchored in the
    /// shared chain, so the anchor names records that are gone.
    /// </summary>
    [StoreFact]
    public async Task AKeyedSegmentDeletedWholeWithItsHeadIsFound()
    {
        var key = AuditKey.Generate();
        string segment;
        await using (var other = await OpenAsync(key: key))
        await using (var store = await OpenAsync(key: key))
        {
            await other.AppendAuditAsync(Entry(0));
            for (var i = 1; i <= 3; i++)
            {
                await store.AppendAuditAsync(Entry(i));
            }
            segment = store.AuditSegment!;
        }
        Assert.True((await VerifyAsync(key)).IsValid);
        await Sql(Unlock + $"DELETE FROM audit_log WHERE segment = '{segment}'; DELETE FROM audit_segment_heads WHERE segment = '{segment}'; " +
            $"DELETE FROM audit_segments WHERE segment = '{segment}'");

        var verification = await VerifyAsync(key);
        Assert.Equal((AuditBreak.BrokenAnchor, segment), (verification.Break, verification.Segment));
        Assert.Contains($"segment {segment} has no records", verification.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// The fixture of the old format: the schema as the runtime before segments left it (version 2, or 1 without MACs;
    /// without the tickets' insertion order of version 4),
    /// holding one chain of format-v1 records, keyed when <paramref name="key"/> is given.
    /// </summary>
    private async Task<IReadOnlyList<AuditRecord>> OldSingleChainAsync(int version, AuditKey? key)
    {
        await using (await OpenAsync())
        {
        }
        await Sql("""
            DROP TABLE audit_segments, audit_segment_heads;
            ALTER TABLE audit_log DROP CONSTRAINT audit_log_pkey;
            ALTER TABLE audit_log DROP COLUMN segment;
            ALTER TABLE audit_log ADD PRIMARY KEY (sequence);
            ALTER TABLE review_tickets DROP COLUMN inserted;
            """);
        await Sql(version == 1
            ? "DROP TABLE audit_head; ALTER TABLE audit_log DROP COLUMN mac; UPDATE schema_version SET version = 1"
            : "UPDATE schema_version SET version = 2");

        var records = new List<AuditRecord>();
        var seal = key?.Seal(0, AuditHash.Genesis); // the empty log, adopted
        for (var i = 1; i <= 3; i++)
        {
            (var record, seal) = AuditChain.Append(records.LastOrDefault(), seal, key, Entry(i, "old"));
            records.Add(record);
        }
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        foreach (var record in records)
        {
            await using var insert = new NpgsqlCommand(version == 1
                ? "INSERT INTO audit_log VALUES (@s, @t, @k, @a, @p, @ph, @h)"
                : "INSERT INTO audit_log VALUES (@s, @t, @k, @a, @p, @ph, @h, @m)", connection);
            insert.Parameters.AddWithValue("s", record.Sequence);
            insert.Parameters.AddWithValue("t", record.Time.UtcTicks);
            insert.Parameters.AddWithValue("k", record.Kind);
            insert.Parameters.AddWithValue("a", record.Actor);
            insert.Parameters.AddWithValue("p", record.Payload);
            insert.Parameters.AddWithValue("ph", record.PreviousHash);
            insert.Parameters.AddWithValue("h", record.Hash);
            if (version > 1)
            {
                insert.Parameters.AddWithValue("m", (object?)record.Mac ?? DBNull.Value);
            }
            await insert.ExecuteNonQueryAsync();
        }
        if (seal is not null)
        {
            await using var head = new NpgsqlCommand("INSERT INTO audit_head VALUES (1, @s, @h, @k, @m)", connection);
            head.Parameters.AddWithValue("s", seal.Sequence);
            head.Parameters.AddWithValue("h", seal.Hash);
            head.Parameters.AddWithValue("k", seal.KeyId);
            head.Parameters.AddWithValue("m", seal.Mac);
            await head.ExecuteNonQueryAsync();
        }
        return records;
    }

    [StoreFact]
    public Task AVersion1ChainStillVerifiesAndStateChangesContinueIt() => OldChainContinuesAsync(1, keyed: false);

    [StoreFact]
    public Task AVersion2ChainStillVerifiesAndStateChangesContinueIt() => OldChainContinuesAsync(2, keyed: false);

    [StoreFact]
    public Task AKeyedVersion2ChainStillVerifiesAndStateChangesContinueIt() => OldChainContinuesAsync(2, keyed: true);

    private async Task OldChainContinuesAsync(int version, bool keyed)
    {
        var key = keyed ? AuditKey.Generate() : null;
        var old = await OldSingleChainAsync(version, key);

        await using var store = await OpenAsync(key: key);
        var decision = await store.AppendAuditAsync(Entry(4));
        var pace = new PaceRecord("p", PaceLevel.Alternate, T0, "system", "judge failing", 1);
        var transition = new PaceTransition("p", PaceLevel.Primary, PaceLevel.Alternate, T0, "system", "judge failing");
        Assert.True(await store.TryTransitionPaceAsync(0, pace, transition,
            new AuditEntry(T0, AuditKinds.PaceDowngraded, "system", """{"policy":"p","to":"alternate"}""")));

        var verification = await AuditVerifier.VerifyAsync(store, old[^1], key);
        Assert.True(verification.IsValid, verification.ToString());
        // The three old records, the new segment's anchor and the state change continue the old chain; the decision opens the segment.
        Assert.Equal((6L, 2, keyed), (verification.RecordsChecked, verification.Segments, verification.Keyed));
        Assert.Equal((1L, store.AuditSegment), (decision.Sequence, decision.Segment));
        var continued = (await AuditReading.AllAsync(store)).Where(r => r.Segment.Length == 0).Skip(3).ToList();
        Assert.Equal([(4L, AuditKinds.SegmentAnchor), (5L, AuditKinds.PaceDowngraded)], continued.Select(r => (r.Sequence, r.Kind)));
        Assert.Equal(old[^1].Hash, continued[0].PreviousHash);
        Assert.Equal(5, verification.Head!.Sequence);
        Assert.Equal(4, await PostgresServer.ScalarAsync(database, "SELECT max(version) FROM schema_version"));
    }

    [StoreFact]
    public async Task ABatchOfAppendsIsOneRoundTrip()
    {
        await using var relay = new RoundTripCounter(database);
        await using var store = await PostgresAirsStore.OpenAsync(relay.ConnectionString, null, NoAnchors);
        // The segment's first batch is also anchored in the shared chain, under the writers' lock: more round trips, once.
        await store.AppendAuditAsync(Entry(0));

        var before = relay.RoundTrips;
        for (var i = 1; i <= 20; i++)
        {
            await store.AppendAuditAsync(Entry(i)); // one at a time: twenty batches of one
        }
        Assert.Equal(20, relay.RoundTrips - before);

        var statistics = store.WriteStatistics;
        before = relay.RoundTrips;
        await Task.WhenAll(Enumerable.Range(21, 500).Select(i => Task.Run(() => store.AppendAuditAsync(Entry(i)))));
        var batches = store.WriteStatistics.Batches - statistics.Batches;
        Assert.Equal(batches, relay.RoundTrips - before);
        Assert.True(batches < 500, $"{batches} batches for 500 concurrent appends: no group commit");

        // Each acknowledged record is committed: another connection sees all of them.
        Assert.Equal(521L, await PostgresServer.ScalarAsync(database, $"SELECT count(*) FROM audit_log WHERE segment = '{store.AuditSegment}'"));
    }

    /// <summary>
    /// A batch of written appends commits with <c>synchronous_commit</c> off, in its one round trip; any other commits
    /// with the server's setting. A sync with nothing durable since gives its transaction an id, so that its COMMIT writes
    /// a record and flushes the WAL up to it, the written records included. A trigger records the setting each insert saw.
    /// </summary>
    [StoreFact]
    public async Task WrittenAppendsCommitWithoutWaitingForTheFlushAndASyncFlushesThem()
    {
        await Sql("""
            CREATE TABLE commit_modes (id bigserial PRIMARY KEY, mode text NOT NULL);
            CREATE FUNCTION record_commit_mode() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN INSERT INTO commit_modes (mode) VALUES (current_setting('synchronous_commit')); RETURN NULL; END $$;
            """);
        await using var relay = new RoundTripCounter(database);
        await using var store = await PostgresAirsStore.OpenAsync(relay.ConnectionString, null, NoAnchors);
        await store.AppendAuditAsync(Entry(0)); // the segment's first batch, anchored in the shared chain as well
        await Sql("CREATE TRIGGER audit_log_commit_mode AFTER INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION record_commit_mode();");
        var nextTransactionId = async () => Convert.ToInt64(
            await PostgresServer.ScalarAsync(database, "SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint"), System.Globalization.CultureInfo.InvariantCulture);

        var before = relay.RoundTrips;
        await store.AppendAuditAsync(Entry(1));
        await store.AppendAuditWrittenAsync(Entry(2));
        await store.AppendAuditWrittenAsync(Entry(3));
        Assert.Equal(3, relay.RoundTrips - before);
        await store.AppendAuditAsync(Entry(4));
        Assert.Equal("on,off,off,on", await PostgresServer.ScalarAsync(database, "SELECT string_agg(mode, ',' ORDER BY id) FROM commit_modes"));

        await store.AppendAuditWrittenAsync(Entry(5));
        var statistics = store.WriteStatistics;
        var unassigned = await nextTransactionId();
        await store.SyncAuditAsync();
        Assert.Equal((statistics.Batches + 1, statistics.DurableBatches + 1), (store.WriteStatistics.Batches, store.WriteStatistics.DurableBatches));
        Assert.True(await nextTransactionId() > unassigned, "the sync's transaction took no id: its COMMIT would flush nothing");
        await store.SyncAuditAsync(); // a durable batch since: nothing to do
        Assert.Equal(statistics.Batches + 1, store.WriteStatistics.Batches);
    }
}
