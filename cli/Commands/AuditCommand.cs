using System.CommandLine;
using System.Globalization;
using Airs.Compiler.Text;
using Airs.Runtime.Audit;
using Airs.Runtime.PostgreSql;
using Airs.Runtime.Stores;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Airs.Cli.Commands;

/// <summary>
/// `airs audit verify --store &lt;sqlite path | postgres url&gt; [--key &lt;file&gt;] [--anchor &lt;sequence&gt;:&lt;hash&gt; | --anchor-file &lt;file&gt;]`:
/// walks the shared chain and every writer's segment, checks every MAC and keyed head when given the key, every
/// cross-anchor, and the state tables against the log. Exit 0
/// when it verifies (the shared chain's head is printed; every chain's head is written to the anchor file and checked
/// by the next verification), 1 with the first problem named, 2 on misuse.
/// `airs audit new-key --out &lt;file&gt;` writes a new audit key.
/// </summary>
public static class AuditCommand
{
    public static Command Create(CliConsole console)
    {
        var store = new Option<string>("--store") { Description = "the SQLite store file, or the PostgreSQL store (postgres://… or Host=…)", Required = true };
        var key = new Option<string?>("--key") { Description = $"the audit key file the server writes with (default: ${AuditKey.EnvironmentVariable}, if set)" };
        var anchor = new Option<string?>("--anchor")
        {
            Description = "the heads of an earlier verification, as <sequence>:<hash> (and <segment>:<sequence>:<hash> per segment, space-separated); detects records cut from the end",
        };
        var anchorFile = new Option<string?>("--anchor-file") { Description = "a file outside the database holding the last verified heads: checked, then replaced by the new heads" };
        var verify = new Command("verify", "verify the audit log (hash chain, MACs, keyed head, state tables) and report the first problem")
        {
            store, key, anchor, anchorFile,
        };
        verify.SetAction((result, cancellation) => VerifyAsync(console, result.GetValue(store)!, LoadKey(result.GetValue(key)),
            result.GetValue(anchor), result.GetValue(anchorFile), cancellation));

        var output = new Option<string>("--out") { Description = "where to write the key (refuses to overwrite)", Required = true };
        var newKey = new Command("new-key", "write a new random audit key for `airs serve --audit-key`") { output };
        newKey.SetAction(result => WriteNewKey(console, result.GetValue(output)!));
        return new Command("audit", "inspect the audit log") { verify, newKey };
    }

    /// <summary>The key in <paramref name="path"/>, else in <c>$AIRS_AUDIT_KEY</c>, else none.</summary>
    public static AuditKey? LoadKey(string? path)
    {
        try
        {
            if (path is not null)
            {
                return File.Exists(path) ? AuditKey.Load(path) : throw new UsageException($"no audit key file at `{path}`");
            }
            var text = Environment.GetEnvironmentVariable(AuditKey.EnvironmentVariable);
            return string.IsNullOrWhiteSpace(text) ? null : AuditKey.Parse(text);
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{path ?? $"${AuditKey.EnvironmentVariable}"}: {e.Message.TrimEnd('.')}");
        }
    }

    private static int WriteNewKey(CliConsole console, string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        if (File.Exists(path))
        {
            throw new UsageException($"`{path}` exists; an audit key is never overwritten");
        }
        var key = AuditKey.Generate();
        using (var writer = new StreamWriter(path, options))
        {
            writer.WriteLine(key.ToText());
        }
        console.Out.WriteLine($"wrote audit key {key.Id} to `{path}`; keep it outside the store's machine backups");
        return AirsCommand.Ok;
    }

    /// <summary>An anchor file holds a line per segment: far less than this.</summary>
    private const long MaxAnchorFileBytes = 1 << 20;

    private static async Task<int> VerifyAsync(CliConsole console, string path, AuditKey? key, string? anchorText, string? anchorFile, CancellationToken cancellation)
    {
        // Usage problems are reported here rather than thrown: the command line's own handler would print a stack trace.
        if (anchorText is not null && anchorFile is not null)
        {
            return Misuse(console, "give `--anchor` or `--anchor-file`, not both");
        }
        if (anchorFile is not null && File.Exists(anchorFile))
        {
            try
            {
                // Read as a command's other inputs are: a FIFO held verify in its open, and a device ran it out of memory.
                anchorText = PolicyFile.ReadAllText(anchorFile, MaxAnchorFileBytes, "an anchor file").Trim();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return Misuse(console, PrintableText.Escape(e.Message.TrimEnd('.')));
            }
        }
        IReadOnlyList<AuditHead> anchors = [];
        var postgres = PostgresConnectionString.NamesDatabase(path);
        var misuse = anchorText is not null && !TryParseAnchors(anchorText, out anchors)
                ? $"`{PrintableText.Escape(anchorText)}` is not an anchor: expected <sequence>:<64 lowercase hex digits> (and <segment>:<sequence>:<hash> per segment), as written by a verification"
            : postgres ? PostgresMisuse(path)
            : !File.Exists(path) ? $"no store at `{path}`"
            : !HasAuditLog(path) ? $"`{path}` is not an airs store: it has no audit log"
            : null;
        if (misuse is not null)
        {
            return Misuse(console, misuse);
        }

        AuditVerification result;
        try
        {
            // Opened to read only, never migrated: a SQLite file is the same bytes after it as before, and every transaction
            // on PostgreSQL is READ ONLY (no segment of its own, no table created).
            await using AdoAirsStore store = postgres
                ? await PostgresAirsStore.OpenReadOnlyAsync(path, cancellation)
                : await SqliteAirsStore.OpenReadOnlyAsync(path, cancellation);
            result = await AuditVerifier.VerifyAnchoredAsync(store, anchors, key, cancellation);
        }
        catch (AirsStoreException e) when (e.NoStore)
        {
            return Misuse(console, PrintableText.Escape(e.Message)); // as a SQLite file without an audit log
        }
        catch (AirsStoreException e)
        {
            console.Error.WriteLine($"error: {PrintableText.Escape(e.Message)}");
            return AirsCommand.Problems;
        }
        catch (Exception e) when (e is SqliteException or InvalidCastException or FormatException or OverflowException)
        {
            console.Error.WriteLine($"error: cannot read the audit log of `{(postgres ? "the PostgreSQL store" : path)}`: {PrintableText.Escape(e.Message)}");
            return AirsCommand.Problems;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            return Misuse(console, $"no airs store: {PrintableText.Escape(e.MessageText)}"); // as no such file
        }
        catch (NpgsqlException e)
        {
            // Npgsql's messages name the server, never the password; the connection string is not repeated.
            console.Error.WriteLine($"error: cannot read the audit log of the PostgreSQL store: {PrintableText.Escape(e.Message)}");
            return AirsCommand.Problems;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
        }

        if (!result.IsValid)
        {
            var at = result.BrokenAt is { } sequence ? $" at record {AuditAnchor.Name(result.Segment, sequence)}" : "";
            // The message quotes the store (segment names, ticket ids, actors): whoever tampered with it chose those bytes.
            console.Error.WriteLine(PrintableText.Escape($"error: the audit log is broken{at} ({Keyword(result.Break)}): {result.Message}"));
            if (result.Head is { } lastGood)
            {
                console.Error.WriteLine(PrintableText.Escape($"last valid record: {lastGood.Sequence}:{lastGood.Hash}"));
            }
            return AirsCommand.Problems;
        }

        if (key is null)
        {
            console.Error.WriteLine("warning: no audit key given: only the hash chain was checked, and anyone who can write the store can recompute it; pass --key");
        }
        var head = result.Head;
        var with = key is null ? "" : $" with key {key.Id}";
        var segments = result.Segments - (head is null ? 0 : 1);
        var across = segments == 0 ? ""
            : $" in {result.Segments} chains ({segments} writer segment{(segments == 1 ? "" : "s")}, {result.AnchorsChecked} anchored head{(result.AnchorsChecked == 1 ? "" : "s")} checked)";
        console.Out.WriteLine(result.RecordsChecked == 0
            ? $"ok: the audit log is empty{(key is null ? "" : $" and sealed{with}")}"
            : $"ok: {result.RecordsChecked} record{(result.RecordsChecked == 1 ? "" : "s")} verified{across}{with}"
                + (head is null ? "" : $"; {(segments == 0 ? "head" : "shared chain head")} {head.Sequence}:{head.Hash}"));
        if (anchorFile is not null && result.Heads.Count > 0)
        {
            // Every chain's head, the shared chain's first: a segment cut back to an older keyed head breaks its own anchor.
            var temporary = anchorFile + ".tmp";
            File.WriteAllText(temporary, string.Concat(result.Heads.Select(h => $"{AuditAnchor.Name(h.Segment, h.Sequence)}:{h.Hash}\n")));
            File.Move(temporary, anchorFile, overwrite: true);
        }
        return AirsCommand.Ok;
    }

    /// <summary>Why the PostgreSQL connection string cannot be used, or null; never repeats it (it may hold a password).</summary>
    private static string? PostgresMisuse(string connection)
    {
        try
        {
            PostgresConnectionString.Parse(connection);
            return null;
        }
        catch (ArgumentException e)
        {
            return e.Message.Split(" (Parameter", 2)[0];
        }
    }

    private static int Misuse(CliConsole console, string message)
    {
        console.Error.WriteLine($"error: {message}");
        return AirsCommand.Usage;
    }

    /// <summary>Checks read-only that the file is an airs store, so verifying never turns some other database into one.</summary>
    internal static bool HasAuditLog(string path)
    {
        try
        {
            // Immutable unless a -wal holds frames: a read-only open of a WAL file otherwise makes a -wal and -shm beside it.
            using var connection = new SqliteConnection(SqliteAirsStore.ReadOnlyConnectionString(path));
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

    /// <summary>Heads separated by white space: <c>sequence:hash</c> for the shared chain, <c>segment:sequence:hash</c> for a segment, each chain once.</summary>
    private static bool TryParseAnchors(string text, out IReadOnlyList<AuditHead> anchors)
    {
        anchors = [];
        var heads = new List<AuditHead>();
        foreach (var token in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = token.Split(':');
            var segment = parts.Length == 3 ? parts[0] : "";
            if (parts.Length is not (2 or 3) || (parts.Length == 3 && (segment.Length is 0 or > 64 || !segment.All(char.IsAsciiLetterOrDigit)))
                || !long.TryParse(parts[^2], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) || sequence < 1
                || parts[^1].Length != 64 || !parts[^1].All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f')
                || heads.Any(h => h.Segment == segment))
            {
                return false;
            }
            heads.Add(new AuditHead(segment, sequence, parts[^1]));
        }
        anchors = heads;
        return heads.Count > 0;
    }

    private static string Keyword(AuditBreak kind) => kind switch
    {
        AuditBreak.Modified => "modified",
        AuditBreak.Missing => "missing",
        AuditBreak.BrokenLink => "broken link",
        AuditBreak.Reordered => "reordered",
        AuditBreak.Truncated => "truncated",
        AuditBreak.Forged => "forged",
        AuditBreak.OutsideChain => "outside the chain",
        AuditBreak.BadHead => "bad keyed head",
        AuditBreak.Unreadable => "unreadable",
        AuditBreak.StateMismatch => "state mismatch",
        AuditBreak.BrokenAnchor => "broken anchor",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
