using System.Collections.Concurrent;

namespace Airs.Runtime.Pace;

/// <summary>
/// Which judges are failing right now, as reported by the judge layer (timeouts, errors, unparseable
/// verdicts beyond its own tolerance). Read by <c>judge.failing</c> PACE triggers. In-process: each
/// replica reports what it sees, and PACE moves globally once any replica's triggers hold.
/// </summary>
public sealed class JudgeHealth
{
    private readonly ConcurrentDictionary<string, bool> failing = new(StringComparer.Ordinal);
    private long epoch;

    /// <summary>
    /// Incremented by <see cref="Reset"/>. Whoever counts errors towards a report keeps the epoch it counted in
    /// and starts afresh when it changes, so errors seen before a recovery never count after it.
    /// </summary>
    public long Epoch => Interlocked.Read(ref epoch);

    public void Report(string judge, bool isFailing)
    {
        ArgumentException.ThrowIfNullOrEmpty(judge);
        failing[judge] = isFailing;
    }

    /// <summary>
    /// Forgets every failure: after an authorised recovery each judge must fail again, on calls made after it,
    /// before a <c>judge.failing</c> trigger holds.
    /// </summary>
    public void Reset()
    {
        Interlocked.Increment(ref epoch);
        failing.Clear();
    }

    /// <summary>Whether <paramref name="judge"/> is failing, or any judge when it is null.</summary>
    public bool IsFailing(string? judge = null) =>
        judge is null ? failing.Any(pair => pair.Value) : failing.TryGetValue(judge, out var value) && value;
}
