using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Airs.Runtime.Decisions;

namespace Airs.Runtime.Policy;

// The declarative parts of a checked policy that the runtime pipeline acts on. The compiler lowers a
// policy into these records; a bundle's manifest carries them as JSON; the runtime never re-parses .airs.

/// <summary>Everything about a policy except its guard conditions (which are compiled code).</summary>
public sealed partial record PolicySpec(
    string Name,
    string Version,
    Tier Tier,
    string? Owner,
    ImmutableArray<string> Models,
    ImmutableArray<JudgeSpec> Judges,
    ImmutableArray<ReviewSpec> Reviews,
    ImmutableArray<BreakerSpec> Breakers,
    ImmutableArray<ToolSpec> Tools,
    ImmutableArray<AgentSpec> Agents,
    ImmutableArray<string> PolicyTools,
    ImmutableArray<PaceStateSpec> Pace)
{
    /// <summary>The request-context attributes the policy declares (<c>context { user.email: string sensitive }</c>).</summary>
    public ImmutableArray<AttributeSpec> Attributes { get; init; } = [];

    /// <summary>The policy's <c>limit</c> declarations: counts across requests, kept in the store.</summary>
    public ImmutableArray<LimitSpec> Limits { get; init; } = [];

    /// <summary>Tool calls that need an earlier call in the same session (<c>after "orders.lookup" same order_id</c>).</summary>
    public ImmutableArray<SequenceSpec> Sequences { get; init; } = [];

    /// <summary>The most delegations an <c>agent.chain</c> may hold (<c>max depth 2</c>); null when the policy sets none.</summary>
    public int? MaxDelegationDepth { get; init; }
}

/// <summary>What a judge verdict (or a failure, or an expiry) leads to.</summary>
/// <param name="Outcome">The outcome it asks for.</param>
/// <param name="Message">The user-facing message for block.</param>
/// <param name="Review">The review queue for escalate.</param>
/// <param name="Pace">The PACE level to move to, for <c>pace alternate</c>.</param>
public sealed record ActionSpec(Outcome Outcome, string? Message = null, string? Review = null, PaceLevel? Pace = null);

/// <param name="SampleRate">The share of decisions graded, resolved for the policy's tier (0–1).</param>
/// <param name="PromptTemplate">The prompt with <c>{{ field.path }}</c> placeholders; values are fenced and escaped at run time.</param>
/// <param name="ChallengerModel">A second, independent model that must agree (disagreement escalates).</param>
public sealed partial record JudgeSpec(
    string Name,
    string Id,
    Stage Stage,
    ControlMode Mode,
    string Model,
    string? ChallengerModel,
    double SampleRate,
    TimeSpan Timeout,
    bool Blocking,
    string PromptTemplate,
    ActionSpec OnFail,
    ActionSpec OnError,
    ImmutableArray<string> Maps)
{
    /// <summary>Raised sample rates while a guard of the same stage fired (<c>sample 100% when prompt_injection fired</c>).</summary>
    public ImmutableArray<SampleBoost> SampleWhen { get; init; } = [];

    /// <summary>The confidence band: a verdict below it (or without a confidence) is uncertain, and <see cref="OnUncertain"/> applies instead of pass or fail.</summary>
    public double? MinConfidence { get; init; }

    /// <summary>What an uncertain verdict leads to; null with a <see cref="MinConfidence"/> escalates to the policy's first review queue.</summary>
    public ActionSpec? OnUncertain { get; init; }
}

/// <summary><c>sample Rate when Guard fired</c>: the judge's sample rate while the guard fired on the decision (detect mode included).</summary>
public sealed record SampleBoost(string Guard, double Rate);

/// <summary>A human review queue. <paramref name="OnExpiry"/> applies when the SLA passes undecided.</summary>
public sealed record ReviewSpec(string Name, TimeSpan Sla, ActionSpec OnExpiry);

public enum BreakerCounter
{
    /// <summary>Decisions whose outcome was block or halt.</summary>
    Blocked,
    /// <summary>Decisions with any finding, detect-mode included.</summary>
    Findings,
    /// <summary>Decisions that escalated to review.</summary>
    Escalated,
    /// <summary>Judge timeouts, errors and unparseable verdicts.</summary>
    JudgeFailures,
}

public enum BreakerScope
{
    Global,
    User,
    Session,
    Agent,
}

/// <summary>The keywords of a breaker's <c>trip when &lt;counter&gt; … per &lt;scope&gt;</c>.</summary>
public static class BreakerKeywords
{
    public static readonly KeywordTable<BreakerCounter> Counters = new((BreakerCounter.Blocked, "blocked"), (BreakerCounter.Findings, "findings"),
        (BreakerCounter.Escalated, "escalated"), (BreakerCounter.JudgeFailures, "judge_failures"));

    public static readonly KeywordTable<BreakerScope> Scopes = new((BreakerScope.Global, "global"), (BreakerScope.User, "user"),
        (BreakerScope.Session, "session"), (BreakerScope.Agent, "agent"));

    public static string ToKeyword(this BreakerCounter counter) => Counters.ToKeyword(counter);

    public static string ToKeyword(this BreakerScope scope) => Scopes.ToKeyword(scope);
}

/// <summary><c>trip when Counter &gt;= Threshold within Window per Scope; cooldown; fallback</c>.</summary>
public sealed record BreakerSpec(
    string Name,
    BreakerCounter Counter,
    int Threshold,
    TimeSpan Window,
    BreakerScope Scope,
    TimeSpan Cooldown,
    string Fallback);

public enum ArgType
{
    String,
    Number,
    Bool,
    StringList,
    NumberList,
}

/// <summary>A declared tool argument. <see cref="Rules"/> says whether it may be absent and which values it takes.</summary>
public sealed record ToolArgSpec(string Name, ArgType Type)
{
    public ValueRules Rules { get; init; } = ValueRules.None;
}

/// <summary>A declared request-context attribute such as <c>user.email</c>: a path of two segments under <c>user</c> or <c>session</c>.</summary>
public sealed record AttributeSpec(string Path, ArgType Type)
{
    public ValueRules Rules { get; init; } = ValueRules.None;
}

/// <summary>
/// What a declared value (tool argument or context attribute) must satisfy beyond its type. Checked by the
/// implicit <c>tool_arguments</c> and <c>context_attributes</c> controls before any guard runs.
/// </summary>
public sealed record ValueRules
{
    public static readonly ValueRules None = new();

    /// <summary>May be absent (<c>amount?: number</c>); a required value that is absent is a finding.</summary>
    public bool Optional { get; init; }

    /// <summary>Never written in clear to the audit log or a review ticket.</summary>
    public bool Sensitive { get; init; }

    /// <summary>Inclusive bounds of a number (of each element of a list of numbers).</summary>
    public double? Min { get; init; }

    public double? Max { get; init; }

    /// <summary>A linear-time regex that a string (each element of a list of strings) must contain a match of.</summary>
    public string? Pattern { get; init; }

    public string PatternFlags { get; init; } = "";

    /// <summary>The only strings allowed (for each element of a list of strings); empty when any string is.</summary>
    public ImmutableArray<string> OneOf { get; init; } = [];

    public bool IsEmpty() => !Optional && !Sensitive && Min is null && Max is null && Pattern is null && OneOf.IsDefaultOrEmpty;
}

/// <summary>A typed tool. <paramref name="Writes"/> marks side effects (read-only PACE states deny it).</summary>
public sealed record ToolSpec(string Name, ImmutableArray<ToolArgSpec> Args, bool Writes);

/// <summary>An agent's own grant, what it may delegate to whom, which tools need approval, and what it is for.</summary>
public sealed record AgentSpec(
    string Name,
    ImmutableArray<string> Tools,
    ImmutableArray<DelegationSpec> Delegates,
    ImmutableArray<string> Approval,
    IntentSpec? Intent)
{
    /// <summary>The agent that takes over this one's work when PACE hands it over (<c>backup executor_standby</c>).</summary>
    public string? Backup { get; init; }
}

public sealed record DelegationSpec(string To, ImmutableArray<string> Tools);

public enum PaceLevel
{
    Primary,
    Alternate,
    Contingency,
    Emergency,
}

public enum PaceAction
{
    JudgesOff,
    /// <summary>Every judge grades every decision (<c>judges all</c>): sampling rises to 100%.</summary>
    JudgesAll,
    EnforceAll,
    ReviewAllOutputs,
    ToolsReadOnly,
    RespondFallback,
    Halt,
}

[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(JudgeFailingTrigger), "judge_failing")]
[JsonDerivedType(typeof(BreakerOpenTrigger), "breaker_open")]
public abstract record PaceTrigger;

/// <summary>A judge (or any judge, when <paramref name="Judge"/> is null) is failing.</summary>
public sealed record JudgeFailingTrigger(string? Judge) : PaceTrigger;

public sealed record BreakerOpenTrigger(string Breaker) : PaceTrigger;

/// <summary>A PACE level's entry conditions (any trigger) and the actions in force at that level.</summary>
public sealed record PaceStateSpec(
    PaceLevel Level,
    bool Manual,
    ImmutableArray<PaceTrigger> Triggers,
    ImmutableArray<PaceAction> Actions,
    string? FallbackMessage)
{
    /// <summary>Actions on one agent while the level is in force: isolate it, make it read-only, hand its work over.</summary>
    public ImmutableArray<AgentActionSpec> AgentActions { get; init; } = [];

    /// <summary>The principals who may move PACE into or out of this level by hand; empty when the host's list decides alone.</summary>
    public ImmutableArray<string> Authority { get; init; } = [];
}
