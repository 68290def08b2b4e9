using Airs.Runtime.Audit;
using Airs.Runtime.Breakers;
using Airs.Runtime.Decisions;
using Airs.Runtime.Pace;
using Airs.Runtime.Policy;
using Airs.Runtime.Reviews;
using Airs.Runtime.Stores;
using Airs.Runtime.Tests.Stores;

namespace Airs.Runtime.Tests.Audit;

/// <summary>
/// The keyed audit log against someone who can write the SQLite file but has not the key: every rewrite, cut and
/// forged append is found, rows outside the chain and state tables the log does not explain are reported.
/// Tampering is raw SQL on a real file.
/// </summary>
public sealed class KeyedAuditTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 15, 9, 0, 0, TimeSpan.Zero);

    private const string EmptyJson = "{}";

    private readonly TempStore temp = new();
    private readonly AuditKey key = AuditKey.Generate();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await temp.DisposeAsync();

    private static AuditEntry Entry(int n) => new(T0.AddSeconds(n), AuditKinds.Decision, $"actor-{n}", $$"""{"n":{{n}}}""");

    private async Task WriteAsync(int count, AuditKey? with)
    {
        await using var store = await temp.OpenAsync(with);
        var head = await store.GetAuditHeadAsync();
        var from = (int)(head?.Sequence ?? 0);
        for (var i = from + 1; i <= from + count; i++)
        {
            await store.AppendAuditAsync(Entry(i));
        }
    }

    private async Task<AuditVerification> VerifyAsync(AuditKey? with, AuditRecord? anchor = null)
    {
        await using var store = await temp.OpenAsync();
        return await AuditVerifier.VerifyAsync(store, anchor, with);
    }

    /// <summary>Rewrites records from <paramref name="from"/> on with recomputed (unkeyed) hashes, as an attacker can.</summary>
    private async Task RewriteFromAsync(int from, bool keepMacs)
    {
        AuditRecord[] records;
        await using (var store = await temp.OpenAsync())
        {
            records = [.. await AuditReading.AllAsync(store)];
        }
        var previous = from == 1 ? AuditHash.Genesis : records[from - 2].Hash;
        var sql = new List<string>();
        foreach (var record in records.Skip(from - 1))
        {
            var payload = record.Sequence == from ? """{"n":"rewritten"}""" : record.Payload;
            var hash = AuditHash.Compute(record.Sequence, record.Time, record.Kind, record.Actor, payload, previous);
            var mac = keepMacs ? "mac" : "NULL";
            sql.Add($"UPDATE audit_log SET payload = '{payload}', previous_hash = '{previous}', hash = '{hash}', mac = {mac} WHERE sequence = {record.Sequence};");
            previous = hash;
        }
        temp.Tamper(string.Join("\n", sql));
    }

    [Fact]
    public async Task A_keyed_log_verifies_with_its_key_and_not_with_another()
    {
        await WriteAsync(5, key);
        var verified = await VerifyAsync(key);
        Assert.True(verified.IsValid, verified.ToString());
        Assert.True(verified.Keyed);
        Assert.Equal(5, verified.RecordsChecked);

        var other = await VerifyAsync(AuditKey.Generate());
        Assert.Equal(AuditBreak.Forged, other.Break); // record 1's MAC is not this key's
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(3, true)]
    [InlineData(5, true)]
    [InlineData(1, false)]
    [InlineData(4, false)]
    public async Task A_chain_rewritten_from_any_point_is_found(int from, bool keepMacs)
    {
        await WriteAsync(5, key);
        await RewriteFromAsync(from, keepMacs);
        Assert.True((await VerifyAsync(null)).IsValid); // the unkeyed chain cannot tell: this is what the key is for

        var verification = await VerifyAsync(key);
        Assert.False(verification.IsValid);
        if (keepMacs || from > 1)
        {
            Assert.Equal(AuditBreak.Forged, verification.Break);
            Assert.Equal(from, verification.BrokenAt);
        }
        else
        {
            // Every MAC stripped: the log now looks as if never keyed, but its tail is not the keyed head.
            Assert.Equal(AuditBreak.Modified, verification.Break);
        }
    }

    [Fact]
    public async Task Records_cut_from_the_end_are_found_without_an_anchor()
    {
        await WriteAsync(5, key);
        temp.Tamper("DELETE FROM audit_log WHERE sequence >= 4");
        Assert.True((await VerifyAsync(null)).IsValid);

        var verification = await VerifyAsync(key);
        Assert.Equal(AuditBreak.Truncated, verification.Break);
        Assert.Contains("the keyed head is record 5 but the log ends at record 3", verification.Message);

        // The keyed store refuses to grow a cut log, which would hide the cut under a new head.
        var refused = await Assert.ThrowsAsync<AirsStoreException>(() => temp.OpenAsync(key));
        Assert.Contains("records were cut from the end", refused.Message);
    }

    [Theory]
    [InlineData("NULL")]
    [InlineData("'0000000000000000000000000000000000000000000000000000000000000000'")]
    public async Task A_forged_append_is_found(string mac)
    {
        await WriteAsync(3, key);
        AuditRecord head;
        await using (var store = await temp.OpenAsync())
        {
            head = (await store.GetAuditHeadAsync())!;
        }
        var forged = AuditRecord.Chain(head, new AuditEntry(T0.AddHours(1), AuditKinds.ReviewApproved, "mallory", "{}"));
        temp.Tamper($"""
            INSERT INTO audit_log (sequence, time_ticks, kind, actor, payload, previous_hash, hash, mac)
            VALUES (4, {forged.Time.UtcTicks}, '{forged.Kind}', 'mallory', '{EmptyJson}', '{forged.PreviousHash}', '{forged.Hash}', {mac});
            """);

        var verification = await VerifyAsync(key);
        Assert.Equal(AuditBreak.Forged, verification.Break);
        Assert.Equal(4, verification.BrokenAt);
    }

    [Fact]
    public async Task A_forged_append_after_the_head_with_a_forged_head_is_found()
    {
        await WriteAsync(3, key);
        temp.Tamper("UPDATE audit_head SET sequence = 4, mac = 'ffff'");
        var verification = await VerifyAsync(key);
        Assert.Equal(AuditBreak.BadHead, verification.Break);
        Assert.Contains("forged", verification.Message);
    }

    [Fact]
    public async Task A_store_without_the_key_refuses_to_append_to_a_keyed_log()
    {
        await WriteAsync(2, key);
        await using var store = await temp.OpenAsync();
        var refused = await Assert.ThrowsAsync<AuditTamperedException>(() => store.AppendAuditAsync(Entry(3)));
        Assert.Contains("--audit-key", refused.Message);
    }

    [Fact]
    public async Task A_deleted_head_is_found_and_the_store_refuses_to_reseal()
    {
        await WriteAsync(2, key);
        temp.Tamper("DELETE FROM audit_head");
        Assert.Equal(AuditBreak.BadHead, (await VerifyAsync(key)).Break);
        await Assert.ThrowsAsync<AirsStoreException>(() => temp.OpenAsync(key));
    }

    /// <summary>
    /// A keyed head with a column set to NULL (SQLite keeps NOT NULL only as a table declares it, so the table was made
    /// again without it) is a bad head, its column named: reading it threw the driver's exception out of the verifier.
    /// </summary>
    [Theory]
    [InlineData("sequence")]
    [InlineData("hash")]
    [InlineData("key_id")]
    [InlineData("mac")]
    public async Task A_null_in_the_keyed_head_is_a_bad_head(string column)
    {
        await WriteAsync(2, key);
        temp.Tamper($"""
            CREATE TABLE saved AS SELECT * FROM audit_head; DROP TABLE audit_head;
            CREATE TABLE audit_head (id INTEGER PRIMARY KEY, sequence, hash, key_id, mac);
            INSERT INTO audit_head SELECT * FROM saved; DROP TABLE saved; UPDATE audit_head SET {column} = NULL;
            """);
        var verification = await VerifyAsync(key);
        Assert.Equal(AuditBreak.BadHead, verification.Break);
        Assert.Equal($"a keyed head cannot be read: a stored `{column}` is NULL: the keyed head was edited", verification.Message);
    }

    [Theory] // before: a null string (chained to by the next record), an ArgumentNullException or a NullReferenceException
    [InlineData("audit_log", "hash", "audit tail", false)]
    [InlineData("audit_log", "hash", "audit tail", true)]
    [InlineData("audit_head", "mac", "keyed head", true)]
    [InlineData("audit_head", "hash", "keyed head", true)]
    public async Task A_null_in_the_tail_or_the_keyed_head_stops_the_store_before_it_appends(string table, string column, string what, bool keyed)
    {
        var with = keyed ? key : null;
        await WriteAsync(2, with);
        var columns = table == "audit_log" ? "sequence INTEGER PRIMARY KEY, time_ticks, kind, actor, payload, previous_hash, hash, mac"
            : "id INTEGER PRIMARY KEY, sequence, hash, key_id, mac";
        temp.Tamper($"""
            CREATE TABLE saved AS SELECT * FROM {table}; DROP TABLE {table};
            CREATE TABLE {table} ({columns});
            INSERT INTO {table} SELECT * FROM saved; DROP TABLE saved;
            UPDATE {table} SET {column} = NULL WHERE {(table == "audit_log" ? "sequence = 2" : "id = 1")};
            """);
        // A keyed store reads its tail and head when it opens, an unkeyed one when it first appends.
        var refused = await Assert.ThrowsAsync<FormatException>(async () =>
        {
            await using var store = await temp.OpenAsync(with);
            await store.AppendAuditAsync(Entry(3));
        });
        Assert.Equal($"a stored `{column}` is NULL: the {what} was edited", refused.Message);
        Assert.Equal(2L, temp.Scalar("SELECT max(sequence) FROM audit_log"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-7)]
    [InlineData(long.MinValue)]
    public async Task A_row_outside_the_chain_is_a_failure(long sequence)
    {
        // Before: rows with sequence <= 0 were never read, so they passed.
        await WriteAsync(2, key);
        temp.Tamper($"""
            INSERT INTO audit_log (sequence, time_ticks, kind, actor, payload, previous_hash, hash)
            VALUES ({sequence}, 0, 'review_approved', 'mallory', '{EmptyJson}', '', '');
            """);
        foreach (var with in new[] { null, key })
        {
            var verification = await VerifyAsync(with);
            Assert.Equal(AuditBreak.OutsideChain, verification.Break);
        }
    }

    [Fact]
    public async Task A_ticket_approved_by_hand_is_reported()
    {
        await WritePendingAndApprovedTicketsAsync();

        temp.Tamper("UPDATE review_tickets SET status = 'approved', resolved_by = 'mallory', resolved_reason = 'x', resolved_ticks = 0, resolved_outcome = 'allow' WHERE status = 'pending'");
        var verification = await VerifyAsync(key);
        Assert.Equal(AuditBreak.StateMismatch, verification.Break);
        Assert.Matches("review ticket `[0-9a-f]+` is approved but the audit log has it pending", verification.Message);
    }

    /// <summary>A keyed log with one pending ticket (decision d-1) and one approved (d-2), verified clean.</summary>
    private async Task WritePendingAndApprovedTicketsAsync()
    {
        var time = new FakeTimeProvider(T0);
        await using (var store = await temp.OpenAsync(key))
        {
            var queue = new ReviewQueue("p", [new ReviewSpec("human", TimeSpan.FromHours(1), new ActionSpec(Outcome.Block))], store, time);
            await queue.OpenAsync("human", "d-1", "refund?");
            var approved = await queue.OpenAsync("human", "d-2", "refund?");
            await queue.ApproveAsync(approved.Id, "alice", "fine");
        }
        Assert.True((await VerifyAsync(key)).IsValid);
    }

    // Before: only a ticket's status and resolver were compared with the log. Moving a pending ticket's due time (a
    // late approval past its SLA), handing it to another policy's reviewers or to another decision, or turning an
    // approval's outcome around all verified.
    [Theory]
    [InlineData("UPDATE review_tickets SET due_ticks = due_ticks + 864000000000 WHERE status = 'pending'", "is due at")]
    [InlineData("UPDATE review_tickets SET policy = 'other' WHERE status = 'pending'", "policy `other`")]
    [InlineData("UPDATE review_tickets SET review = 'lenient' WHERE status = 'pending'", "queue `lenient`")]
    [InlineData("UPDATE review_tickets SET decision_id = 'd-9' WHERE status = 'pending'", "decision `d-9`")]
    [InlineData("UPDATE review_tickets SET resolved_outcome = 'block' WHERE status = 'approved'", "outcome block")]
    public async Task A_ticket_rewritten_by_hand_is_reported(string sql, string expected)
    {
        await WritePendingAndApprovedTicketsAsync();

        temp.Tamper(sql);
        var verification = await VerifyAsync(key);
        Assert.Equal(AuditBreak.StateMismatch, verification.Break);
        Assert.Contains(expected, verification.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pace_level_edited_by_hand_is_reported()
    {
        await using (var store = await temp.OpenAsync(key))
        {
            var next = new PaceRecord("p", PaceLevel.Alternate, T0, "ops", "drill", 1);
            var transition = new PaceTransition("p", PaceLevel.Primary, PaceLevel.Alternate, T0, "ops", "drill");
            var audit = new AuditEntry(T0, AuditKinds.PaceDowngraded, "ops", """{"policy":"p","from":"primary","to":"alternate","reason":"drill"}""");
            Assert.True(await store.TryTransitionPaceAsync(0, next, transition, audit));
        }
        Assert.True((await VerifyAsync(key)).IsValid);

        temp.Tamper("UPDATE pace_state SET level = 'primary'");
        var verification = await VerifyAsync(key);
        Assert.Equal(AuditBreak.StateMismatch, verification.Break);
        Assert.Contains("PACE of policy `p` is primary (version 1) but the audit log leaves it alternate (version 1)", verification.Message);
    }

    [Fact]
    public async Task A_breaker_closed_by_hand_is_reported()
    {
        var breakerKey = new BreakerKey("p", "refunds", "*");
        await using (var store = await temp.OpenAsync(key))
        {
            var audit = new AuditEntry(T0, AuditKinds.BreakerManualTrip, "ops", """{"policy":"p","breaker":"refunds","scope_key":"*","reason":"x"}""");
            Assert.True(await store.TryUpdateBreakerAsync(0, new BreakerRecord(breakerKey, BreakerState.Open, T0, true, 1), audit));
        }
        Assert.True((await VerifyAsync(key)).IsValid);

        temp.Tamper("UPDATE breaker_state SET state = 'closed', manual = 0");
        Assert.Equal(AuditBreak.StateMismatch, (await VerifyAsync(key)).Break);
    }

    [Theory]
    [InlineData("UPDATE schema_version SET version = 999", "the store's schema version `999` is newer than this runtime's `3`")]
    [InlineData("UPDATE schema_version SET version = 'abc'", "the store's schema version `abc` is not one airs ever wrote")]
    public async Task An_unknown_schema_is_a_clear_error(string sql, string message)
    {
        await WriteAsync(1, null);
        temp.Tamper(sql);
        var error = await Assert.ThrowsAsync<AirsStoreException>(() => temp.OpenAsync());
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_version_1_store_is_migrated_and_its_records_adopted_by_the_key()
    {
        await WriteAsync(3, null);
        // Back to the version 1 layout, as an older airs wrote it.
        temp.Tamper("DROP TABLE audit_head; ALTER TABLE audit_log DROP COLUMN mac; DROP TRIGGER review_tickets_number; DROP INDEX review_tickets_inserted; "
            + "ALTER TABLE review_tickets DROP COLUMN inserted; DELETE FROM schema_version; INSERT INTO schema_version VALUES (1);");

        await WriteAsync(2, key);
        Assert.Equal(3L, temp.Scalar("SELECT MAX(version) FROM schema_version"));
        var verification = await VerifyAsync(key);
        Assert.True(verification.IsValid, verification.ToString());
        Assert.Equal(5, verification.RecordsChecked);

        // The records from before the key are covered by the keyed ones after them.
        temp.Tamper("""UPDATE audit_log SET payload = '{"n":"rewritten"}' WHERE sequence = 2""");
        Assert.Equal(AuditBreak.Modified, (await VerifyAsync(key)).Break);
    }

    [Fact]
    public async Task An_empty_store_opened_with_a_key_is_sealed()
    {
        await using (await temp.OpenAsync(key))
        {
        }
        var verification = await VerifyAsync(key);
        Assert.True(verification.IsValid, verification.ToString());
        Assert.Equal(0, verification.RecordsChecked);
    }

    [Fact]
    public void The_attribute_hash_key_is_derived_from_the_audit_key_alone()
    {
        var key = AuditKey.Generate();
        var again = AuditKey.Parse(key.ToText()).DeriveAttributeHashKey();

        Assert.Equal(32, again.Length);
        Assert.Equal(key.DeriveAttributeHashKey(), again);
        Assert.NotEqual(again, AuditKey.Generate().DeriveAttributeHashKey());
        Assert.DoesNotContain(key.ToText(), Convert.ToBase64String(again), StringComparison.Ordinal);
    }
}
