namespace Airs.Runtime.Stores;

/// <summary>SQLite's own statements: pragmas, schema and migrations. The operations' statements are shared (<c>AdoSql</c>).</summary>
internal static class SqliteSql
{
    /// <summary>
    /// 1: the tables below. 2: a MAC per audit record and the keyed head (<see cref="MigrateToV2"/>). 3: the order
    /// review tickets were inserted in (<see cref="MigrateToV3"/>).
    /// </summary>
    public const int SchemaVersion = 3;

    /// <summary>Per-connection settings. <c>synchronous=FULL</c>: a commit is on disk before it is acknowledged.</summary>
    public const string WriterPragmas = """
        PRAGMA journal_mode = WAL;
        PRAGMA synchronous = FULL;
        PRAGMA busy_timeout = 10000;
        """;

    public const string ReaderPragmas = "PRAGMA busy_timeout = 10000;";

    public const string CreateSchema = """
        CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);

        CREATE TABLE IF NOT EXISTS audit_log (
            sequence      INTEGER PRIMARY KEY,
            time_ticks    INTEGER NOT NULL,
            kind          TEXT NOT NULL,
            actor         TEXT NOT NULL,
            payload       TEXT NOT NULL,
            previous_hash TEXT NOT NULL,
            hash          TEXT NOT NULL);
        CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

        CREATE TABLE IF NOT EXISTS review_tickets (
            id               TEXT PRIMARY KEY,
            policy           TEXT NOT NULL,
            review           TEXT NOT NULL,
            decision_id      TEXT NOT NULL,
            summary          TEXT NOT NULL,
            created_ticks    INTEGER NOT NULL,
            due_ticks        INTEGER NOT NULL,
            status           TEXT NOT NULL,
            resolved_by      TEXT,
            resolved_reason  TEXT,
            resolved_ticks   INTEGER,
            resolved_outcome TEXT);
        CREATE INDEX IF NOT EXISTS review_tickets_pending ON review_tickets (policy, status, due_ticks);

        CREATE TABLE IF NOT EXISTS breaker_events (
            id        INTEGER PRIMARY KEY,
            policy    TEXT NOT NULL,
            breaker   TEXT NOT NULL,
            scope_key TEXT NOT NULL,
            at_ticks  INTEGER NOT NULL);
        CREATE INDEX IF NOT EXISTS breaker_events_key ON breaker_events (policy, breaker, scope_key, at_ticks);

        -- The number of rows in breaker_events per key, kept in step so a count costs O(1), not O(window).
        CREATE TABLE IF NOT EXISTS breaker_windows (
            policy    TEXT NOT NULL,
            breaker   TEXT NOT NULL,
            scope_key TEXT NOT NULL,
            events    INTEGER NOT NULL,
            PRIMARY KEY (policy, breaker, scope_key));

        CREATE TABLE IF NOT EXISTS breaker_state (
            policy      TEXT NOT NULL,
            breaker     TEXT NOT NULL,
            scope_key   TEXT NOT NULL,
            state       TEXT NOT NULL,
            since_ticks INTEGER NOT NULL,
            manual      INTEGER NOT NULL,
            version     INTEGER NOT NULL,
            PRIMARY KEY (policy, breaker, scope_key));

        CREATE TABLE IF NOT EXISTS pace_state (
            policy      TEXT PRIMARY KEY,
            level       TEXT NOT NULL,
            since_ticks INTEGER NOT NULL,
            actor       TEXT NOT NULL,
            reason      TEXT NOT NULL,
            version     INTEGER NOT NULL);

        CREATE TABLE IF NOT EXISTS pace_transitions (
            id          INTEGER PRIMARY KEY,
            policy      TEXT NOT NULL,
            from_level  TEXT NOT NULL,
            to_level    TEXT NOT NULL,
            at_ticks    INTEGER NOT NULL,
            actor       TEXT NOT NULL,
            reason      TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS pace_transitions_policy ON pace_transitions (policy, id);
        """;

    /// <summary>Version 2: records written with an audit key carry a MAC; the keyed head lives in its own one-row table.</summary>
    public const string MigrateToV2 = """
        ALTER TABLE audit_log ADD COLUMN mac TEXT;
        CREATE TABLE audit_head (
            id       INTEGER PRIMARY KEY CHECK (id = 1),
            sequence INTEGER NOT NULL,
            hash     TEXT NOT NULL,
            key_id   TEXT NOT NULL,
            mac      TEXT NOT NULL);
        """;

    /// <summary>
    /// Version 3: each review ticket's place in the order the store took them (<c>inserted</c>), the long poll's cursor.
    /// Tickets already there are numbered in the order the poll used before: creation time, then id.
    /// </summary>
    public const string MigrateToV3 = """
        ALTER TABLE review_tickets ADD COLUMN inserted INTEGER;
        UPDATE review_tickets SET inserted = ordered.n
            FROM (SELECT id, ROW_NUMBER() OVER (ORDER BY created_ticks, id) AS n FROM review_tickets) AS ordered
            WHERE review_tickets.id = ordered.id;
        CREATE UNIQUE INDEX review_tickets_inserted ON review_tickets (inserted);
        """;

    /// <summary>
    /// Numbers a ticket inserted without <c>inserted</c> as the store's own insert does (MAX + 1), inside the inserting
    /// transaction, which holds SQLite's write lock: an airs of schema 2 still running on a file a newer one migrated (a
    /// rolling upgrade) inserts its tickets without it, and the long poll, which pages by it, would never return them.
    /// Made on every open (idempotent), so a file migrated to version 3 before it existed gets it too.
    /// </summary>
    public const string CreateTicketNumbering = """
        CREATE TRIGGER IF NOT EXISTS review_tickets_number AFTER INSERT ON review_tickets WHEN NEW.inserted IS NULL
            BEGIN UPDATE review_tickets SET inserted = (SELECT COALESCE(MAX(inserted), 0) + 1 FROM review_tickets) WHERE id = NEW.id; END;
        """;

    public const string SelectSchemaVersion = "SELECT MAX(version) FROM schema_version;";
    public const string InsertSchemaVersion = "INSERT INTO schema_version (version) VALUES ($version);";
}
