using System.Collections.Immutable;

namespace Airs.Runtime.Policy;

// Objective intent: what an agent, a judge or a workflow is for, and when actions are evaluated against it.

/// <summary>How often actions are evaluated against an intent.</summary>
public enum EvaluationFrequency
{
    /// <summary>At every action (each decision the host asks for).</summary>
    EveryAction,
    /// <summary>When the host signals the end of a workflow phase (and at the workflow's end, which closes the last phase).</summary>
    PerPhase,
    /// <summary>Once, when the host signals the end of the workflow.</summary>
    AfterExecution,
}

/// <summary>Where in a workflow the host asks for a decision: <c>workflow.point</c> in the request context.</summary>
public enum EvaluationPoint
{
    /// <summary>An action; what a request that says nothing about its point is.</summary>
    Action,
    /// <summary>The end of a phase (<c>workflow.phase</c> names it).</summary>
    PhaseEnd,
    /// <summary>The end of the workflow.</summary>
    WorkflowEnd,
}

/// <summary>One named success or failure criterion: <c>refund_issued: "the approved amount was refunded once"</c>.</summary>
public sealed record CriterionSpec(string Name, string Text);

/// <summary>
/// An <c>intent</c> block. <paramref name="Tools"/> and <paramref name="Data"/> are what the agent's task needs (for a judge
/// they are empty); <paramref name="Evaluate"/> is resolved for the policy's tier when the block does not say it.
/// </summary>
public sealed record IntentSpec(
    string Goal,
    ImmutableArray<CriterionSpec> Success,
    ImmutableArray<CriterionSpec> Failure,
    ImmutableArray<string> Tools,
    ImmutableArray<string> Data,
    EvaluationFrequency Evaluate);

/// <summary>A <c>workflow</c> block: the agents that carry it out, in order, and the workflow's own intent.</summary>
public sealed record WorkflowSpec(string Name, ImmutableArray<string> Agents, IntentSpec Intent);

public sealed partial record PolicySpec
{
    /// <summary>The <c>workflow</c> blocks: which agents carry out each workflow, and its intent.</summary>
    public ImmutableArray<WorkflowSpec> Workflows { get; init; } = [];
}

public sealed partial record JudgeSpec
{
    /// <summary>The judge's own <c>intent</c> block, if it declares one.</summary>
    public IntentSpec? Intent { get; init; }

    /// <summary>
    /// When the judge runs (<see cref="EvaluationFrequencies.RunsAt"/>): its intent's <c>evaluate</c>, else every action.
    /// Null when the judge grades the acting agent against that agent's intent: then the agent's intent says when.
    /// </summary>
    public EvaluationFrequency? Evaluate { get; init; } = EvaluationFrequency.EveryAction;
}

public static class EvaluationFrequencies
{
    public static readonly KeywordTable<EvaluationFrequency> Table = new(
        (EvaluationFrequency.EveryAction, "every_action"), (EvaluationFrequency.PerPhase, "per_phase"), (EvaluationFrequency.AfterExecution, "after_execution"));

    public static string ToKeyword(this EvaluationFrequency frequency) => Table.ToKeyword(frequency);

    /// <summary>
    /// The framework's judge timing by tier: critical is real-time (every action), high near real-time (every action
    /// or per phase), medium and low batch (any).
    /// </summary>
    public static ImmutableArray<EvaluationFrequency> AllowedFor(Tier tier) => tier switch
    {
        Tier.Critical => [EvaluationFrequency.EveryAction],
        Tier.High => [EvaluationFrequency.EveryAction, EvaluationFrequency.PerPhase],
        _ => [EvaluationFrequency.EveryAction, EvaluationFrequency.PerPhase, EvaluationFrequency.AfterExecution],
    };

    /// <summary>What an intent that does not say <c>evaluate</c> gets: every action at high and critical, per phase at medium, after execution at low.</summary>
    public static EvaluationFrequency DefaultFor(Tier tier) => tier switch
    {
        Tier.Critical or Tier.High => EvaluationFrequency.EveryAction,
        Tier.Medium => EvaluationFrequency.PerPhase,
        _ => EvaluationFrequency.AfterExecution,
    };

    /// <summary>Whether actions evaluated at <paramref name="frequency"/> are evaluated at <paramref name="point"/>.</summary>
    public static bool RunsAt(this EvaluationFrequency frequency, EvaluationPoint point) => frequency switch
    {
        EvaluationFrequency.EveryAction => point == EvaluationPoint.Action,
        EvaluationFrequency.PerPhase => point is EvaluationPoint.PhaseEnd or EvaluationPoint.WorkflowEnd,
        _ => point == EvaluationPoint.WorkflowEnd,
    };
}

public static class EvaluationPoints
{
    /// <summary>The values of <c>workflow.point</c>; an absent or empty one is <c>action</c>.</summary>
    public static readonly KeywordTable<EvaluationPoint> Table = new(
        (EvaluationPoint.Action, "action"), (EvaluationPoint.PhaseEnd, "phase_end"), (EvaluationPoint.WorkflowEnd, "workflow_end"));

    public static string ToKeyword(this EvaluationPoint point) => Table.ToKeyword(point);

    /// <summary>Reads <c>workflow.point</c>: empty is <c>action</c>; anything but the three keywords is not a point.</summary>
    public static bool TryParse(string? text, out EvaluationPoint point)
    {
        if (string.IsNullOrEmpty(text))
        {
            point = EvaluationPoint.Action;
            return true;
        }
        return Table.TryParse(text, out point);
    }
}
