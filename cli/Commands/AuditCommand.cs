using System.CommandLine;
using System.Globalization;
using Airs.Runtime.Audit;
using Airs.Runtime.Stores;
using Microsoft.Data.Sqlite;

namespace Airs.Cli.Commands;

/// <summary>
/// `airs audit verify --store <sqlite path> [--anchor <sequence>:<hash>]`: walks the hash chain. Exit 0 when it
/// verifies (the head is printed, to keep as the next anchor), 1 with the first broken link named, 2 on misuse.
/// </summary>
public static class AuditCommand
{
    public static Command Create(CliConsole console)
    {
        var store = new Option<string>("--store") { Description = "the SQLite store file", Required = true };
        var anchor = new Option<string?>("--anchor") { Description = "the head of an earlier verification, as <sequence>:<hash>; detects records cut from the end" };
        var verify = new Command("verify", "verify the audit log's hash chain and report the first broken link") { store, anchor };
        verify.SetAction((result, cancellation) => VerifyAsync(console, result.GetValue(store)!, result.GetValue(anchor), cancellation));
        return new Command("audit", "inspect the audit log") { verify };
    }

    private static async Task<int> VerifyAsync(CliConsole console, string path, string? anchorText, CancellationToken cancellation)
    {
        // Usage problems are reported here rather than thrown: the command line's own handler would print a stack trace.
        AuditRecord? anchor = null;
        var misuse = anchorText is not null && !TryParseAnchor(anchorText, out anchor)
                ? $"`{anchorText}` is not an anchor: expected <sequence>:<64 lowercase hex digits>, as printed by a verification"
            : !File.Exists(path) ? $"no store at `{path}`"
            : !HasAuditLog(path) ? $"`{path}` is not an airs store: it has no audit log"
            : null;
        if (misuse is not null)
        {
            console.Error.WriteLine($"error: {misuse}");
            return AirsCommand.Usage;
        }

        await using var store = await SqliteAirsStore.OpenAsync(path, cancellation);
        AuditVerification result;
        try
        {
            result = await AuditVerifier.VerifyAsync(store, anchor, cancellation);
        }
        catch (SqliteException e)
        {
            console.Error.WriteLine($"error: cannot read the audit log of `{path}`: {e.Message}");
            return AirsCommand.Problems;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
        }

        if (!result.IsValid)
        {
            console.Error.WriteLine($"error: the audit log is broken at record {result.BrokenAt} ({Keyword(result.Break)}): {result.Message}");
            if (result.Head is { } lastGood)
            {
                console.Error.WriteLine($"last valid record: {lastGood.Sequence}:{lastGood.Hash}");
            }
            return AirsCommand.Problems;
        }

        var head = result.Head;
        console.Out.WriteLine(head is null
            ? "ok: the audit log is empty"
            : $"ok: {result.RecordsChecked} record{(result.RecordsChecked == 1 ? "" : "s")} verified; head {head.Sequence}:{head.Hash}");
        return AirsCommand.Ok;
    }

    /// <summary>Checks read-only that the file is an airs store, so verifying never turns some other database into one.</summary>
    private static bool HasAuditLog(string path)
    {
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'";
            return command.ExecuteScalar() is not null;
        }
        catch (SqliteException)
        {
            return false; // not a SQLite database at all
        }
    }

    private static bool TryParseAnchor(string text, out AuditRecord? anchor)
    {
        anchor = null;
        var parts = text.Split(':');
        if (parts.Length != 2 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) || sequence < 1
            || parts[1].Length != 64 || !parts[1].All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f'))
        {
            return false;
        }
        // Only the sequence and hash of an anchor are compared.
        anchor = new AuditRecord(sequence, default, "", "", "", "", parts[1]);
        return true;
    }

    private static string Keyword(AuditBreak kind) => kind switch
    {
        AuditBreak.Modified => "modified",
        AuditBreak.Missing => "missing",
        AuditBreak.BrokenLink => "broken link",
        AuditBreak.Reordered => "reordered",
        AuditBreak.Truncated => "truncated",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
