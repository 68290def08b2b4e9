namespace Airs.Runtime.Limits;

/// <summary>One count: a limit of a policy for one scope key (<c>global</c>, <c>user:u1</c>, <c>session:s1</c>, <c>agent:a1</c>).</summary>
public readonly record struct LimitKey(string Policy, string Limit, string ScopeKey)
{
    public override string ToString() => $"{Policy}/{Limit}/{ScopeKey}";
}

/// <summary>A key's count after an add: whether the amount was added, and the count in the window now.</summary>
public readonly record struct LimitTally(bool Added, double Count)
{
    /// <summary>An admission refused because no double holds its exact sum, not because the sum is past the limit.</summary>
    public bool Inexact { get; init; }
}
