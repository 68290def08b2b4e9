using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Functions;
using Airs.Runtime.Policy;
using Airs.Runtime.Sequences;

namespace Airs.Compiler.Interpretation;

/// <summary>
/// The tool history of one <c>airs test</c>, in memory on the test's clock: what the engine reads from and writes to
/// its store (<see cref="IToolHistoryStore"/>) around a decision, kept synchronous because a test is. Read before a
/// call a sequence rule governs; an allowed call some rule waits for is kept, bounded and expiring alike.
/// </summary>
internal sealed class ReplayedToolHistory(PolicySpec spec)
{
    private readonly ToolSequences sequences = new(spec);
    private readonly Dictionary<string, List<ToolEvent>> sessions = new(StringComparer.Ordinal);

    public ToolHistory Read(Stage stage, RequestContext context, DateTimeOffset now)
    {
        if (stage != Stage.ToolCall || string.IsNullOrEmpty(context.SessionId) || !sequences.Governs(context.ToolName))
        {
            return ToolHistory.None;
        }
        var since = now - sequences.Longest;
        var kept = sessions.TryGetValue(context.SessionId, out var events) ? events : [];
        return new ToolHistory(now, [.. kept.Where(e => e.At >= since).Reverse().Take(ToolSequences.MaxEventsPerSession)]);
    }

    public void Remember(Stage stage, RequestContext context, Outcome outcome, DateTimeOffset now)
    {
        if (stage != Stage.ToolCall || outcome >= Outcome.Escalate || string.IsNullOrEmpty(context.SessionId)
            || sequences.EventFor(context, now) is not { } toolEvent)
        {
            return;
        }
        if (!sessions.TryGetValue(context.SessionId, out var events))
        {
            sessions[context.SessionId] = events = [];
        }
        events.RemoveAll(e => e.At < now - sequences.Longest);
        events.Add(toolEvent);
        if (events.Count > ToolSequences.MaxEventsPerSession)
        {
            events.RemoveRange(0, events.Count - ToolSequences.MaxEventsPerSession);
        }
    }
}
