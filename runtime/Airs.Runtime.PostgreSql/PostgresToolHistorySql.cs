namespace Airs.Runtime.PostgreSql;

/// <summary>The tool history of sequence rules; created on every open under the migration lock (idempotent), one statement per entry.</summary>
internal static class PostgresToolHistorySql
{
    public static readonly IReadOnlyList<string> Create =
    [
        """
        CREATE TABLE IF NOT EXISTS tool_events (
            id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            policy   text   NOT NULL,
            session  text   NOT NULL,
            tool     text   NOT NULL,
            agent    text   NOT NULL,
            args     text   NOT NULL,
            at_ticks bigint NOT NULL)
        """,
        "CREATE INDEX IF NOT EXISTS tool_events_session ON tool_events (policy, session, id)",
        "CREATE INDEX IF NOT EXISTS tool_events_age ON tool_events (policy, at_ticks)",
    ];
}
