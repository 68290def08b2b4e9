using System.Text;
using Airs.Runtime.Audit;
using Airs.Runtime.Tests.Stores;
using FsCheck;
using FsCheck.Fluent;

namespace Airs.Runtime.Tests.Audit;

public sealed class AuditChainTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 15, 9, 0, 0, TimeSpan.Zero);

    private static AuditEntry Entry(int n) => new(T0.AddSeconds(n), AuditKinds.Decision, $"actor-{n}", $$"""{"n":{{n}}}""");

    private static async Task<TempStore> StoreWithAsync(int count)
    {
        var temp = new TempStore();
        await using var store = await temp.OpenAsync();
        for (var i = 1; i <= count; i++)
        {
            await store.AppendAuditAsync(Entry(i));
        }

        return temp;
    }

    private static async Task<AuditVerification> VerifyFileAsync(TempStore temp, AuditRecord? anchor = null)
    {
        await using var store = await temp.OpenAsync();
        return await AuditVerifier.VerifyAsync(store, anchor);
    }

    /// <summary>
    /// Both formats as docs/operations.md specifies them, computed outside .NET (Python's hashlib over the documented
    /// encoding): v1 for the shared chain, unchanged since records were first written, and v2 for a writer's segment.
    /// </summary>
    [Fact]
    public void TheHashFormatsArePinned()
    {
        Assert.Equal(639040644000000000, T0.UtcTicks);
        var v1 = AuditRecord.Chain(null, new AuditEntry(T0, AuditKinds.Decision, "tester", """{"n":1}"""));
        Assert.Equal("3248a743f1905f4bb83ade290eb67a5af7ff151a4aea3931ee2a034f6ebc29a6", v1.Hash);
        var v2 = AuditRecord.Chain("seg-a", 0, AuditHash.Genesis, new AuditEntry(T0, AuditKinds.Decision, "tester", """{"n":1}"""));
        Assert.Equal("9696f36157143866ce3833078263a72f13e7ecac1118552057d227f268b05e29", v2.Hash);
        Assert.Equal(v2.Hash, AuditHash.Compute(v2));
        Assert.NotEqual(v2.Hash, AuditHash.Compute(v2 with { Segment = "seg-b" }));
    }

    /// <summary>
    /// The engine gives its payloads as the UTF-8 its pooled writer wrote, not as strings: the record and its hash are
    /// the ones the same payload given as text makes (the pinned hashes above), so logs read and verify the same.
    /// </summary>
    [Fact]
    public void APayloadGivenAsUtf8HashesAsItsText()
    {
        var v1 = AuditRecord.Chain(null, new AuditEntry(T0, AuditKinds.Decision, "tester", """{"n":1}"""u8.ToArray()));
        Assert.Equal("3248a743f1905f4bb83ade290eb67a5af7ff151a4aea3931ee2a034f6ebc29a6", v1.Hash);
        var v2 = AuditRecord.Chain("seg-a", 0, AuditHash.Genesis, new AuditEntry(T0, AuditKinds.Decision, "tester", """{"n":1}"""u8.ToArray()));
        Assert.Equal("9696f36157143866ce3833078263a72f13e7ecac1118552057d227f268b05e29", v2.Hash);
        Assert.Equal(v2.Hash, AuditHash.Compute(v2));
        Assert.Equal("""{"n":1}""", v2.Payload);

        const string Text = """{"a":"é→𝄞","b":"\u003c"}""";
        var fromText = AuditRecord.Chain(null, new AuditEntry(T0, AuditKinds.Decision, "tester", Text));
        var fromBytes = AuditRecord.Chain(null, new AuditEntry(T0, AuditKinds.Decision, "tester", Encoding.UTF8.GetBytes(Text)));
        Assert.Equal(fromText.Hash, fromBytes.Hash);
        Assert.Equal(fromText, fromBytes);
        Assert.Equal(Text, fromBytes.Payload);
        Assert.NotEqual(fromBytes.Hash, AuditHash.Compute(fromBytes with { Payload = """{"a":"e"}""" }));
    }

    [Fact]
    public async Task APayloadGivenAsUtf8IsStoredAsItsText()
    {
        const string Text = """{"a":"é→𝄞","n":2}""";
        await using var temp = new TempStore();
        AuditRecord appended;
        await using (var store = await temp.OpenAsync())
        {
            await store.AppendAuditAsync(Entry(1));
            appended = await store.AppendAuditAsync(new AuditEntry(T0, AuditKinds.Decision, "system", Encoding.UTF8.GetBytes(Text)));
        }

        Assert.Equal("text", temp.Scalar("SELECT typeof(payload) FROM audit_log WHERE sequence = 2"));
        Assert.Equal(Text, temp.Scalar("SELECT payload FROM audit_log WHERE sequence = 2"));
        await using var reopened = await temp.OpenAsync();
        var records = await AuditReading.AllAsync(reopened);
        Assert.Equal(appended, records[1]);
        Assert.Equal(AuditHash.Compute(2, T0, AuditKinds.Decision, "system", Text, records[0].Hash), records[1].Hash);
        var verification = await AuditVerifier.VerifyAsync(reopened);
        Assert.True(verification.IsValid, verification.ToString());
    }

    [Fact]
    public async Task AppendsFormAnUnbrokenChain()
    {
        await using var temp = await StoreWithAsync(5);
        await using var store = await temp.OpenAsync();
        var records = await AuditReading.AllAsync(store);

        Assert.Equal([1L, 2, 3, 4, 5], records.Select(r => r.Sequence));
        Assert.Equal(AuditHash.Genesis, records[0].PreviousHash);
        for (var i = 1; i < records.Length; i++)
        {
            Assert.Equal(records[i - 1].Hash, records[i].PreviousHash);
        }

        var verification = await AuditVerifier.VerifyAsync(store);
        Assert.True(verification.IsValid, verification.ToString());
        Assert.Equal(5, verification.RecordsChecked);
        Assert.Equal(records[^1], verification.Head);
        Assert.Equal(records[^1], await store.GetAuditHeadAsync());
    }

    [Fact]
    public async Task TheAuditLogStampsTheInjectedTime()
    {
        var time = new FakeTimeProvider();
        time.Advance(TimeSpan.FromTicks(42));
        var store = new ListAuditStore([]);
        var log = new AuditLog(store, time);

        var record = await log.AppendAsync(AuditKinds.Decision, "engine", new System.Text.Json.Nodes.JsonObject { ["decision"] = "d-1" });

        Assert.Equal(time.GetUtcNow(), record.Time);
        Assert.Equal(("engine", """{"decision":"d-1"}"""), (record.Actor, record.Payload));
    }

    [Fact]
    public void TheHashCoversEveryField()
    {
        var record = AuditRecord.Chain(null, Entry(1));
        var variants = new[]
        {
            record with { Sequence = 2 },
            record with { Time = record.Time.AddTicks(1) },
            record with { Kind = AuditKinds.BreakerReset },
            record with { Actor = "someone-else" },
            record with { Payload = """{"n":2}""" },
            record with { PreviousHash = new string('1', 64) },
        };
        Assert.All(variants, v => Assert.NotEqual(record.Hash, AuditHash.Compute(v)));
        Assert.Equal(record.Hash, AuditHash.Compute(record));
        // Length prefixes: moving a character from one field to the next changes the hash.
        Assert.NotEqual(
            AuditHash.Compute(1, T0, "ab", "c", "{}", AuditHash.Genesis),
            AuditHash.Compute(1, T0, "a", "bc", "{}", AuditHash.Genesis));
    }

    [Fact]
    public async Task AnEditedPayloadIsNamed()
    {
        await using var temp = await StoreWithAsync(6);
        temp.Tamper("""UPDATE audit_log SET payload = '{"n":400}' WHERE sequence = 4""");

        var verification = await VerifyFileAsync(temp);
        Assert.Equal(AuditBreak.Modified, verification.Break);
        Assert.Equal(4, verification.BrokenAt);
        Assert.Equal(3, verification.Head?.Sequence);
        Assert.Equal("record 4 was modified: its hash does not match its contents", verification.Message);
    }

    [Fact]
    public async Task ADeletedRecordIsNamed()
    {
        await using var temp = await StoreWithAsync(6);
        temp.Tamper("DELETE FROM audit_log WHERE sequence = 3");

        var verification = await VerifyFileAsync(temp);
        Assert.Equal(AuditBreak.Missing, verification.Break);
        Assert.Equal(3, verification.BrokenAt);
        Assert.Equal("record 3 is missing: deleted from the log", verification.Message);
    }

    [Fact]
    public async Task ADeletedRecordWithTheRestRenumberedIsABrokenLink()
    {
        await using var temp = await StoreWithAsync(6);
        // The attacker deletes 3 and recomputes the hashes of the shifted records, but cannot fix the links without rewriting all.
        await using (var store = await temp.OpenAsync())
        {
            var records = await AuditReading.AllAsync(store);
            var statements = records.Where(r => r.Sequence > 3).Select(r =>
            {
                var moved = r with { Sequence = r.Sequence - 1 };
                return $"UPDATE audit_log SET sequence = {moved.Sequence}, hash = '{AuditHash.Compute(moved)}' WHERE sequence = {r.Sequence};";
            });
            temp.Tamper("DELETE FROM audit_log WHERE sequence = 3; " + string.Join(" ", statements));
        }

        var verification = await VerifyFileAsync(temp);
        Assert.Equal(AuditBreak.BrokenLink, verification.Break);
        Assert.Equal(3, verification.BrokenAt);
    }

    [Fact]
    public async Task ReorderedRecordsAreNamed()
    {
        await using var temp = await StoreWithAsync(6);
        // Swap records 2 and 5 wholesale (contents and hashes), keeping the sequence numbers in place.
        temp.Tamper("""
            UPDATE audit_log SET sequence = -2 WHERE sequence = 2;
            UPDATE audit_log SET sequence = 2 WHERE sequence = 5;
            UPDATE audit_log SET sequence = 5 WHERE sequence = -2;
            """);

        var verification = await VerifyFileAsync(temp);
        Assert.Equal(AuditBreak.Reordered, verification.Break);
        Assert.Equal(2, verification.BrokenAt);
        Assert.Equal("record 2 is out of place: records were reordered or replaced", verification.Message);
    }

    [Fact]
    public async Task TruncationIsFoundOnlyWithAnAnchor()
    {
        await using var temp = await StoreWithAsync(6);
        var anchor = (await VerifyFileAsync(temp)).Head;
        temp.Tamper("DELETE FROM audit_log WHERE sequence >= 5");

        Assert.True((await VerifyFileAsync(temp)).IsValid);
        var verification = await VerifyFileAsync(temp, anchor);
        Assert.Equal(AuditBreak.Truncated, verification.Break);
        Assert.Equal(5, verification.BrokenAt);
        Assert.Equal("records 5 to 6 are missing from the end of the log", verification.Message);
    }

    [Fact]
    public async Task TenThousandConcurrentAppendsKeepOneUnbrokenChain()
    {
        await using var temp = new TempStore();
        await using var store = await temp.OpenAsync();
        var appended = await Task.WhenAll(Enumerable.Range(1, 10_000).Select(i => Task.Run(() => store.AppendAuditAsync(Entry(i)))));

        Assert.Equal(Enumerable.Range(1, 10_000).Select(i => (long)i), appended.Select(r => r.Sequence).Order());
        var verification = await AuditVerifier.VerifyAsync(store);
        Assert.True(verification.IsValid, verification.ToString());
        Assert.Equal(10_000, verification.RecordsChecked);
        // Every payload made it exactly once.
        var payloads = (await AuditReading.AllAsync(store)).Select(r => r.Payload).ToHashSet();
        Assert.Equal(10_000, payloads.Count);
    }

    [Fact]
    public async Task TwoStoresOnOneFileDoNotForkTheChain()
    {
        await using var temp = new TempStore();
        await using var first = await temp.OpenAsync();
        await using var second = await temp.OpenAsync();
        await Task.WhenAll(Enumerable.Range(1, 400).Select(i => (i % 2 == 0 ? first : second).AppendAuditAsync(Entry(i))));

        var verification = await AuditVerifier.VerifyAsync(first);
        Assert.True(verification.IsValid, verification.ToString());
        Assert.Equal(400, verification.RecordsChecked);
    }

    [Fact]
    public void AnySingleEditIsNamedAtItsRecord()
    {
        var gen =
            from count in Gen.Choose(1, 40)
            from target in Gen.Choose(1, count)
            from field in Gen.Choose(0, 4)
            select (count, target, field);
        Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var store = new ListAuditStore([]);
            for (var i = 1; i <= c.count; i++)
            {
                store.AppendAuditAsync(Entry(i)).GetAwaiter().GetResult();
            }

            var index = c.target - 1;
            var original = store.Records[index];
            store.Records[index] = c.field switch
            {
                0 => original with { Payload = original.Payload + " " },
                1 => original with { Actor = "mallory" },
                2 => original with { Kind = AuditKinds.ReviewApproved },
                3 => original with { Time = original.Time.AddTicks(-1) },
                _ => original with { Hash = new string('f', 64) },
            };

            var verification = AuditVerifier.VerifyAsync(store).GetAwaiter().GetResult();
            return !verification.IsValid && verification.BrokenAt == c.target && verification.Break == AuditBreak.Modified;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void UntouchedChainsVerify()
    {
        Prop.ForAll(Gen.Choose(0, 60).ToArbitrary(), count =>
        {
            var store = new ListAuditStore([]);
            for (var i = 1; i <= count; i++)
            {
                store.AppendAuditAsync(Entry(i)).GetAwaiter().GetResult();
            }

            var verification = AuditVerifier.VerifyAsync(store).GetAwaiter().GetResult();
            return verification.IsValid && verification.RecordsChecked == count;
        }).QuickCheckThrowOnFailure();
    }
}
