using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Policy;

namespace Airs.Runtime.Engine;

public sealed partial class PolicyEngine
{
    private static readonly Evaluation Gated = new(Outcome.Block, null, [], [], [], []);
    private static readonly Evaluation HeldForReview = new(Outcome.Escalate, null, [], [], [], []);

    /// <summary>
    /// The guardrails alone, over text that is still arriving (a streamed answer), with PACE's gate, <c>enforce all</c>,
    /// <c>tools read_only</c> and <c>review all outputs</c>. Nothing else runs: no judge, no review ticket, no breaker
    /// count, no audit record. A refusal here is followed by a full <see cref="DecideAsync"/>, and so is the whole text
    /// at its end (<see cref="Streaming.StreamingRelease"/>).
    /// </summary>
    internal Evaluation Screen(Stage stage, RequestContext context)
    {
        if (Pace.Has(PaceAction.Halt) || Pace.Has(PaceAction.RespondFallback))
        {
            return Gated;
        }
        if (stage == Stage.Output && Pace.Has(PaceAction.ReviewAllOutputs) && defaultReview is not null)
        {
            return HeldForReview;
        }
        return EvaluateGuardrails(stage, context, new EvaluationOptions(EnforceAll: Pace.Has(PaceAction.EnforceAll), ToolsReadOnly: Pace.Has(PaceAction.ToolsReadOnly)));
    }
}
