using Airs.Runtime.Policy;

namespace Airs.Runtime.Breakers;

/// <summary>
/// Who a request belongs to, for choosing the scope key of each breaker: <c>global</c>, <c>user:&lt;id&gt;</c>,
/// <c>session:&lt;id&gt;</c> or <c>agent:&lt;id&gt;</c>. Requests without that id share the <c>anonymous</c> key.
/// </summary>
public readonly record struct BreakerScopes(string? UserId, string? SessionId, string? AgentId = null)
{
    public const string GlobalKey = "global";

    public string KeyFor(BreakerScope scope) => scope switch
    {
        BreakerScope.Global => GlobalKey,
        BreakerScope.User => "user:" + (string.IsNullOrEmpty(UserId) ? "anonymous" : UserId),
        BreakerScope.Session => "session:" + (string.IsNullOrEmpty(SessionId) ? "anonymous" : SessionId),
        BreakerScope.Agent => "agent:" + (string.IsNullOrEmpty(AgentId) ? "anonymous" : AgentId),
        _ => throw new ArgumentOutOfRangeException(nameof(scope)),
    };

    /// <summary>
    /// Why <paramref name="key"/> cannot be a key of a breaker with <paramref name="scope"/>, or null: a global
    /// breaker has the key <c>global</c>; the others <c>user:&lt;id&gt;</c>, <c>session:&lt;id&gt;</c> or <c>agent:&lt;id&gt;</c>, with an id of 1 to 256
    /// characters and no control characters.
    /// </summary>
    public static string? KeyProblem(BreakerScope scope, string key)
    {
        if (scope == BreakerScope.Global)
        {
            return key == GlobalKey ? null : $"this breaker is global: its only key is `{GlobalKey}`";
        }
        var prefix = scope switch
        {
            BreakerScope.User => "user:",
            BreakerScope.Agent => "agent:",
            _ => "session:",
        };
        if (!key.StartsWith(prefix, StringComparison.Ordinal))
        {
            return $"this breaker counts per {prefix.TrimEnd(':')}: its keys look like `{prefix}<id>`";
        }
        var id = key[prefix.Length..];
        return id.Length is > 0 and <= 256 && !id.Any(char.IsControl)
            ? null
            : $"the id in `{prefix}<id>` must be 1 to 256 characters without control characters";
    }
}
