using Airs.Runtime.Decisions;
using Airs.Runtime.Limits;

namespace Airs.Runtime.Engine;

public sealed partial class PolicyEngine
{
    // ---- 2b. limits -----------------------------------------------------------------------------

    /// <summary>
    /// Meets the request's charges in the store, in declaration order, unless the guardrails already refused it (it
    /// consumed nothing). A refused admission is not counted; the decision, with the limit's finding, is the audit record.
    /// </summary>
    private async Task LimitAsync(DecisionDraft draft, Stage stage, Context.RequestContext context, CancellationToken cancellationToken)
    {
        if (Spec.Limits.IsDefaultOrEmpty || draft.Outcome >= Outcome.Block)
        {
            return;
        }
        var now = time.GetUtcNow();
        foreach (var charge in LimitRules.Charges(Spec.Name, Spec.Limits, stage, context, now))
        {
            var tally = charge.Kind == LimitChargeKind.Check
                ? new LimitTally(false, await store.ReadLimitAsync(charge.Key, charge.WindowStart, cancellationToken).ConfigureAwait(false))
                : await store.MeetLimitAsync(charge, cancellationToken).ConfigureAwait(false);
            if (LimitRules.Apply(draft.Join, charge, tally, now) is { } retryAfter && (draft.RetryAfter is null || retryAfter > draft.RetryAfter))
            {
                draft.RetryAfter = retryAfter;
            }
        }
    }
}
