using Airs.Runtime.Audit;
using Airs.Runtime.Breakers;
using Airs.Runtime.PostgreSql;
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

    [PostgresFact]
    public async Task A_bad_connection_string_is_misuse_and_never_echoed()
    {
        var (code, output, error) = await RunAsync("audit", "verify", "--store", "postgres://airs:s3cret-password-1234@localhost/db?no_such_option=1");
        Assert.Equal(AirsCommand.Usage, code);
        Assert.Equal("error: the postgres url parameter `no_such_option` is unknown or its value is not valid\n", error);
        Assert.DoesNotContain("s3cret", output + error, StringComparison.Ordinal);
    }
}
