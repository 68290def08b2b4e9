namespace Airs.Runtime.Stores;

/// <summary>Every SQL statement of <see cref="SqliteAirsStore"/>, in one place. All values are parameters.</summary>
internal static class SqliteSql
{
    /// <summary>1: the tables below. 2: a MAC per audit record and the keyed head (<see cref="MigrateToV2"/>).</summary>
    public const int SchemaVersion = 2;

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

    public const string SelectSchemaVersion = "SELECT MAX(version) FROM schema_version;";
    public const string InsertSchemaVersion = "INSERT INTO schema_version (version) VALUES ($version);";

    // audit
    private const string AuditColumns = "sequence, time_ticks, kind, actor, payload, previous_hash, hash, mac";
    public const string SelectAuditHead = $"SELECT {AuditColumns} FROM audit_log ORDER BY sequence DESC LIMIT 1;";
    public const string InsertAudit = $"""
        INSERT INTO audit_log ({AuditColumns})
        VALUES ($sequence, $time, $kind, $actor, $payload, $previous_hash, $hash, $mac);
        """;
    public const string SelectAuditAfter = $"SELECT {AuditColumns} FROM audit_log WHERE sequence > $after ORDER BY sequence;";
    public const string CountAudit = "SELECT COUNT(*) FROM audit_log;";
    public const string SelectAnyKeyedAudit = "SELECT EXISTS (SELECT 1 FROM audit_log WHERE mac IS NOT NULL);";
    public const string SelectSeal = "SELECT sequence, hash, key_id, mac FROM audit_head WHERE id = 1;";
    public const string UpsertSeal = """
        INSERT INTO audit_head (id, sequence, hash, key_id, mac) VALUES (1, $sequence, $hash, $key_id, $mac)
        ON CONFLICT (id) DO UPDATE SET sequence = excluded.sequence, hash = excluded.hash, key_id = excluded.key_id, mac = excluded.mac;
        """;

    // reviews
    private const string TicketColumns =
        "id, policy, review, decision_id, summary, created_ticks, due_ticks, status, resolved_by, resolved_reason, resolved_ticks, resolved_outcome";
    public const string InsertTicket = $"""
        INSERT INTO review_tickets ({TicketColumns})
        VALUES ($id, $policy, $review, $decision_id, $summary, $created, $due, $status, NULL, NULL, NULL, NULL);
        """;
    public const string SelectTicket = $"SELECT {TicketColumns} FROM review_tickets WHERE id = $id;";
    public const string SelectAllTickets = $"SELECT {TicketColumns} FROM review_tickets ORDER BY id;";
    public const string SelectPendingTickets = $"""
        SELECT {TicketColumns} FROM review_tickets
        WHERE policy = $policy AND status = 'pending' AND ($review IS NULL OR review = $review)
        ORDER BY due_ticks, id;
        """;
    public const string SelectDueTickets = $"""
        SELECT {TicketColumns} FROM review_tickets
        WHERE policy = $policy AND status = 'pending' AND due_ticks <= $now
        ORDER BY due_ticks, id;
        """;
    public const string ResolveTicket = """
        UPDATE review_tickets
        SET status = $status, resolved_by = $by, resolved_reason = $reason, resolved_ticks = $at, resolved_outcome = $outcome
        WHERE id = $id AND status = 'pending';
        """;

    // breakers
    public const string InsertBreakerEvent = """
        INSERT INTO breaker_events (policy, breaker, scope_key, at_ticks) VALUES ($policy, $breaker, $scope_key, $at);
        """;
    public const string ForgetBreakerEvents = """
        DELETE FROM breaker_events
        WHERE policy = $policy AND breaker = $breaker AND scope_key = $scope_key AND at_ticks <= $window_start;
        """;
    public const string CountBreakerEvents = """
        INSERT INTO breaker_windows (policy, breaker, scope_key, events) VALUES ($policy, $breaker, $scope_key, 1)
        ON CONFLICT (policy, breaker, scope_key) DO UPDATE SET events = events + 1 - $forgotten
        RETURNING events;
        """;
    public const string ForgetAllBreakerEvents = """
        DELETE FROM breaker_events WHERE policy = $policy AND breaker = $breaker AND scope_key = $scope_key;
        UPDATE breaker_windows SET events = 0 WHERE policy = $policy AND breaker = $breaker AND scope_key = $scope_key;
        """;
    private const string BreakerColumns = "policy, breaker, scope_key, state, since_ticks, manual, version";
    public const string SelectBreaker = $"""
        SELECT {BreakerColumns} FROM breaker_state WHERE policy = $policy AND breaker = $breaker AND scope_key = $scope_key;
        """;
    public const string SelectBreakers = $"SELECT {BreakerColumns} FROM breaker_state WHERE policy = $policy ORDER BY breaker, scope_key;";
    public const string SelectAllBreakers = $"SELECT {BreakerColumns} FROM breaker_state ORDER BY policy, breaker, scope_key;";
    public const string InsertBreaker = $"""
        INSERT INTO breaker_state ({BreakerColumns}) VALUES ($policy, $breaker, $scope_key, $state, $since, $manual, $version)
        ON CONFLICT DO NOTHING;
        """;
    public const string UpdateBreaker = """
        UPDATE breaker_state SET state = $state, since_ticks = $since, manual = $manual, version = $version
        WHERE policy = $policy AND breaker = $breaker AND scope_key = $scope_key AND version = $expected;
        """;

    // PACE
    private const string PaceColumns = "policy, level, since_ticks, actor, reason, version";
    public const string SelectPace = $"SELECT {PaceColumns} FROM pace_state WHERE policy = $policy;";
    public const string SelectAllPace = $"SELECT {PaceColumns} FROM pace_state ORDER BY policy;";
    public const string InsertPace = $"""
        INSERT INTO pace_state ({PaceColumns}) VALUES ($policy, $level, $since, $actor, $reason, $version) ON CONFLICT DO NOTHING;
        """;
    public const string UpdatePace = """
        UPDATE pace_state SET level = $level, since_ticks = $since, actor = $actor, reason = $reason, version = $version
        WHERE policy = $policy AND version = $expected;
        """;
    public const string InsertPaceTransition = """
        INSERT INTO pace_transitions (policy, from_level, to_level, at_ticks, actor, reason)
        VALUES ($policy, $from, $to, $at, $actor, $reason);
        """;
    public const string SelectPaceTransitions = """
        SELECT policy, from_level, to_level, at_ticks, actor, reason FROM pace_transitions WHERE policy = $policy ORDER BY id;
        """;
}
