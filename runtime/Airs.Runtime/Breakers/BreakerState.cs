using Airs.Runtime.Policy;

namespace Airs.Runtime.Breakers;

public enum BreakerState
{
    /// <summary>Traffic flows; events are counted.</summary>
    Closed,
    /// <summary>Traffic gets the fallback until the cooldown passes.</summary>
    Open,
    /// <summary>One probe request has been let through; its result closes or re-opens the breaker.</summary>
    HalfOpen,
}

/// <summary>Breaker states as the stores and the audit log write them (<c>halfopen</c>: existing rows use it).</summary>
public static class BreakerStates
{
    public static readonly KeywordTable<BreakerState> Table = new(
        (BreakerState.Closed, "closed"), (BreakerState.Open, "open"), (BreakerState.HalfOpen, "halfopen"));

    public static string ToKeyword(this BreakerState state) => Table.ToKeyword(state);

    public static bool TryParse(string? keyword, out BreakerState state) => Table.TryParse(keyword, out state);
}

/// <summary>One breaker under one scope key, e.g. <c>violations</c> for <c>user:alice</c>.</summary>
public readonly record struct BreakerKey(string Policy, string Breaker, string ScopeKey)
{
    public override string ToString() => $"{Policy}/{Breaker}[{ScopeKey}]";
}

/// <summary>The persisted state of one breaker key.</summary>
/// <param name="Since">When it entered <paramref name="State"/>; for half-open, when the probe was granted.</param>
/// <param name="Manual">Tripped by a person: stays open until a person resets it.</param>
/// <param name="Version">Incremented by every change; stores update only when it still matches (compare-and-set).</param>
public sealed record BreakerRecord(BreakerKey Key, BreakerState State, DateTimeOffset Since, bool Manual, long Version);

/// <summary>The events in a key's window after recording one, and the key's state at that moment.</summary>
public sealed record BreakerTally(int Count, BreakerRecord? State);
