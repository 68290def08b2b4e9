namespace Airs.Runtime.Stores;

/// <summary>The statements of the limit counts, in the SQL SQLite and PostgreSQL share.</summary>
internal static class AdoLimitSql
{
    /// <summary>Run on every open (it only adds a table), so a store of any earlier version gains it.</summary>
    public const string CreateTable = """
        CREATE TABLE IF NOT EXISTS limit_counts (
            policy       text NOT NULL,
            limit_name   text NOT NULL,
            scope_key    text NOT NULL,
            window_start bigint NOT NULL,
            amount       double precision NOT NULL,
            PRIMARY KEY (policy, limit_name, scope_key))
        """;

    private const string KeyMatches = "policy = @policy AND limit_name = @limit AND scope_key = @scope_key";

    public const string Select = $"SELECT window_start, amount FROM limit_counts WHERE {KeyMatches};";

    public const string Upsert = """
        INSERT INTO limit_counts (policy, limit_name, scope_key, window_start, amount) VALUES (@policy, @limit, @scope_key, @window_start, @amount)
        ON CONFLICT (policy, limit_name, scope_key) DO UPDATE SET window_start = excluded.window_start, amount = excluded.amount;
        """;

    /// <summary>A resident count's first write: inserts nothing (0 rows) if another process wrote the key meanwhile.</summary>
    public const string InsertNew = """
        INSERT INTO limit_counts (policy, limit_name, scope_key, window_start, amount) VALUES (@policy, @limit, @scope_key, @window_start, @amount)
        ON CONFLICT (policy, limit_name, scope_key) DO NOTHING;
        """;

    /// <summary>A resident count's next write: updates nothing (0 rows) unless the row still holds what this process last wrote.</summary>
    public const string UpdateFrom = $"""
        UPDATE limit_counts SET window_start = @window_start, amount = @amount
        WHERE {KeyMatches} AND window_start = @expected_window_start AND amount = @expected_amount;
        """;
}
