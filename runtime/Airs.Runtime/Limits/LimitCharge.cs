using Airs.Runtime.Policy;

namespace Airs.Runtime.Limits;

/// <summary>How a charge meets its count.</summary>
public enum LimitChargeKind
{
    /// <summary>Add the amount only if the count stays within the limit; refuse otherwise (requests, tool calls, sums).</summary>
    Admit,
    /// <summary>Add the amount whatever the count: it is already spent (reported tokens, and anything in detect mode).</summary>
    Spend,
    /// <summary>Add nothing; refuse if the count has reached the limit (a request before its tokens are spent).</summary>
    Check,
    /// <summary>
    /// Take back what an admission of the same request added, because another limit refused the request: subtract the
    /// amount from the count of the charge's window (never below 0); a count of another window is left alone.
    /// </summary>
    Return,
}

/// <summary>What one request owes one limit: the count it meets (<paramref name="Key"/> in the window from <paramref name="WindowStart"/>, UTC ticks) and how.</summary>
public readonly record struct LimitCharge(LimitSpec Limit, LimitKey Key, long WindowStart, double Amount, LimitChargeKind Kind)
{
    /// <summary>When the window ends, and with it the count.</summary>
    public DateTimeOffset WindowEnd => new(WindowStart + Limit.Window.Ticks, TimeSpan.Zero);
}
