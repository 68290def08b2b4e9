using Airs.Runtime.Audit;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Airs.Runtime.Stores;

/// <summary>
/// The writer's audit statements on the hot path, prepared once on the writer's own handle and reused by every batch:
/// one INSERT stepped once per record, and the tail and keyed-head reads. Through <see cref="SqliteCommand"/> each
/// batch paid a command, eight parameters and a binder per row, a UTF-8 copy of every text and a fresh prepare of
/// the statement (about 1.7 KB per decision); here a row allocates nothing: text is bound as UTF-16 and SQLite
/// converts it as it copies, and a payload the engine wrote as UTF-8 is bound as those bytes. The statements run inside the batch's <c>BEGIN IMMEDIATE</c> transaction, which is on
/// the same connection, so durability is the batch's COMMIT, as before. Only the write queue's loop uses them.
/// </summary>
internal sealed class SqliteAuditStatements(SqliteConnection writer) : IDisposable
{
    private const string InsertRow = """
        INSERT INTO audit_log (sequence, time_ticks, kind, actor, payload, previous_hash, hash, mac)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8);
        """;
    private const string SelectTail = "SELECT sequence, hash FROM audit_log ORDER BY sequence DESC LIMIT 1;";
    private const string SelectSeal = "SELECT sequence, hash, key_id, mac FROM audit_head WHERE id = 1;";

    // An empty span binds a null pointer, which SQLite stores as NULL: empty text is bound from a terminated "".
    private static readonly byte[] EmptyText = [0];

    private sqlite3_stmt? insert;
    private sqlite3_stmt? tail;
    private sqlite3_stmt? seal;
    private sqlite3_stmt? syncFull;
    private sqlite3_stmt? syncNormal;

    /// <summary>Inserts <paramref name="records"/> in order, one step each.</summary>
    public void Insert(IReadOnlyList<AuditRecord> records)
    {
        var statement = Prepared(ref insert, InsertRow);
        foreach (var record in records)
        {
            try
            {
                Check(raw.sqlite3_bind_int64(statement, 1, record.Sequence));
                Check(raw.sqlite3_bind_int64(statement, 2, record.Time.UtcTicks));
                BindText(statement, 3, record.Kind);
                BindText(statement, 4, record.Actor);
                if (record.TryGetUtf8Payload(out var utf8) && !utf8.IsEmpty)
                {
                    Check(raw.sqlite3_bind_text(statement, 5, utf8.Span)); // UTF-8, the file's encoding: copied as they are
                }
                else
                {
                    BindText(statement, 5, record.Payload);
                }
                BindText(statement, 6, record.PreviousHash);
                BindText(statement, 7, record.Hash);
                if (record.Mac is null)
                {
                    Check(raw.sqlite3_bind_null(statement, 8));
                }
                else
                {
                    BindText(statement, 8, record.Mac);
                }
                Step(statement, expectRow: false);
            }
            finally
            {
                // Reset even on failure: a statement left mid-step would keep its read of the file open.
                raw.sqlite3_reset(statement);
            }
        }
    }

    /// <summary>Sets the writer's <c>synchronous</c> for its next commit: FULL (synced) or NORMAL (written only).</summary>
    public void SetSynchronous(bool full)
    {
        var statement = full
            ? Prepared(ref syncFull, "PRAGMA synchronous = FULL;")
            : Prepared(ref syncNormal, "PRAGMA synchronous = NORMAL;");
        try
        {
            Step(statement, expectRow: false);
        }
        finally
        {
            raw.sqlite3_reset(statement);
        }
    }

    /// <summary>The stored tail's sequence and hash (0 and genesis when the log is empty) and the keyed head.</summary>
    public (long Sequence, string Hash, AuditSeal? Seal) ReadTailAndSeal()
    {
        var (sequence, hash) = ReadOne(Prepared(ref tail, SelectTail),
            s => (raw.sqlite3_column_int64(s, 0), Stored(s, 1, AdoAirsStore.AuditTail)), (0L, AuditHash.Genesis));
        var head = ReadOne<AuditSeal?>(Prepared(ref seal, SelectSeal),
            s => new AuditSeal(Number(s, 0, KeyedHead), Stored(s, 1, KeyedHead), Stored(s, 2, KeyedHead), Stored(s, 3, KeyedHead)), null);
        return (sequence, hash, head);
    }

    private const string KeyedHead = AdoAirsStore.KeyedHead;

    // A NULL where the schema says NOT NULL (a table declared or edited by hand) is an edited row, as AdoAirsStore reads
    // one (AdoAirsStore.EditedNull), never a null string that the next record would be chained to.
    private static string Stored(sqlite3_stmt statement, int column, string row) =>
        IsNull(statement, column) ? throw Null(statement, column, row) : Text(statement, column);

    private static long Number(sqlite3_stmt statement, int column, string row) =>
        IsNull(statement, column) ? throw Null(statement, column, row) : raw.sqlite3_column_int64(statement, column);

    private static bool IsNull(sqlite3_stmt statement, int column) => raw.sqlite3_column_type(statement, column) == raw.SQLITE_NULL;

    private static FormatException Null(sqlite3_stmt statement, int column, string row) =>
        AdoAirsStore.EditedNull(raw.sqlite3_column_name(statement, column).utf8_to_string(), row);

    private T ReadOne<T>(sqlite3_stmt statement, Func<sqlite3_stmt, T> read, T none)
    {
        try
        {
            return Step(statement, expectRow: true) ? read(statement) : none;
        }
        finally
        {
            raw.sqlite3_reset(statement);
        }
    }

    private static string Text(sqlite3_stmt statement, int column) => raw.sqlite3_column_text(statement, column).utf8_to_string();

    private sqlite3_stmt Prepared(ref sqlite3_stmt? statement, string sql)
    {
        if (statement is null)
        {
            Check(raw.sqlite3_prepare_v2(writer.Handle, sql, out var prepared));
            statement = prepared;
        }
        return statement;
    }

    private void BindText(sqlite3_stmt statement, int index, string value) =>
        Check(value.Length == 0
            ? raw.sqlite3_bind_text(statement, index, utf8z.FromSpan(EmptyText))
            : raw.sqlite3_bind_text16(statement, index, value.AsSpan()));

    /// <summary>Steps once: true for a row, false when done; any other code throws as Microsoft.Data.Sqlite would.</summary>
    private bool Step(sqlite3_stmt statement, bool expectRow)
    {
        var rc = raw.sqlite3_step(statement);
        if (rc == raw.SQLITE_ROW && expectRow)
        {
            return true;
        }
        if (rc != raw.SQLITE_DONE)
        {
            Check(rc == raw.SQLITE_ROW ? raw.SQLITE_MISUSE : rc);
        }
        return false;
    }

    private void Check(int rc) => SqliteException.ThrowExceptionForRC(rc, writer.Handle);

    /// <summary>Finalizes the statements; before the writer closes, so its handle is not left open behind them.</summary>
    public void Dispose()
    {
        insert?.Dispose();
        tail?.Dispose();
        seal?.Dispose();
        syncFull?.Dispose();
        syncNormal?.Dispose();
        insert = tail = seal = syncFull = syncNormal = null;
    }
}
