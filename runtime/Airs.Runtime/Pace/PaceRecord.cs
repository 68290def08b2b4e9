using Airs.Runtime.Audit;
using Airs.Runtime.Policy;

namespace Airs.Runtime.Pace;

/// <summary>The persisted PACE level of one policy.</summary>
/// <param name="Version">Incremented by every transition; stores apply a transition only when it still matches.</param>
public sealed record PaceRecord(string Policy, PaceLevel Level, DateTimeOffset Since, string Actor, string Reason, long Version)
{
    public static PaceRecord Initial(string policy, DateTimeOffset at) => new(policy, PaceLevel.Primary, at, AuditActors.System, "initial", 0);
}

/// <summary>One move between PACE levels, with who and why.</summary>
public sealed record PaceTransition(string Policy, PaceLevel From, PaceLevel To, DateTimeOffset At, string Actor, string Reason);
