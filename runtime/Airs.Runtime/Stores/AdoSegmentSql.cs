namespace Airs.Runtime.Stores;

/// <summary>
/// The audit statements of a schema with writers' segments (PostgreSQL): <c>audit_log</c> has a <c>segment</c> column
/// (<c>''</c> for the shared chain), <c>audit_segments</c> lists every writer's segment, <c>audit_segment_heads</c> holds
/// each segment's keyed head. The shared chain's statements filter on <c>segment = ''</c>.
/// </summary>
internal static class AdoSegmentSql
{
    private const string AuditColumns = "sequence, time_ticks, kind, actor, payload, previous_hash, hash, mac, segment";

    public const string SelectSharedHead = $"SELECT {AuditColumns} FROM audit_log WHERE segment = '' ORDER BY sequence DESC LIMIT 1;";
    public const string SelectSharedTailAndSeal = """
        SELECT sequence, hash FROM audit_log WHERE segment = '' ORDER BY sequence DESC LIMIT 1;
        SELECT sequence, hash, key_id, mac FROM audit_head WHERE id = 1;
        """;
    public const string SelectAnySharedKeyed = "SELECT EXISTS (SELECT 1 FROM audit_log WHERE segment = '' AND mac IS NOT NULL);";
    public const string SelectAnyKeyed = "SELECT EXISTS (SELECT 1 FROM audit_log WHERE mac IS NOT NULL);";

    /// <summary>Every chain in (segment, sequence) order: the shared chain first, then each segment.</summary>
    public const string SelectAuditAfter = $"SELECT {AuditColumns} FROM audit_log WHERE sequence > @after ORDER BY segment, sequence;";

    public const string RegisterSegment = "INSERT INTO audit_segments (segment, opened_ticks) VALUES (@segment, @opened);";

    public const string SelectSegmentTailAndSeal = """
        SELECT sequence, hash FROM audit_log WHERE segment = @segment ORDER BY sequence DESC LIMIT 1;
        SELECT sequence, hash, key_id, mac FROM audit_segment_heads WHERE segment = @segment;
        """;

    public const string UpsertSegmentSeal = """
        INSERT INTO audit_segment_heads (segment, sequence, hash, key_id, mac) VALUES (@segment, @sequence, @hash, @key_id, @mac)
        ON CONFLICT (segment) DO UPDATE SET sequence = excluded.sequence, hash = excluded.hash, key_id = excluded.key_id, mac = excluded.mac;
        """;

    public const string SelectSegmentSeals = "SELECT sequence, hash, key_id, mac, segment FROM audit_segment_heads ORDER BY segment;";

    /// <summary>The committed head of the shared chain and of every other segment: one index probe each.</summary>
    public const string SelectOtherHeads = """
        SELECT s.segment, t.sequence, t.hash
        FROM (SELECT '' AS segment UNION ALL SELECT segment FROM audit_segments WHERE segment <> @segment) s
        CROSS JOIN LATERAL (SELECT sequence, hash FROM audit_log a WHERE a.segment = s.segment ORDER BY sequence DESC LIMIT 1) t
        ORDER BY s.segment;
        """;

    /// <summary>For a keyed store's open: each segment's tail (null when empty), keyed head, and whether it has keyed records.</summary>
    public const string SelectSegmentsToAdopt = """
        SELECT s.segment, t.sequence, t.hash, h.sequence, h.hash, h.key_id, h.mac,
               EXISTS (SELECT 1 FROM audit_log k WHERE k.segment = s.segment AND k.mac IS NOT NULL)
        FROM audit_segments s
        LEFT JOIN LATERAL (SELECT sequence, hash FROM audit_log a WHERE a.segment = s.segment ORDER BY sequence DESC LIMIT 1) t ON true
        LEFT JOIN audit_segment_heads h ON h.segment = s.segment;
        """;

    /// <summary>Rows per multi-row INSERT into a segment: 8 parameters a row and the segment once.</summary>
    public const int RowsPerInsert = 64;

    private static readonly string[] RowInserts = [.. Enumerable.Range(0, RowsPerInsert + 1).Select(BuildInsertRows)];

    /// <summary>An INSERT of <paramref name="rows"/> records of segment <c>@segment</c>, parameters named as <see cref="AdoSql.AuditParameters"/> says.</summary>
    public static string InsertRows(int rows) => RowInserts[rows];

    private static string BuildInsertRows(int rows) => rows == 0 ? "" :
        "INSERT INTO audit_log (sequence, time_ticks, kind, actor, payload, previous_hash, hash, mac, segment) VALUES "
        + string.Join(", ", Enumerable.Range(0, rows).Select(r => $"({string.Join(", ", AdoSql.AuditParameters(r))}, @segment)")) + ";";
}
