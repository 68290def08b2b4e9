namespace Airs.Runtime.Stores;

/// <summary>
/// The statements of the tool history (sequence rules) that SQLite and PostgreSQL read alike. Each database creates
/// the <c>tool_events</c> table itself, idempotently, when it opens.
/// </summary>
internal static class ToolHistorySql
{
    public const string Insert = """
        INSERT INTO tool_events (policy, session, tool, agent, args, at_ticks) VALUES (@policy, @session, @tool, @agent, @args, @at);
        """;
    // Expired events of every session go, so a session that ends leaves nothing behind for long.
    public const string ForgetExpired = "DELETE FROM tool_events WHERE policy = @policy AND at_ticks < @forget_before;";
    public const string KeepNewest = """
        DELETE FROM tool_events WHERE policy = @policy AND session = @session AND id NOT IN (
            SELECT id FROM tool_events WHERE policy = @policy AND session = @session ORDER BY id DESC LIMIT @keep);
        """;
    public const string Select = """
        SELECT tool, agent, args, at_ticks FROM tool_events
        WHERE policy = @policy AND session = @session AND at_ticks >= @since ORDER BY id DESC LIMIT @max;
        """;
}
