namespace Airs.Runtime.Stores;

/// <summary>
/// The statements of <see cref="AdoAirsStore"/> that SQLite and PostgreSQL read alike (<c>@name</c> parameters,
/// <c>ON CONFLICT</c> upserts, <c>RETURNING</c>). Each store keeps its own schema, migrations and locks.
/// All values are parameters. Times are UTC ticks in 64-bit integers, so they round-trip exactly.
/// </summary>
internal static class AdoSql
{
    // audit
    private const string AuditColumns = "sequence, time_ticks, kind, actor, payload, previous_hash, hash, mac";
    public const string SelectAuditHead = $"SELECT {AuditColumns} FROM audit_log ORDER BY sequence DESC LIMIT 1;";
    public const string SelectAuditTailAndSeal = """
        SELECT sequence, hash FROM audit_log ORDER BY sequence DESC LIMIT 1;
        SELECT sequence, hash, key_id, mac FROM audit_head WHERE id = 1;
        """;

    /// <summary>Rows per multi-row audit INSERT: 8 parameters a row, well inside every database's limit.</summary>
    public const int AuditRowsPerInsert = 64;

    private static readonly string[] AuditRowInserts = [.. Enumerable.Range(0, AuditRowsPerInsert + 1).Select(BuildInsertAuditRows)];
    private static readonly string[][] AuditRowParameters = [.. Enumerable.Range(0, AuditRowsPerInsert).Select(BuildAuditParameters)];

    /// <summary>An INSERT of <paramref name="rows"/> audit records, parameters named as <see cref="AuditParameters"/> says.</summary>
    public static string InsertAuditRows(int rows) => AuditRowInserts[rows];

    /// <summary>The eight parameter names of row <paramref name="row"/>, in <c>AuditColumns</c> order.</summary>
    public static string[] AuditParameters(int row) => AuditRowParameters[row];

    private static string[] BuildAuditParameters(int row) =>
        [.. new[] { "s", "t", "k", "a", "p", "ph", "h", "m" }.Select(n => $"@{n}{row}")];

    private static string BuildInsertAuditRows(int rows) => rows == 0 ? "" :
        $"INSERT INTO audit_log ({AuditColumns}) VALUES "
        + string.Join(", ", Enumerable.Range(0, rows).Select(r => $"({string.Join(", ", BuildAuditParameters(r))})")) + ";";

    public const string SelectAuditAfter = $"SELECT {AuditColumns} FROM audit_log WHERE sequence > @after ORDER BY sequence;";
    public const string CountAudit = "SELECT COUNT(*) FROM audit_log;";
    public const string SelectAnyKeyedAudit = "SELECT EXISTS (SELECT 1 FROM audit_log WHERE mac IS NOT NULL);";
    public const string SelectSeal = "SELECT sequence, hash, key_id, mac FROM audit_head WHERE id = 1;";
    public const string UpsertSeal = """
        INSERT INTO audit_head (id, sequence, hash, key_id, mac) VALUES (1, @sequence, @hash, @key_id, @mac)
        ON CONFLICT (id) DO UPDATE SET sequence = excluded.sequence, hash = excluded.hash, key_id = excluded.key_id, mac = excluded.mac;
        """;

    // reviews
    private const string TicketColumns =
        "id, policy, review, decision_id, summary, created_ticks, due_ticks, status, resolved_by, resolved_reason, resolved_ticks, resolved_outcome";
    // `inserted` is the order the store took the tickets in (the long poll's cursor). Every write transaction holds the
    // store's write lock (SQLite's, PostgreSQL's writers' lock) until it commits, so the next number is taken and
    // committed in the same order on every replica, whatever their clocks say.
    public const string InsertTicket = $"""
        INSERT INTO review_tickets ({TicketColumns}, inserted)
        VALUES (@id, @policy, @review, @decision_id, @summary, @created, @due, @status, NULL, NULL, NULL, NULL,
            (SELECT COALESCE(MAX(inserted), 0) + 1 FROM review_tickets));
        """;
    public const string SelectTicket = $"SELECT {TicketColumns} FROM review_tickets WHERE id = @id;";
    public const string SelectAllTickets = $"SELECT {TicketColumns} FROM review_tickets ORDER BY id;";
    // The cast gives PostgreSQL the type of a parameter that may be null.
    public const string SelectPendingTickets = $"""
        SELECT {TicketColumns} FROM review_tickets
        WHERE policy = @policy AND status = 'pending' AND (CAST(@review AS text) IS NULL OR review = CAST(@review AS text))
        ORDER BY due_ticks, id;
        """;
    public const string SelectPendingTicketsInsertedAfter = $"""
        SELECT {TicketColumns} FROM review_tickets
        WHERE status = 'pending' AND (CAST(@policy AS text) IS NULL OR policy = CAST(@policy AS text))
            AND (CAST(@after AS text) IS NULL OR inserted > (SELECT inserted FROM review_tickets WHERE id = CAST(@after AS text)))
        ORDER BY inserted;
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
    // breaker_windows keeps the number of rows in breaker_events per key, so a count costs O(1), not O(window).
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
