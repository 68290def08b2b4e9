using System.Collections.Immutable;
using System.Diagnostics;
using Airs.Runtime.Decisions;

namespace Airs.Runtime.Engine;

/// <summary>
/// One decision while its layers run: the guardrails' evaluation, then the gate, judge, review and PACE
/// findings joined onto it by <see cref="EvaluationBuilder"/>, the one decision join (the strictest enforcing
/// outcome wins; the message is the first given at that outcome; detect-mode findings change nothing).
/// Owned by one call of <c>DecideAsync</c>, never shared.
/// </summary>
internal sealed class DecisionDraft
{
    private EvaluationBuilder? join;
    private IReadOnlyList<Finding> guardrailFindings = [];

    /// <summary>
    /// The join so far; judges and limits fire into it (<see cref="Judges.JudgeActions.Apply"/>). Made on first use:
    /// a decision on which nothing but the guardrails ran reads their evaluation as it is, without copying it.
    /// </summary>
    public EvaluationBuilder Join => join ??= EvaluationBuilder.Continue(Guardrails, trace: false);

    public Outcome Outcome => join?.Outcome ?? Guardrails.Outcome;

    public string? Message => join is null ? Guardrails.Message : join.Message;

    public Evaluation Guardrails { get; private set; } = Evaluation.Allowed;

    public IReadOnlyList<Finding> Findings => join?.Findings ?? guardrailFindings;

    /// <summary>Review queues asked for by enforcing controls, first asked first.</summary>
    public IReadOnlyList<string> Escalations => join?.Escalations ?? Guardrails.Escalations;

    public bool JudgesRan { get; set; }

    public int JudgeFailures { get; set; }

    public string? ReviewTicketId { get; set; }

    /// <summary>The longest retry-after of the limits that refused the request, if any did.</summary>
    public TimeSpan? RetryAfter { get; set; }

    /// <summary>Completes when the counts the request's limits added are durable (null: it met no limit).</summary>
    public Task? LimitsCommitted { get; set; }

    /// <summary>Starts the join from the guardrails' evaluation. Called once, before any other layer fires: the gate
    /// fires only block and halt, and then the guardrails never run.</summary>
    public void Apply(Evaluation evaluation)
    {
        Debug.Assert(join is null || join.Findings.Count == 0, "the guardrails' evaluation starts the decision");
        Guardrails = evaluation;
        if (!evaluation.Findings.IsDefaultOrEmpty)
        {
            guardrailFindings = evaluation.Findings; // boxed once, and only when something fired
        }
        join = null;
    }

    public void Fire(Finding finding, string? userMessage = null, string? escalateTo = null) =>
        Join.Fire(finding, userMessage, escalateTo);

    public ImmutableArray<Finding> BuildFindings() => join is null ? Guardrails.Findings.IsDefault ? [] : Guardrails.Findings : [.. join.Findings];
}
