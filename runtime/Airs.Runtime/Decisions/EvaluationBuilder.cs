using System.Collections.Immutable;

namespace Airs.Runtime.Decisions;

/// <summary>
/// Accumulates fired controls into an <see cref="Evaluation"/>: the one decision join. The interpreter, the
/// compiled evaluators, <c>airs test</c>'s judges and the engine's later layers all go through this type, so the
/// lattice join, the choice of message and the merging of redactions cannot drift apart.
/// </summary>
public sealed class EvaluationBuilder
{
    private readonly ImmutableArray<Finding>.Builder _findings = ImmutableArray.CreateBuilder<Finding>();
    // Made on first use: most evaluations fire nothing, or nothing that redacts, escalates or idles a judge.
    private List<Redaction>? _redactions;
    private List<string>? _escalations;
    private List<string>? _idleJudges;
    private readonly ImmutableArray<TraceEntry>.Builder? _trace;
    private Outcome _outcome = Outcome.Allow;
    private string? _message;

    public EvaluationBuilder(bool trace = false)
    {
        _trace = trace ? ImmutableArray.CreateBuilder<TraceEntry>() : null;
    }

    public Outcome Outcome => _outcome;

    /// <summary>The message so far: the first given by an enforcing finding at the current outcome.</summary>
    public string? Message => _message;

    /// <summary>Every finding so far, in the order fired.</summary>
    public IReadOnlyList<Finding> Findings => _findings;

    /// <summary>Review queues asked for by enforcing findings, first asked first.</summary>
    public IReadOnlyList<string> Escalations => (IReadOnlyList<string>?)_escalations ?? [];

    /// <summary>
    /// A builder that carries on from a finished evaluation, as if its controls had been fired into it: later
    /// layers (judges) join the same lattice, message rule and redactions.
    /// </summary>
    public static EvaluationBuilder Continue(Evaluation evaluation, bool trace)
    {
        var builder = new EvaluationBuilder(trace);
        builder._findings.AddRange(evaluation.Findings);
        if (!evaluation.Redactions.IsDefaultOrEmpty)
        {
            builder._redactions = [.. evaluation.Redactions];
        }
        if (!evaluation.Escalations.IsDefaultOrEmpty)
        {
            builder._escalations = [.. evaluation.Escalations];
        }
        if (!evaluation.IdleJudges.IsDefaultOrEmpty)
        {
            builder._idleJudges = [.. evaluation.IdleJudges];
        }
        builder._trace?.AddRange(evaluation.Trace);
        builder._outcome = evaluation.Outcome;
        builder._message = evaluation.Message;
        return builder;
    }

    /// <summary>Records that a control was evaluated and did not fire.</summary>
    public void NotFired(string control, Layer layer, string detail = "condition was false") =>
        _trace?.Add(new TraceEntry(control, layer, false, detail));

    /// <summary>Records that a judge's <c>when</c> condition was false, so the judge does not run on this decision.</summary>
    public void JudgeIdle(string judge)
    {
        (_idleJudges ??= []).Add(judge);
        _trace?.Add(new TraceEntry(judge, Layer.Judge, false, "its `when` condition was false"));
    }

    /// <summary>
    /// Records a fired control. Detect-mode findings are kept but change nothing else.
    /// The decision's message is the first message given by an enforcing finding at the final outcome.
    /// </summary>
    public void Fire(Finding finding, string? userMessage = null, string? escalateTo = null, IEnumerable<Redaction>? redactions = null)
    {
        _findings.Add(finding);
        _trace?.Add(new TraceEntry(finding.Control, finding.Layer, true,
            finding.Enforced ? finding.Outcome.ToKeyword() : $"{finding.Outcome.ToKeyword()} (detect only)"));
        if (!finding.Enforced)
        {
            return;
        }
        if (finding.Outcome > _outcome)
        {
            _outcome = finding.Outcome;
            _message = userMessage;
        }
        else if (finding.Outcome == _outcome && _message is null)
        {
            _message = userMessage;
        }
        if (escalateTo is not null && !(_escalations?.Contains(escalateTo) ?? false))
        {
            (_escalations ??= []).Add(escalateTo);
        }
        if (redactions is not null)
        {
            (_redactions ??= []).AddRange(redactions);
        }
    }

    public Evaluation Build() => new(
        _outcome,
        _outcome == Outcome.Allow ? null : _message,
        _findings.ToImmutable(),
        _redactions is null ? [] : RedactionSet.Merge(_redactions),
        _escalations is null ? [] : [.. _escalations],
        _trace?.ToImmutable() ?? [])
    {
        IdleJudges = _idleJudges is null ? [] : [.. _idleJudges],
    };
}
