using System.Collections.Immutable;
using Airs.Runtime.Decisions;

namespace Airs.Runtime.Engine;

/// <summary>
/// One decision while its layers run: the guardrails' evaluation, then the gate, judge, review and PACE
/// findings joined onto it with the same rules as <see cref="EvaluationBuilder"/> (the strictest enforcing
/// outcome wins; the message is the first given at that outcome; detect-mode findings change nothing).
/// Owned by one call of <c>DecideAsync</c>, never shared.
/// </summary>
internal sealed class DecisionDraft
{
    private readonly List<Finding> findings = [];
    private readonly List<string> escalations = [];

    public Outcome Outcome { get; private set; } = Outcome.Allow;

    public string? Message { get; private set; }

    public Evaluation Guardrails { get; private set; } = Evaluation.Allowed;

    public IReadOnlyList<Finding> Findings => findings;

    /// <summary>Review queues asked for by enforcing controls, first asked first.</summary>
    public IReadOnlyList<string> Escalations => escalations;

    public bool JudgesRan { get; set; }

    public int JudgeFailures { get; set; }

    public string? ReviewTicketId { get; set; }

    public void Apply(Evaluation evaluation)
    {
        Guardrails = evaluation;
        Outcome = evaluation.Outcome;
        Message = evaluation.Message;
        findings.AddRange(evaluation.Findings);
        escalations.AddRange(evaluation.Escalations);
    }

    public void Fire(Finding finding, string? userMessage = null, string? escalateTo = null)
    {
        findings.Add(finding);
        if (!finding.Enforced)
        {
            return;
        }
        if (finding.Outcome > Outcome)
        {
            Outcome = finding.Outcome;
            Message = userMessage;
        }
        else if (finding.Outcome == Outcome && Message is null)
        {
            Message = userMessage;
        }
        if (escalateTo is not null && !escalations.Contains(escalateTo))
        {
            escalations.Add(escalateTo);
        }
    }

    public ImmutableArray<Finding> BuildFindings() => [.. findings];
}
