using Airs.Runtime.Policy;

namespace Airs.Runtime.Breakers;

/// <summary>
/// Who a request belongs to, for choosing the scope key of each breaker: <c>global</c>, <c>user:&lt;id&gt;</c>
/// or <c>session:&lt;id&gt;</c>. Requests without a user (or session) id share the <c>anonymous</c> key.
/// </summary>
public readonly record struct BreakerScopes(string? UserId, string? SessionId)
{
    public const string GlobalKey = "global";

    public string KeyFor(BreakerScope scope) => scope switch
    {
        BreakerScope.Global => GlobalKey,
        BreakerScope.User => "user:" + (string.IsNullOrEmpty(UserId) ? "anonymous" : UserId),
        BreakerScope.Session => "session:" + (string.IsNullOrEmpty(SessionId) ? "anonymous" : SessionId),
        _ => throw new ArgumentOutOfRangeException(nameof(scope)),
    };
}
