using Airs.Runtime.Decisions;
using Airs.Runtime.Limits;
using Airs.Runtime.Policy;

namespace Airs.Runtime.Engine;

public sealed partial class PolicyEngine
{
    // ---- 2b. limits -----------------------------------------------------------------------------

    /// <summary>Whether a limit of the policy counts tokens or their cost: then the host must report the model's usage.</summary>
    public bool CountsTokens => !Spec.Limits.IsDefaultOrEmpty && Spec.Limits.Any(l => l.Measure is LimitMeasure.Tokens or LimitMeasure.Cost);

    /// <summary>
    /// Counts the tokens a model reported (<paramref name="context"/>'s <c>output.tokens</c>, under its identity) against
    /// the policy's token and cost limits, without deciding anything: for a host that learns the usage apart from the
    /// answer's <c>output</c> decisions — a streamed answer, one of only tool calls, one refused — as the gateway does.
    /// The tokens are spent: nothing is refused here, the next request's <c>input</c> decision is. Durable on return.
    /// </summary>
    public async Task SpendTokensAsync(Context.RequestContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        EnsureCountable(context);
        ObjectDisposedException.ThrowIf(stopping.IsCancellationRequested, this);
        if (!CountsTokens || context.OutputTokens == 0)
        {
            return;
        }
        var charges = LimitRules.Spent(LimitRules.Charges(Spec.Name, Spec.Limits, Spec.Agents, Stage.Output, context, time.GetUtcNow()));
        var (_, committed) = await store.MeetLimitsUncommittedAsync(charges, cancellationToken).ConfigureAwait(false);
        await committed.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Refuses an <c>output.tokens</c> that is not a count, as the context reader does: the limits add it up, and NaN makes
    /// every later comparison false (the limit never refuses again), a negative count takes spent tokens back.
    /// </summary>
    private static void EnsureCountable(Context.RequestContext context)
    {
        if (!double.IsFinite(context.OutputTokens) || context.OutputTokens < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(context), context.OutputTokens, "`output.tokens` must be a finite number of at least 0");
        }
    }

    /// <summary>
    /// Meets the request's charges in the store, in declaration order; when the guardrails already refused it, only what
    /// it has spent regardless (an answer's reported tokens). A refused admission is not counted, and a request a limit refused gives back what the other
    /// limits admitted; the decision, with the limit's finding, is the audit record.
    /// </summary>
    private async Task LimitAsync(DecisionDraft draft, Stage stage, Context.RequestContext context, CancellationToken cancellationToken)
    {
        if (Spec.Limits.IsDefaultOrEmpty)
        {
            return;
        }
        var now = time.GetUtcNow();
        var charges = LimitRules.Charges(Spec.Name, Spec.Limits, Spec.Agents, stage, context, now);
        if (draft.Outcome >= Outcome.Block)
        {
            charges = LimitRules.Spent(charges);
        }
        if (charges.Count == 0)
        {
            return;
        }
        // One store call for all of the request's counters. The counts may become durable only with the batch that
        // commits the decision's record: the decision is acknowledged after both (DecideCoreAsync).
        // Refused by one limit, the request gives back what the others admitted, in the same store operation
        // (LimitRules.Returns says why).
        var (tallies, committed) = await store.MeetLimitsUncommittedAsync(charges, cancellationToken).ConfigureAwait(false);
        draft.LimitsCommitted = committed;
        for (var i = 0; i < charges.Count; i++)
        {
            if (LimitRules.Apply(draft.Join, charges[i], tallies[i], now) is { } retryAfter && (draft.RetryAfter is null || retryAfter > draft.RetryAfter))
            {
                draft.RetryAfter = retryAfter;
            }
        }
    }
}
