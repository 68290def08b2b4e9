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

    public void Report(string judge, bool isFailing)
    {
        ArgumentException.ThrowIfNullOrEmpty(judge);
        failing[judge] = isFailing;
    }

    /// <summary>Whether <paramref name="judge"/> is failing, or any judge when it is null.</summary>
    public bool IsFailing(string? judge = null) =>
        judge is null ? failing.Any(pair => pair.Value) : failing.TryGetValue(judge, out var value) && value;
}
