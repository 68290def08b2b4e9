namespace Airs.Runtime.Sequences;

/// <summary>
/// The recent allowed tool calls of one session, as read from the store at <paramref name="Now"/>. The engine
/// reads it before a call that a sequence rule governs; the sequence control only looks at it, so the
/// interpreter and the compiled evaluators decide alike.
/// </summary>
public sealed record ToolHistory(DateTimeOffset Now, IReadOnlyList<ToolEvent> Events)
{
    /// <summary>No history read: every sequence rule is unmet, so the call is refused (fail closed).</summary>
    public static readonly ToolHistory None = new(DateTimeOffset.MinValue, []);
}
