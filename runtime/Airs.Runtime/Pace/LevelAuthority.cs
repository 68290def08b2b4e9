using System.Collections.Frozen;
using Airs.Runtime.Policy;

namespace Airs.Runtime.Pace;

/// <summary>
/// Authority per PACE level (<c>authority ["oncall-lead"]</c> in a level): a manual move into or out of a level
/// that names principals needs one of them, besides what the host's own authoriser allows.
/// </summary>
public sealed class LevelAuthority(IPaceAuthorizer host, IEnumerable<PaceStateSpec> levels) : IPaceAuthorizer
{
    private readonly FrozenDictionary<PaceLevel, FrozenSet<string>> named = levels
        .Where(l => !l.Authority.IsDefaultOrEmpty)
        .ToFrozenDictionary(l => l.Level, l => l.Authority.ToFrozenSet(StringComparer.Ordinal));

    public bool IsAuthorized(string principal, PaceLevel from, PaceLevel to) =>
        host.IsAuthorized(principal, from, to) && Allows(from, principal) && Allows(to, principal);

    private bool Allows(PaceLevel level, string principal) => !named.TryGetValue(level, out var principals) || principals.Contains(principal);
}
