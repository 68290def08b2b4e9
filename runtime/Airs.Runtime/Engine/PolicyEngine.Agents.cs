using System.Collections.Frozen;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Functions;
using Airs.Runtime.Policy;
using Airs.Runtime.Sequences;
using Microsoft.Extensions.Logging;

namespace Airs.Runtime.Engine;

// What the guardrails need from the store and from PACE about agents and their earlier calls: the containment of
// the current level, the session's tool history before a call a sequence rule governs, and the call kept after.
public sealed partial class PolicyEngine
{
    private ToolSequences? sequences;
    private FrozenDictionary<PaceLevel, AgentContainment>? containments;

    private ToolSequences Sequences => sequences ??= new ToolSequences(Spec);

    /// <summary>Each declared level's containment, built once.</summary>
    private FrozenDictionary<PaceLevel, AgentContainment> Containments =>
        containments ??= Spec.Pace.GroupBy(s => s.Level).ToFrozenDictionary(g => g.Key, g => AgentContainment.For(Spec, g.First()));

    /// <summary>The PACE options of the current level, with its agent containment and, before a governed call, the history.</summary>
    private async ValueTask<EvaluationOptions> EvaluationOptionsAsync(Stage stage, RequestContext context, CancellationToken cancellationToken)
    {
        var options = OptionsAt(Pace.Level);
        var history = await HistoryAsync(stage, context, cancellationToken).ConfigureAwait(false);
        return ReferenceEquals(history, ToolHistory.None) ? options : options with { History = history };
    }

    private FrozenDictionary<PaceLevel, EvaluationOptions>? levelOptions;

    /// <summary>Each level's options without a history, built once: a decision that reads no history makes none.</summary>
    private EvaluationOptions OptionsAt(PaceLevel level) =>
        (levelOptions ??= Enum.GetValues<PaceLevel>().ToFrozenDictionary(l => l, l => new EvaluationOptions(
            EnforceAll: Declares(l, PaceAction.EnforceAll), ToolsReadOnly: Declares(l, PaceAction.ToolsReadOnly))
        {
            Containment = Containments.GetValueOrDefault(l, AgentContainment.None),
        }))[level];

    private bool Declares(PaceLevel level, PaceAction action) => Spec.Pace.Any(s => s.Level == level && s.Actions.Contains(action));

    private async ValueTask<ToolHistory> HistoryAsync(Stage stage, RequestContext context, CancellationToken cancellationToken)
    {
        if (stage != Stage.ToolCall || string.IsNullOrEmpty(context.SessionId) || !Sequences.Governs(context.ToolName))
        {
            return ToolHistory.None;
        }
        var now = time.GetUtcNow();
        try
        {
            var events = await store.ReadToolEventsAsync(Spec.Name, context.SessionId, now - Sequences.Longest, ToolSequences.MaxEventsPerSession,
                cancellationToken).ConfigureAwait(false);
            return new ToolHistory(now, events);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // No history means no earlier call: the sequence control refuses (fail closed).
            logger.LogError(e, "the tool history of policy {Policy} could not be read", Spec.Name);
            return ToolHistory.None;
        }
    }

    /// <summary>Keeps an allowed call that some sequence rule waits for; a refused or escalated one never happened.</summary>
    private async Task RememberToolCallAsync(Stage stage, RequestContext context, Outcome outcome, CancellationToken cancellationToken)
    {
        if (stage != Stage.ToolCall || outcome >= Outcome.Escalate || string.IsNullOrEmpty(context.SessionId))
        {
            return;
        }
        var now = time.GetUtcNow();
        try
        {
            // Inside the try: an in-process host's argument that is not text (a lone surrogate escape) throws here, after
            // the decision was made and counted; it is then not kept, like a failed write, and the decision still stands.
            if (Sequences.EventFor(context, now) is not { } toolEvent)
            {
                return;
            }
            await store.RecordToolEventAsync(Spec.Name, context.SessionId, toolEvent, now - Sequences.Longest, ToolSequences.MaxEventsPerSession,
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The call was allowed; a later call that needs it is refused (fail closed), never this one.
            logger.LogError(e, "the tool history of policy {Policy} could not be written", Spec.Name);
        }
    }
}
