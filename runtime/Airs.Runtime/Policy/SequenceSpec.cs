using System.Collections.Immutable;

namespace Airs.Runtime.Policy;

/// <summary>Where the earlier call of a sequence rule may have come from.</summary>
public enum SequenceScope
{
    /// <summary>Any agent (or none) in the same session.</summary>
    Session,

    /// <summary>An agent of the current <c>agent.chain</c>, in the same session.</summary>
    Chain,
}

/// <summary>
/// <c>after "orders.lookup" same order_id within 30m per session</c> in <c>tool "orders.refund"</c>: a call of
/// <paramref name="Tool"/> is allowed only after an allowed call of <paramref name="After"/> whose arguments named
/// in <paramref name="Same"/> had the same values, no longer than <paramref name="Within"/> ago.
/// </summary>
public sealed record SequenceSpec(string Tool, string After, ImmutableArray<string> Same, TimeSpan Within, SequenceScope Scope);

public static class SequenceScopes
{
    public static readonly KeywordTable<SequenceScope> Table = new((SequenceScope.Session, "session"), (SequenceScope.Chain, "chain"));

    public static string ToKeyword(this SequenceScope scope) => Table.ToKeyword(scope);
}
