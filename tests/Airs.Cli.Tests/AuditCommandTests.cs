using System.Text.Json.Nodes;
using Airs.Cli;
using Airs.Runtime.Audit;
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

    private async Task WriteRecordsAsync(int count)
    {
        await using var store = await SqliteAirsStore.OpenAsync(StorePath);
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
}
