namespace Airs.Runtime.PostgreSql;

/// <summary>PostgreSQL's own statements: locks, schema and migrations. The operations' statements are shared (<c>AdoSql</c>).</summary>
/// <remarks>
/// Tables live in the first schema of the connection's search path (<c>Search Path</c> in the connection
/// string picks another one). Times are UTC ticks in <c>bigint</c> so they round-trip exactly.
/// </remarks>
internal static class PostgresSql
{
    /// <summary>
    /// 1: <see cref="CreateSchemaV1"/>. 2: a MAC per audit record and the keyed head (<see cref="MigrateToV2"/>).
    /// 3: writers' audit segments (<see cref="MigrateToV3"/>). 4: the order review tickets were inserted in (<see cref="MigrateToV4"/>).
    /// </summary>
    public const int SchemaVersion = 4;

    // Advisory lock keys: the bytes of "airs.mig" and "airs.wri" read as big-endian integers, so they
    // are unlikely to collide with another application's locks on the same database.

    /// <summary>Serialises schema creation between replicas that open the store at once.</summary>
    public const string LockMigration = "SELECT pg_advisory_xact_lock(7019267333259356519);";

    /// <summary>
    /// Serialises every write transaction of every replica. Taken first, so writers never wait for each
    /// other's row locks in different orders (no deadlocks) and the audit head read after it is the last one.
    /// </summary>
    public const string LockWriters = "SELECT pg_advisory_xact_lock(7019267333260014185);";

    // For this transaction only (a segment batch's implicit one): its COMMIT returns before the WAL is flushed.
    public const string CommitWithoutFlush = "SELECT set_config('synchronous_commit', 'off', true);";
    public const string AssignTransactionId = "SELECT pg_current_xact_id();";

    public const string CreateVersionTable = "CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL);";
    public const string SelectSchemaVersion = "SELECT max(version) FROM schema_version;";
    // In the first schema of the search path that has it, as the other statements find their tables.
    public const string HasVersionTable = "SELECT to_regclass('schema_version') IS NOT NULL;";
    public const string InsertSchemaVersion = "INSERT INTO schema_version (version) VALUES (@version);";

    /// <summary>Version 1, run once per database under <see cref="LockMigration"/>; one statement per entry.</summary>
    public static readonly IReadOnlyList<string> CreateSchemaV1 =
    [
        """
        CREATE TABLE audit_log (
            sequence      bigint PRIMARY KEY,
            time_ticks    bigint NOT NULL,
            kind          text NOT NULL,
            actor         text NOT NULL,
            payload       text NOT NULL,
            previous_hash text NOT NULL,
            hash          text NOT NULL)
        """,
        """
        CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'insufficient_privilege';
        END
        $$
        """,
        """
        CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
            FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()
        """,
        """
        CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
            FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()
        """,
        """
        CREATE TABLE review_tickets (
            id               text PRIMARY KEY,
            policy           text NOT NULL,
            review           text NOT NULL,
            decision_id      text NOT NULL,
            summary          text NOT NULL,
            created_ticks    bigint NOT NULL,
            due_ticks        bigint NOT NULL,
            status           text NOT NULL,
            resolved_by      text,
            resolved_reason  text,
            resolved_ticks   bigint,
            resolved_outcome text)
        """,
        "CREATE INDEX review_tickets_pending ON review_tickets (policy, status, due_ticks)",
        """
        CREATE TABLE breaker_events (
            id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            policy    text NOT NULL,
            breaker   text NOT NULL,
            scope_key text NOT NULL,
            at_ticks  bigint NOT NULL)
        """,
        "CREATE INDEX breaker_events_key ON breaker_events (policy, breaker, scope_key, at_ticks)",
        // The number of rows in breaker_events per key, kept in step so a count costs O(1), not O(window).
        """
        CREATE TABLE breaker_windows (
            policy    text NOT NULL,
            breaker   text NOT NULL,
            scope_key text NOT NULL,
            events    integer NOT NULL,
            PRIMARY KEY (policy, breaker, scope_key))
        """,
        """
        CREATE TABLE breaker_state (
            policy      text NOT NULL,
            breaker     text NOT NULL,
            scope_key   text NOT NULL,
            state       text NOT NULL,
            since_ticks bigint NOT NULL,
            manual      boolean NOT NULL,
            version     bigint NOT NULL,
            PRIMARY KEY (policy, breaker, scope_key))
        """,
        """
        CREATE TABLE pace_state (
            policy      text PRIMARY KEY,
            level       text NOT NULL,
            since_ticks bigint NOT NULL,
            actor       text NOT NULL,
            reason      text NOT NULL,
            version     bigint NOT NULL)
        """,
        """
        CREATE TABLE pace_transitions (
            id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            policy      text NOT NULL,
            from_level  text NOT NULL,
            to_level    text NOT NULL,
            at_ticks    bigint NOT NULL,
            actor       text NOT NULL,
            reason      text NOT NULL)
        """,
        "CREATE INDEX pace_transitions_policy ON pace_transitions (policy, id)",
    ];

    /// <summary>Version 2: records written with an audit key carry a MAC; the keyed head lives in a one-row table.</summary>
    public static readonly IReadOnlyList<string> MigrateToV2 =
    [
        "ALTER TABLE audit_log ADD COLUMN mac text",
        """
        CREATE TABLE audit_head (
            id       integer PRIMARY KEY CHECK (id = 1),
            sequence bigint NOT NULL,
            hash     text NOT NULL,
            key_id   text NOT NULL,
            mac      text NOT NULL)
        """,
    ];

    /// <summary>
    /// Version 3: each writer appends to its own segment. Records before it stay in the shared chain (segment
    /// <c>''</c>, format v1), which state changes keep using; a segment's keyed head has its own row.
    /// </summary>
    public static readonly IReadOnlyList<string> MigrateToV3 =
    [
        "ALTER TABLE audit_log ADD COLUMN segment text NOT NULL DEFAULT ''",
        "ALTER TABLE audit_log DROP CONSTRAINT audit_log_pkey",
        "ALTER TABLE audit_log ADD PRIMARY KEY (segment, sequence)",
        """
        CREATE TABLE audit_segments (
            segment      text PRIMARY KEY,
            opened_ticks bigint NOT NULL)
        """,
        """
        CREATE TABLE audit_segment_heads (
            segment  text PRIMARY KEY,
            sequence bigint NOT NULL,
            hash     text NOT NULL,
            key_id   text NOT NULL,
            mac      text NOT NULL)
        """,
    ];

    /// <summary>
    /// Version 4: each review ticket's place in the order the store took them (<c>inserted</c>), the long poll's cursor,
    /// taken under the writers' lock. Tickets already there are numbered in the order the poll used before: creation
    /// time, then id.
    /// </summary>
    public static readonly IReadOnlyList<string> MigrateToV4 =
    [
        "ALTER TABLE review_tickets ADD COLUMN inserted bigint",
        """
        UPDATE review_tickets SET inserted = ordered.n
            FROM (SELECT id, row_number() OVER (ORDER BY created_ticks, id) AS n FROM review_tickets) AS ordered
            WHERE review_tickets.id = ordered.id
        """,
        "ALTER TABLE review_tickets ALTER COLUMN inserted SET NOT NULL",
        "CREATE UNIQUE INDEX review_tickets_inserted ON review_tickets (inserted)",
    ];

    /// <summary>
    /// Run on every open, in the migration's transaction (nothing, when the trigger is there): a review ticket inserted
    /// without <c>inserted</c>, as an airs of schema 3 still running on a database a newer one migrated to 4 inserts
    /// it, is numbered MAX + 1 in the inserting transaction, which holds the writers' lock as the store's own insert
    /// does, so it reaches the long poll instead of being refused by NOT NULL. A role that may not make it (no CREATE
    /// on the schema, not the table's owner) leaves it unmade, and such an insert is refused as before.
    /// </summary>
    public const string CreateTicketNumbering = """
        DO $$
        BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'review_tickets_number' AND tgrelid = 'review_tickets'::regclass) THEN
                CREATE OR REPLACE FUNCTION review_tickets_number() RETURNS trigger LANGUAGE plpgsql AS $number$
                BEGIN
                    IF NEW.inserted IS NULL THEN
                        NEW.inserted := (SELECT COALESCE(MAX(inserted), 0) + 1 FROM review_tickets);
                    END IF;
                    RETURN NEW;
                END
                $number$;
                CREATE TRIGGER review_tickets_number BEFORE INSERT ON review_tickets
                    FOR EACH ROW EXECUTE FUNCTION review_tickets_number();
            END IF;
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE NOTICE 'review_tickets_number not made: %', SQLERRM;
        END
        $$
        """;
}
