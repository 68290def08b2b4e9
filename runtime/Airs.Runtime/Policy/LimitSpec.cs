using System.Collections.Immutable;
using Airs.Runtime.Decisions;

namespace Airs.Runtime.Policy;

/// <summary>What a limit counts.</summary>
public enum LimitMeasure
{
    /// <summary>Requests: one per decision on the <c>input</c> stage.</summary>
    Requests,
    /// <summary>The tokens the model reported (<c>output.tokens</c>), counted on <c>output</c>, enforced on the next <c>input</c>.</summary>
    Tokens,
    /// <summary>Tokens times <see cref="LimitSpec.Price"/>, counted and enforced as tokens are.</summary>
    Cost,
    /// <summary>Tool calls: all, or those of <see cref="LimitSpec.Tool"/>.</summary>
    ToolCalls,
    /// <summary>The sum of the number argument <see cref="LimitSpec.Argument"/> of calls to <see cref="LimitSpec.Tool"/>.</summary>
    Sum,
}

/// <summary>Whose count a request adds to: one for all traffic, or one per user, session or agent.</summary>
public enum LimitScope
{
    Global,
    User,
    Session,
    Agent,
}

public static class LimitMeasures
{
    public static readonly KeywordTable<LimitMeasure> Table = new((LimitMeasure.Requests, "requests"), (LimitMeasure.Tokens, "tokens"),
        (LimitMeasure.Cost, "cost"), (LimitMeasure.ToolCalls, "tool_calls"), (LimitMeasure.Sum, "sum"));

    public static string ToKeyword(this LimitMeasure measure) => Table.ToKeyword(measure);
}

public static class LimitScopes
{
    public static readonly KeywordTable<LimitScope> Table = new((LimitScope.Global, "global"), (LimitScope.User, "user"),
        (LimitScope.Session, "session"), (LimitScope.Agent, "agent"));

    public static string ToKeyword(this LimitScope scope) => Table.ToKeyword(scope);
}

/// <summary>
/// <c>limit name { count …; max … within … per …; warn …; on exceed … }</c>: at most <paramref name="Max"/> of the
/// measure in each <paramref name="Window"/> (fixed windows aligned to UTC multiples of its length) per scope key.
/// </summary>
/// <param name="OnExceed">Block (with a retry-after) or escalate, past the limit.</param>
public sealed record LimitSpec(
    string Name,
    string Id,
    LimitMeasure Measure,
    double Max,
    TimeSpan Window,
    LimitScope Scope,
    ControlMode Mode,
    ActionSpec OnExceed)
{
    /// <summary>The tool whose calls count (<c>tool_calls</c>: null for every tool) or whose argument is summed.</summary>
    public string? Tool { get; init; }

    /// <summary>The summed number argument of <see cref="Tool"/>, for <see cref="LimitMeasure.Sum"/>.</summary>
    public string? Argument { get; init; }

    /// <summary>The price of one token, for <see cref="LimitMeasure.Cost"/>.</summary>
    public double Price { get; init; } = 1;

    /// <summary>The share of <see cref="Max"/> (0–1) from which a detect-only warning is recorded; null for none.</summary>
    public double? WarnAt { get; init; }

    public ImmutableArray<string> Maps { get; init; } = [];
}
