namespace Airs.Runtime.Stores;

/// <summary>The tool history of sequence rules; created on every open (idempotent), so it needs no schema version of its own.</summary>
internal static class SqliteToolHistorySql
{
    public const string Create = """
        CREATE TABLE IF NOT EXISTS tool_events (
            id       INTEGER PRIMARY KEY AUTOINCREMENT,
            policy   TEXT    NOT NULL,
            session  TEXT    NOT NULL,
            tool     TEXT    NOT NULL,
            agent    TEXT    NOT NULL,
            args     TEXT    NOT NULL,
            at_ticks INTEGER NOT NULL);
        CREATE INDEX IF NOT EXISTS tool_events_session ON tool_events (policy, session, id);
        CREATE INDEX IF NOT EXISTS tool_events_age ON tool_events (policy, at_ticks);
        """;
}
