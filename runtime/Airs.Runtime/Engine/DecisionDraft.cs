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
    /// <summary>The join so far; judges fire into it through <see cref="Judges.JudgeActions.Apply"/>.</summary>
    public EvaluationBuilder Join { get; private set; } = new();

    public Outcome Outcome => Join.Outcome;

    public string? Message => Join.Message;

    public Evaluation Guardrails { get; private set; } = Evaluation.Allowed;

    public IReadOnlyList<Finding> Findings => Join.Findings;

    /// <summary>Review queues asked for by enforcing controls, first asked first.</summary>
    public IReadOnlyList<string> Escalations => Join.Escalations;

    public bool JudgesRan { get; set; }

    public int JudgeFailures { get; set; }

    public string? ReviewTicketId { get; set; }

    /// <summary>The longest retry-after of the limits that refused the request, if any did.</summary>
    public TimeSpan? RetryAfter { get; set; }

    /// <summary>Starts the join from the guardrails' evaluation. Called once, before any other layer fires: the gate
    /// fires only block and halt, and then the guardrails never run.</summary>
    public void Apply(Evaluation evaluation)
    {
        Debug.Assert(Join.Findings.Count == 0, "the guardrails' evaluation starts the decision");
        Guardrails = evaluation;
        Join = EvaluationBuilder.Continue(evaluation, trace: false);
    }

    public void Fire(Finding finding, string? userMessage = null, string? escalateTo = null) =>
        Join.Fire(finding, userMessage, escalateTo);

    public ImmutableArray<Finding> BuildFindings() => [.. Join.Findings];
}
