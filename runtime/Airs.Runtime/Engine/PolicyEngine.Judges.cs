using Airs.Runtime.Audit;
using Airs.Runtime.Breakers;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Functions;
using Airs.Runtime.Judges;
using Airs.Runtime.Pace;
using Airs.Runtime.Policy;
using Airs.Runtime.Reviews;
using Microsoft.Extensions.Logging;

namespace Airs.Runtime.Engine;

// Step 3: the judges of a stage. Blocking judges gate the decision; non-blocking judges run after it,
// and their verdicts still open reviews, count against breakers and report judge health to PACE.
public sealed partial class PolicyEngine
{
    private async Task JudgeAsync(DecisionDraft draft, string decisionId, Stage stage, RequestContext context, BreakerScopes scopes,
        EvaluationOptions evaluationOptions, CancellationToken cancellationToken)
    {
        if (Pace.Has(PaceAction.JudgesOff) || draft.Outcome >= Outcome.Block)
        {
            return; // PACE switched judges off, or the guardrails already refused: no verdict could loosen that
        }

        var judgesAll = Pace.Has(PaceAction.JudgesAll);
        // Blocking runs start together and are applied in declaration order; a list only from the second one.
        (JudgeRun Run, ValueTask<JudgeResult> Result)? first = null;
        List<(JudgeRun Run, ValueTask<JudgeResult> Result)>? more = null;
        foreach (var judge in Spec.Judges)
        {
            // Sampling is deterministic from the decision id; choosing here keeps background work and JudgesRan honest.
            if (judge.Stage != stage || draft.Guardrails.IdleJudges.Contains(judge.Name) || !JudgeSchedule.RunsFor(judge, Spec, context)
                || JudgeTriggers.Of(judge, decisionId, draft.Findings, judgesAll) is not { } trigger)
            {
                continue;
            }
            draft.JudgesRan = true;
            var run = new JudgeRun(judge, trigger, ControlFiring.EffectiveMode(judge.Mode, evaluationOptions), time.GetTimestamp());
            if (judge.Blocking)
            {
                var running = (run, RunAsync(run, context, decisionId, cancellationToken));
                if (first is null)
                {
                    first = running;
                }
                else
                {
                    (more ??= []).Add(running);
                }
            }
            else
            {
                Track(JudgeInBackgroundAsync(run, decisionId, stage, context, scopes));
            }
        }

        if (first is { } one)
        {
            await ApplyBlockingAsync(draft, one.Run, one.Result, decisionId, context, cancellationToken).ConfigureAwait(false);
        }
        for (var i = 0; i < more?.Count; i++)
        {
            await ApplyBlockingAsync(draft, more[i].Run, more[i].Result, decisionId, context, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Awaits a blocking run, audits its verdict and joins what it decided onto the draft.</summary>
    private async ValueTask ApplyBlockingAsync(DecisionDraft draft, JudgeRun run, ValueTask<JudgeResult> running, string decisionId,
        RequestContext context, CancellationToken cancellationToken)
    {
        var result = await running.ConfigureAwait(false); // the runner never throws but for the caller's cancellation
        var judge = run.Judge;
        ReportHealth(judge, result, context.UserId);
        if (result is JudgeResult.Errored)
        {
            draft.JudgeFailures++;
        }
        var disposition = JudgeActions.Map(result, judge, Spec.Tier);
        await AuditVerdictAsync(run, decisionId, result, disposition, cancellationToken).ConfigureAwait(false);
        if (disposition is not null)
        {
            JudgeActions.Apply(draft.Join, disposition, run.Mode, defaultReview);
        }
    }

    /// <summary>
    /// One judge run: the judge, why it runs, its effective mode, and when it started (for its latency). A struct: it
    /// lives in the frames that apply the run, not as one more object per judged decision.
    /// </summary>
    private readonly record struct JudgeRun(JudgeSpec Judge, JudgeTrigger Trigger, ControlMode Mode, long Started);

    /// <summary>Started now, awaited once by the caller; no task of its own when the judge answers at once.</summary>
    private ValueTask<JudgeResult> RunAsync(JudgeRun run, RequestContext context, string decisionId, CancellationToken cancellationToken)
    {
        // A run chosen by a guard or by PACE is outside the judge's own sample: the runner must not skip it.
        var judge = run.Trigger == JudgeTrigger.Sample ? run.Judge : run.Judge with { SampleRate = 1 };
        return judges.RunCoreAsync(judge, context, decisionId, Spec.Tier, cancellationToken, DeclaredValueText.SensitiveArgs(Spec, context), Spec);
    }

    /// <summary>The run's <c>judge_verdict</c> record: every run appears in the audit chain exactly once, whatever it came to.</summary>
    private Task AuditVerdictAsync(JudgeRun run, string decisionId, JudgeResult result, JudgeDisposition? disposition, CancellationToken cancellationToken)
    {
        var payload = JudgeVerdictAudit.Payload(Spec, run.Judge, decisionId, run.Trigger, run.Mode, result, disposition, time.GetElapsedTime(run.Started));
        return store.AppendAuditAsync(AuditLog.Entry(time, AuditKinds.JudgeVerdict, System, payload), cancellationToken);
    }

    private async Task JudgeInBackgroundAsync(JudgeRun run, string decisionId, Stage stage, RequestContext context, BreakerScopes scopes)
    {
        var cancellationToken = stopping.Token;
        var judge = run.Judge;
        try
        {
            await Task.Yield(); // never run a model call on the deciding request's thread
            var result = await RunAsync(run, context, decisionId, cancellationToken).ConfigureAwait(false);
            ReportHealth(judge, result, context.UserId);
            if (result is JudgeResult.Errored)
            {
                await RecordAsync(BreakerCounter.JudgeFailures, scopes, cancellationToken).ConfigureAwait(false);
            }

            var disposition = JudgeActions.Map(result, judge, Spec.Tier);
            await AuditVerdictAsync(run, decisionId, result, disposition, cancellationToken).ConfigureAwait(false);
            if (disposition is not null && run.Mode == ControlMode.Enforce && disposition.Action.Outcome >= Outcome.Escalate
                && (disposition.Action.Review ?? defaultReview) is { } queue)
            {
                // The text has gone out already; a person looks at it after the fact.
                var summary = $"{stage.ToKeyword()} released, then: {disposition.Finding.Message}";
                var ticket = await Reviews.OpenAsync(queue, decisionId, Truncate(summary), cancellationToken).ConfigureAwait(false);
                await RecordAsync(BreakerCounter.Escalated, scopes, cancellationToken).ConfigureAwait(false);
                logger.LogInformation("background judge {Judge} opened ticket {Ticket} for decision {DecisionId}", judge.Name, ticket.Id, decisionId);
            }

            await EvaluatePaceAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // the engine is shutting down
        }
        catch (Exception e)
        {
            logger.LogError(e, "background judge {Judge} failed to apply its verdict for decision {DecisionId}", judge.Name, decisionId);
        }
    }

    private void Track(Task task)
    {
        background.TryAdd(task, 0);
        task.ContinueWith(t => background.TryRemove(t, out _), CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>
    /// A judge is reported failing after <see cref="PolicyEngineOptions.JudgeErrorsBeforeFailing"/> errors in a row from at
    /// least <see cref="PolicyEngineOptions.JudgeFailingUsers"/> different users, and healthy again after any verdict.
    /// </summary>
    private void ReportHealth(JudgeSpec judge, JudgeResult result, string user)
    {
        if (result is JudgeResult.NotSampled)
        {
            return;
        }
        var run = judgeErrorRuns.GetOrAdd(judge.Name, _ => new ErrorRun());
        bool failing;
        lock (run)
        {
            if (run.Epoch != JudgeHealth.Epoch)
            {
                // PACE was recovered by hand since these errors: they no longer count.
                run.Epoch = JudgeHealth.Epoch;
                run.Errors = 0;
                run.Users.Clear();
            }
            if (result is JudgeResult.Errored)
            {
                run.Errors++;
                run.Users.Add(string.IsNullOrEmpty(user) ? "anonymous" : user);
            }
            else
            {
                run.Errors = 0;
                run.Users.Clear();
            }
            failing = run.Errors >= options.JudgeErrorsBeforeFailing && run.Users.Count >= options.JudgeFailingUsers;
        }
        JudgeHealth.Report(judge.Name, failing);
    }

    private sealed class ErrorRun
    {
        public long Epoch;
        public int Errors;
        public readonly HashSet<string> Users = new(StringComparer.Ordinal);
    }

    private string Truncate(string summary) => ReviewText.Truncate(summary, options.MaxReviewSummaryLength);
}
