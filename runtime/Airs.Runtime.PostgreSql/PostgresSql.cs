namespace Airs.Runtime.PostgreSql;

/// <summary>Every SQL statement of <see cref="PostgresAirsStore"/>, in one place. All values are parameters.</summary>
/// <remarks>
/// Tables live in the first schema of the connection's search path (<c>Search Path</c> in the connection
/// string picks another one). Times are UTC ticks in <c>bigint</c> so they round-trip exactly.
/// </remarks>
internal static class PostgresSql
{
    /// <summary>1: <see cref="CreateSchemaV1"/>. 2: a MAC per audit record and the keyed head (<see cref="MigrateToV2"/>).</summary>
    public const int SchemaVersion = 2;

    // Advisory lock keys: the bytes of "airs.mig" and "airs.wri" read as big-endian integers, so they
    // are unlikely to collide with another application's locks on the same database.

    /// <summary>Serialises schema creation between replicas that open the store at once.</summary>
    public const string LockMigration = "SELECT pg_advisory_xact_lock(7019267333259356519);";

    /// <summary>
    /// Serialises every write transaction of every replica. Taken first, so writers never wait for each
    /// other's row locks in different orders (no deadlocks) and the audit head read after it is the last one.
    /// </summary>
    public const string LockWriters = "SELECT pg_advisory_xact_lock(7019267333260014185);";

    public const string CreateVersionTable = "CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL);";
    public const string SelectSchemaVersion = "SELECT max(version) FROM schema_version;";
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

    // audit
    private const string AuditColumns = "sequence, time_ticks, kind, actor, payload, previous_hash, hash, mac";
    public const string SelectAuditHead = $"SELECT {AuditColumns} FROM audit_log ORDER BY sequence DESC LIMIT 1;";
    public const string InsertAudit = $"""
        INSERT INTO audit_log ({AuditColumns})
        VALUES (@sequence, @time, @kind, @actor, @payload, @previous_hash, @hash, @mac);
        """;
    public const string CountAudit = "SELECT count(*) FROM audit_log;";
    public const string SelectAnyKeyedAudit = "SELECT EXISTS (SELECT 1 FROM audit_log WHERE mac IS NOT NULL);";
    public const string SelectSeal = "SELECT sequence, hash, key_id, mac FROM audit_head WHERE id = 1;";
    public const string UpsertSeal = """
        INSERT INTO audit_head (id, sequence, hash, key_id, mac) VALUES (1, @sequence, @hash, @key_id, @mac)
        ON CONFLICT (id) DO UPDATE SET sequence = excluded.sequence, hash = excluded.hash, key_id = excluded.key_id, mac = excluded.mac;
        """;
    public const string SelectAuditAfter = $"SELECT {AuditColumns} FROM audit_log WHERE sequence > @after ORDER BY sequence;";

    // reviews
    private const string TicketColumns =
        "id, policy, review, decision_id, summary, created_ticks, due_ticks, status, resolved_by, resolved_reason, resolved_ticks, resolved_outcome";
    public const string InsertTicket = $"""
        INSERT INTO review_tickets ({TicketColumns})
        VALUES (@id, @policy, @review, @decision_id, @summary, @created, @due, @status, NULL, NULL, NULL, NULL);
        """;
    public const string SelectTicket = $"SELECT {TicketColumns} FROM review_tickets WHERE id = @id;";
    public const string SelectAllTickets = $"SELECT {TicketColumns} FROM review_tickets ORDER BY id;";
    public const string SelectPendingTickets = $"""
        SELECT {TicketColumns} FROM review_tickets
        WHERE policy = @policy AND status = 'pending' AND (@review::text IS NULL OR review = @review::text)
        ORDER BY due_ticks, id;
        """;
    public const string SelectDueTickets = $"""
        SELECT {TicketColumns} FROM review_tickets
        WHERE policy = @policy AND status = 'pending' AND due_ticks <= @now
        ORDER BY due_ticks, id;
        """;
    public const string ResolveTicket = """
        UPDATE review_tickets
        SET status = @status, resolved_by = @by, resolved_reason = @reason, resolved_ticks = @at, resolved_outcome = @outcome
        WHERE id = @id AND status = 'pending';
        """;

    // breakers
    private const string KeyMatches = "policy = @policy AND breaker = @breaker AND scope_key = @scope_key";
    public const string InsertBreakerEvent = """
        INSERT INTO breaker_events (policy, breaker, scope_key, at_ticks) VALUES (@policy, @breaker, @scope_key, @at);
        """;
    public const string ForgetBreakerEvents = $"DELETE FROM breaker_events WHERE {KeyMatches} AND at_ticks <= @window_start;";
    public const string CountBreakerEvents = """
        INSERT INTO breaker_windows AS w (policy, breaker, scope_key, events) VALUES (@policy, @breaker, @scope_key, 1)
        ON CONFLICT (policy, breaker, scope_key) DO UPDATE SET events = w.events + 1 - @forgotten
        RETURNING events;
        """;
    public const string ForgetAllBreakerEvents = $"DELETE FROM breaker_events WHERE {KeyMatches};";
    public const string ResetBreakerWindow = $"UPDATE breaker_windows SET events = 0 WHERE {KeyMatches};";
    private const string BreakerColumns = "policy, breaker, scope_key, state, since_ticks, manual, version";
    public const string SelectBreaker = $"SELECT {BreakerColumns} FROM breaker_state WHERE {KeyMatches};";
    public const string SelectBreakers = $"SELECT {BreakerColumns} FROM breaker_state WHERE policy = @policy ORDER BY breaker, scope_key;";
    public const string SelectAllBreakers = $"SELECT {BreakerColumns} FROM breaker_state ORDER BY policy, breaker, scope_key;";
    public const string InsertBreaker = $"""
        INSERT INTO breaker_state ({BreakerColumns}) VALUES (@policy, @breaker, @scope_key, @state, @since, @manual, @version)
        ON CONFLICT DO NOTHING;
        """;
    public const string UpdateBreaker = $"""
        UPDATE breaker_state SET state = @state, since_ticks = @since, manual = @manual, version = @version
        WHERE {KeyMatches} AND version = @expected;
        """;

    // PACE
    private const string PaceColumns = "policy, level, since_ticks, actor, reason, version";
    public const string SelectPace = $"SELECT {PaceColumns} FROM pace_state WHERE policy = @policy;";
    public const string SelectAllPace = $"SELECT {PaceColumns} FROM pace_state ORDER BY policy;";
    public const string InsertPace = $"""
        INSERT INTO pace_state ({PaceColumns}) VALUES (@policy, @level, @since, @actor, @reason, @version) ON CONFLICT DO NOTHING;
        """;
    public const string UpdatePace = """
        UPDATE pace_state SET level = @level, since_ticks = @since, actor = @actor, reason = @reason, version = @version
        WHERE policy = @policy AND version = @expected;
        """;
    public const string InsertPaceTransition = """
        INSERT INTO pace_transitions (policy, from_level, to_level, at_ticks, actor, reason)
        VALUES (@policy, @from, @to, @at, @actor, @reason);
        """;
    public const string SelectPaceTransitions = """
        SELECT policy, from_level, to_level, at_ticks, actor, reason FROM pace_transitions WHERE policy = @policy ORDER BY id;
        """;
}
