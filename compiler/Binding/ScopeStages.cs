using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Binding;

/// <summary>
/// "The scope exists at that stage": a limit or a breaker that counts per user, session or agent keys its count by
/// that id, so the id's field must be part of the request context on every stage the count is kept on; where it
/// is not, every request would count under <c>anonymous</c>, one count shared by all. Vacuous with today's
/// <see cref="ContextSchema"/>, where <c>user.id</c>, <c>session.id</c> and <c>agent.id</c> exist on every stage; it
/// keeps a change to the schema from silently merging counts.
/// </summary>
internal static class ScopeStages
{
    /// <summary>The id field a scope keys its counts by; null for <c>global</c>.</summary>
    public static ContextField? FieldOf(LimitScope scope) => scope switch
    {
        LimitScope.User => ContextField.UserId,
        LimitScope.Session => ContextField.SessionId,
        LimitScope.Agent => ContextField.AgentId,
        _ => null,
    };

    public static ContextField? FieldOf(BreakerScope scope) => scope switch
    {
        BreakerScope.User => ContextField.UserId,
        BreakerScope.Session => ContextField.SessionId,
        BreakerScope.Agent => ContextField.AgentId,
        _ => null,
    };

    /// <summary>The stages of <paramref name="countedOn"/> on which <paramref name="schema"/> has no <paramref name="field"/>.</summary>
    public static IEnumerable<Stage> Missing(ContextField? field, IEnumerable<Stage> countedOn, IReadOnlyList<ContextFieldInfo> schema)
    {
        if (field is not { } id)
        {
            return [];
        }
        var info = schema.FirstOrDefault(f => f.Field == id);
        return countedOn.Where(stage => info is null || !info.Stages.Contains(stage));
    }
}
