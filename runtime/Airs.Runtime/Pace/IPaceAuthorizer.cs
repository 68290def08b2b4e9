using System.Collections.Frozen;
using Airs.Runtime.Policy;

namespace Airs.Runtime.Pace;

/// <summary>Decides who may move PACE by hand: every upgrade and every entry into a manual level.</summary>
public interface IPaceAuthorizer
{
    bool IsAuthorized(string principal, PaceLevel from, PaceLevel to);
}

/// <summary>A fixed set of principals allowed every manual PACE change.</summary>
public sealed class AllowedPrincipals(IEnumerable<string> principals) : IPaceAuthorizer
{
    private readonly FrozenSet<string> allowed = principals.ToFrozenSet(StringComparer.Ordinal);

    public bool IsAuthorized(string principal, PaceLevel from, PaceLevel to) => allowed.Contains(principal);
}
