using System.Collections.Immutable;

namespace Airs.Runtime.Decisions;

/// <summary>
/// The result of evaluating one stage of a policy's deterministic controls against one context.
/// Both the reference interpreter and the compiled evaluator produce exactly this.
/// </summary>
/// <param name="Outcome">The strictest outcome of all enforcing findings (allow if none).</param>
/// <param name="Message">The user-facing message of the control that decided a block or halt, if any.</param>
/// <param name="Findings">Every control that fired, enforcing and detect-mode, in evaluation order.</param>
/// <param name="Redactions">Merged, non-overlapping redactions sorted by field then start.</param>
/// <param name="Escalations">Review queues that enforcing controls escalated to, in order, without duplicates.</param>
/// <param name="Trace">Every control evaluated, fired or not.</param>
public sealed record Evaluation(
    Outcome Outcome,
    string? Message,
    ImmutableArray<Finding> Findings,
    ImmutableArray<Redaction> Redactions,
    ImmutableArray<string> Escalations,
    ImmutableArray<TraceEntry> Trace)
{
    public static readonly Evaluation Allowed = new(Outcome.Allow, null, [], [], [], []);

    /// <summary>The judges of the stage whose <c>when</c> condition was false, in declaration order: they do not run.</summary>
    public ImmutableArray<string> IdleJudges { get; init; } = [];
}
