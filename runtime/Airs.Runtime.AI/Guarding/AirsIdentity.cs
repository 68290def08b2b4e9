namespace Airs.Runtime.AI.Guarding;

/// <summary>Who a chat request is for, as the host knows it (from its own authentication, never from the model's text).</summary>
/// <param name="UserId">Scopes per-user breakers and appears in the audit record.</param>
/// <param name="SessionId">Scopes per-session breakers.</param>
/// <param name="AgentId">The agent making tool calls, for the policy's agent permissions.</param>
/// <param name="AgentChain">The delegation chain that led to the agent, outermost first.</param>
public sealed record AirsIdentity(
    string UserId = "",
    string SessionId = "",
    string AgentId = "",
    IReadOnlyList<string>? AgentChain = null,
    IReadOnlyList<string>? UserRoles = null)
{
    /// <summary>No user, no session, no agent: per-user and per-session breakers then share one empty scope.</summary>
    public static readonly AirsIdentity Anonymous = new();
}

/// <summary>What a guarded client does when a policy refuses a message or a response.</summary>
public enum AirsBlockBehavior
{
    /// <summary>Return an assistant message carrying the policy's message (the default: callers need no new error path).</summary>
    Refuse,

    /// <summary>Throw an <see cref="AirsPolicyBlockedException"/> carrying the decision.</summary>
    Throw,
}
