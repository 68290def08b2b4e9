namespace Airs.Runtime.Sequences;

/// <summary>
/// The per-session history sequence rules read, shared by every replica on the same store. Bounded: a record
/// forgets the session's events older than <c>forgetBefore</c> and keeps at most <c>keep</c> of the newest.
/// </summary>
public interface IToolHistoryStore
{
    /// <summary>Appends <paramref name="toolEvent"/> to the session's history and trims it, in one transaction.</summary>
    Task RecordToolEventAsync(string policy, string session, ToolEvent toolEvent, DateTimeOffset forgetBefore, int keep, CancellationToken cancellationToken = default);

    /// <summary>The session's events at or after <paramref name="since"/>, newest first, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<ToolEvent>> ReadToolEventsAsync(string policy, string session, DateTimeOffset since, int max, CancellationToken cancellationToken = default);
}
