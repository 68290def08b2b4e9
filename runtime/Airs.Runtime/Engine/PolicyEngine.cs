using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using Airs.Runtime.Audit;
using Airs.Runtime.Breakers;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Functions;
using Airs.Runtime.Judges;
using Airs.Runtime.Pace;
using Airs.Runtime.Policy;
using Airs.Runtime.Reviews;
using Airs.Runtime.Stores;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Airs.Runtime.Engine;

/// <summary>
/// The four-layer pipeline for one loaded policy. Thread-safe: one engine serves every request.
/// A decision runs, in order:
/// <list type="number">
/// <item>the gate: PACE <c>halt</c> or <c>respond fallback</c>, then every breaker's admission for the request's scope keys;</item>
/// <item>the guardrails (<see cref="ICompiledPolicy.Evaluate"/>, with PACE's <c>enforce all</c> and <c>tools read_only</c>);</item>
/// <item>the limits, unless the guardrails refused: each counts the request in the store, and refuses it past its limit;</item>
/// <item>the judges of the stage, blocking ones awaited, the others in the background;</item>
/// <item>review: an escalated decision opens a ticket and its text is withheld;</item>
/// <item>breaker counters for every scope key, then PACE's automatic downgrades;</item>
/// <item>one audit record, appended before the decision is returned.</item>
/// </list>
/// Nothing a model or a store of judges does escapes as an exception: failures are findings.
/// </summary>
public sealed partial class PolicyEngine : IAsyncDisposable
{
    private const string System = AuditActors.System;

    /// <summary>Served on <c>halt</c> when the policy's emergency level declares no fallback message.</summary>
    public const string DefaultHaltMessage = "This service is temporarily unavailable.";

    private readonly ICompiledPolicy policy;
    private readonly IAirsStore store;
    private readonly JudgeRunner judges;
    private readonly PolicyEngineOptions options;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly string? defaultReview;
    private readonly BreakerSpec[] breakerSpecs; // in the order the gate has always asked them
    private readonly BreakerSnapshot breakerSnapshot = new();
    private readonly ConcurrentDictionary<string, ErrorRun> judgeErrorRuns = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Task, byte> background = new();
    private readonly CancellationTokenSource stopping = new();
    private long nextPaceRefreshTicks;
    private long nextExpiryTicks;

    private PolicyEngine(ICompiledPolicy policy, PolicySpec spec, IAirsStore store, JudgeRunner judges, PolicyEngineOptions options,
        TimeProvider time, ILogger logger, CircuitBreakers breakers, ReviewQueue reviews, PaceMachine pace, JudgeHealth health)
    {
        this.policy = policy;
        Spec = spec;
        this.store = store;
        this.judges = judges;
        this.options = options;
        this.time = time;
        this.logger = logger;
        Breakers = breakers;
        Reviews = reviews;
        Pace = pace;
        JudgeHealth = health;
        defaultReview = spec.Reviews.IsDefaultOrEmpty ? null : spec.Reviews[0].Name;
        breakerSpecs = [.. breakers.Specs];
        EngineTelemetry.Register(breakerSnapshot);
    }

    /// <summary>Builds the engine and loads the policy's stored PACE level.</summary>
    /// <param name="judgeClients">The host's chat clients by model name; a missing one makes its judge fail (by the tier's posture), not the engine.</param>
    public static async Task<PolicyEngine> CreateAsync(
        ICompiledPolicy policy,
        PolicySpec spec,
        IAirsStore store,
        IJudgeClientProvider judgeClients,
        PolicyEngineOptions? options = null,
        TimeProvider? timeProvider = null,
        ILoggerFactory? loggerFactory = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(judgeClients);
        options ??= PolicyEngineOptions.Default;
        var time = timeProvider ?? TimeProvider.System;
        var loggers = loggerFactory ?? NullLoggerFactory.Instance;
        var breakers = new CircuitBreakers(spec.Name, spec.Breakers, store, time, options.BreakerRefreshInterval);
        var reviews = new ReviewQueue(spec.Name, spec.Reviews, store, time);
        var health = new JudgeHealth();
        var pace = await PaceMachine.LoadAsync(spec.Name, spec.Pace, store, breakers, health,
            new LevelAuthority(new AllowedPrincipals(options.PacePrincipals), spec.Pace), time, cancellationToken).ConfigureAwait(false);
        var runner = new JudgeRunner(judgeClients, options.Judges, time, loggers.CreateLogger<JudgeRunner>());
        return new PolicyEngine(policy, spec, store, runner, options, time, loggers.CreateLogger<PolicyEngine>(),
            breakers, reviews, pace, health);
    }

    public PolicySpec Spec { get; }

    /// <summary>The policy's breakers: status, manual trip and reset.</summary>
    public CircuitBreakers Breakers { get; }

    /// <summary>The policy's review queues: pending tickets, approve, reject.</summary>
    public ReviewQueue Reviews { get; }

    /// <summary>The policy's PACE level: the kill switch (<c>DowngradeAsync(Emergency, …)</c>) and recovery (<c>UpgradeAsync</c>).</summary>
    public PaceMachine Pace { get; }

    /// <summary>Which judges are failing, as this engine reports them to PACE.</summary>
    public JudgeHealth JudgeHealth { get; }

    /// <summary>Raised for every ticket that passed its SLA undecided, with the queue's <c>on expiry</c> action now in force.</summary>
    public event EventHandler<ExpiredTicket>? ReviewExpired;

    public async Task<Decision> DecideAsync(Stage stage, RequestContext context, CancellationToken cancellationToken = default)
    {
        // The decision is made (usually without waiting) in MakeAsync; only its commit is awaited here, so a decision
        // waiting for the group commit keeps this small frame boxed, not the layers' large one.
        var made = await MakeAsync(stage, context, AuditDurability.Durable, cancellationToken).ConfigureAwait(false);
        try
        {
            await made.Committed.ConfigureAwait(false);
            if (made.Limits is { } limits)
            {
                await limits.ConfigureAwait(false);
            }
        }
        catch
        {
            made.Abandon();
            throw;
        }
        return made.Finish();
    }

    /// <summary>
    /// <see cref="DecideAsync(Stage, RequestContext, CancellationToken)"/>, returning as soon as the decision is made:
    /// its audit record is appended meanwhile, and <see cref="PendingDecision.Committed"/> completes when the store has
    /// made it durable. Act on the decision (answer, release, forward) only after awaiting that: the durability
    /// promise is about acknowledged decisions. A host may overlap the wait with work that releases nothing.
    /// </summary>
    public Task<PendingDecision> DecideUncommittedAsync(Stage stage, RequestContext context, CancellationToken cancellationToken = default) =>
        DecideUncommittedAsync(stage, context, AuditDurability.Durable, cancellationToken);

    /// <summary>
    /// <see cref="DecideUncommittedAsync(Stage, RequestContext, CancellationToken)"/>; with <see cref="AuditDurability.Written"/>,
    /// <see cref="PendingDecision.Committed"/> completes once the record is written to the store, perhaps not yet on
    /// disk: release nothing on the strength of it before a later durable decision, or <see cref="MakeAuditDurableAsync"/>,
    /// has completed.
    /// </summary>
    public async Task<PendingDecision> DecideUncommittedAsync(Stage stage, RequestContext context, AuditDurability durability,
        CancellationToken cancellationToken = default)
    {
        var made = await MakeAsync(stage, context, durability, cancellationToken).ConfigureAwait(false);
        var committed = made.Limits is { } limits ? Task.WhenAll(limits, made.Committed) : made.Committed;
        return new PendingDecision(made.Finish(), committed);
    }

    /// <summary>Completes when every decision acknowledged before the call is durable, written ones included.</summary>
    public Task MakeAuditDurableAsync(CancellationToken cancellationToken = default) => store.SyncAuditAsync(cancellationToken);

    // A ValueTask: a decision made without waiting (nothing slow before the append) allocates no task for it.
    // Runs the layers, builds the decision and queues its audit record; the decision's span ends in MadeDecision.
    private async ValueTask<MadeDecision> MakeAsync(Stage stage, RequestContext context, AuditDurability durability, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        EnsureCountable(context);
        ObjectDisposedException.ThrowIf(stopping.IsCancellationRequested, this);
        var id = options.DecisionIds?.Invoke() ?? DecisionIds.Next(time.GetUtcNow());
        var started = time.GetTimestamp();
        var activity = EngineTelemetry.StartDecision(id, Spec.Name, Spec.Version, stage);
        Activity? auditLayer = null;
        try
        {
            await MaintainAsync(cancellationToken).ConfigureAwait(false);

            var draft = new DecisionDraft();
            var scopes = new BreakerScopes(context.UserId, context.SessionId, AgentScopes.IdOf(Spec.Agents, context.AgentId));
            var level = Pace.Level;
            TimeSpan guardrails = default, judging = default, review = default, breaking = default;

            var lap = time.GetTimestamp();
            var probes = await GateAsync(draft, scopes, cancellationToken).ConfigureAwait(false);
            var gated = draft.Outcome >= Outcome.Block;
            breaking += time.GetElapsedTime(lap);

            if (!gated)
            {
                var evaluationOptions = await EvaluationOptionsAsync(stage, context, cancellationToken).ConfigureAwait(false);
                lap = time.GetTimestamp();
                using (EngineTelemetry.StartLayer(EngineTelemetry.GuardrailsSpan))
                {
                    draft.Apply(EvaluateGuardrails(stage, context, evaluationOptions));
                }
                guardrails = time.GetElapsedTime(lap);

                lap = time.GetTimestamp();
                await LimitAsync(draft, stage, context, cancellationToken).ConfigureAwait(false);
                breaking += time.GetElapsedTime(lap);

                lap = time.GetTimestamp();
                using (EngineTelemetry.StartLayer(EngineTelemetry.JudgesSpan))
                {
                    await JudgeAsync(draft, id, stage, context, scopes, evaluationOptions, cancellationToken).ConfigureAwait(false);
                }
                judging = time.GetElapsedTime(lap);

                lap = time.GetTimestamp();
                using (EngineTelemetry.StartLayer(EngineTelemetry.ReviewSpan))
                {
                    await ReviewAsync(draft, id, stage, context, cancellationToken).ConfigureAwait(false);
                }
                review = time.GetElapsedTime(lap);

                lap = time.GetTimestamp();
                using (EngineTelemetry.StartLayer(EngineTelemetry.BreakersSpan))
                {
                    await CountAsync(draft, scopes, probes, cancellationToken).ConfigureAwait(false);
                }
                breaking += time.GetElapsedTime(lap);
                await RememberToolCallAsync(stage, context, draft.Outcome, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                // Refused at the gate, an answer's reported tokens were spent all the same: counted as for a guard's refusal.
                lap = time.GetTimestamp();
                await LimitAsync(draft, stage, context, cancellationToken).ConfigureAwait(false);
                breaking += time.GetElapsedTime(lap);
            }

            var released = draft.Outcome <= Outcome.Redact ? StageText.Redacted(stage, context, draft.Guardrails) : null;
            var timings = new LayerTimings(guardrails, judging, review, breaking, TimeSpan.Zero);
            var decision = new Decision(id, Spec.Name, Spec.Version, stage, draft.Outcome,
                draft.Outcome == Outcome.Allow ? null : draft.Message, released, draft.BuildFindings(), draft.ReviewTicketId,
                level, draft.JudgesRan, timings)
            {
                Redactions = released is null ? [] : RedactionsOf(stage, draft.Guardrails),
                RetryAfter = draft.RetryAfter,
            };

            // Appended before acknowledging: an acknowledged decision is always in the log (the store is durable on ack).
            // The audit span and timing end in MadeDecision.Finish, once the record is durable.
            var auditStarted = time.GetTimestamp();
            auditLayer = EngineTelemetry.StartLayer(EngineTelemetry.AuditSpan);
            var payload = DecisionAudit.Payload(decision, context, StageText.Read(stage, context), Spec, options.AttributeHashKey);
            var entry = AuditLog.Entry(time, AuditKinds.Decision, System, payload);
            var committed = durability == AuditDurability.Written
                ? store.AppendAuditWrittenAsync(entry, cancellationToken)
                : store.AppendAuditAsync(entry, cancellationToken);
            // The limits' counts are written in this batch or an earlier one: acknowledged after both.
            var limits = draft.LimitsCommitted is { IsCompletedSuccessfully: false } pending ? pending : null;
            return new MadeDecision(this, decision, committed, limits, activity, auditLayer, started, auditStarted);
        }
        catch
        {
            auditLayer?.Dispose();
            activity?.Dispose();
            throw;
        }
    }

    // Not a lambda in MakeAsync, nor in here: capturing the stage made a closure on every released decision.
    private static ImmutableArray<Redaction> RedactionsOf(Stage stage, Evaluation guardrails) =>
        guardrails.Redactions.IsDefaultOrEmpty ? [] : RedactionsOf(StageText.PathOf(stage), guardrails.Redactions);

    private static ImmutableArray<Redaction> RedactionsOf(string field, ImmutableArray<Redaction> redactions) =>
        [.. redactions.Where(r => r.Field == field)];

    /// <summary>Completes when every background (non-blocking) judge started so far has finished and been applied.</summary>
    public async Task WhenIdleAsync()
    {
        while (!background.IsEmpty)
        {
            await Task.WhenAll(background.Keys.ToArray()).ConfigureAwait(false);
            await Task.Yield(); // let the tracking continuations remove what finished
        }
    }

    /// <summary>A ticket's current state (pending, approved, rejected or expired), or null if there is no such ticket.</summary>
    public Task<ReviewTicket?> GetTicketAsync(string ticketId, CancellationToken cancellationToken = default) =>
        store.GetTicketAsync(ticketId, cancellationToken);

    public Task<ReviewTicket> ApproveAsync(string ticketId, string reviewer, string reason, CancellationToken cancellationToken = default) =>
        Reviews.ApproveAsync(ticketId, reviewer, reason, cancellationToken);

    public Task<ReviewTicket> RejectAsync(string ticketId, string reviewer, string reason, CancellationToken cancellationToken = default) =>
        Reviews.RejectAsync(ticketId, reviewer, reason, cancellationToken);

    /// <summary>Expires every overdue ticket now (also run by decisions and by <see cref="ReviewExpiryService"/>).</summary>
    public async Task<IReadOnlyList<ExpiredTicket>> ExpireReviewsAsync(CancellationToken cancellationToken = default)
    {
        var expired = await Reviews.ExpireDueAsync(cancellationToken).ConfigureAwait(false);
        foreach (var ticket in expired)
        {
            logger.LogInformation("review ticket {Ticket} of decision {DecisionId} expired in queue {Review}: {Outcome}",
                ticket.Ticket.Id, ticket.Ticket.DecisionId, ticket.Ticket.Review, ticket.Action.Outcome.ToKeyword());
            try
            {
                ReviewExpired?.Invoke(this, ticket);
            }
            catch (Exception e)
            {
                logger.LogError(e, "a ReviewExpired handler failed for ticket {Ticket}", ticket.Ticket.Id);
            }
        }
        return expired;
    }

    public async ValueTask DisposeAsync()
    {
        if (stopping.IsCancellationRequested)
        {
            return;
        }
        await stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            await WhenIdleAsync().ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // background judges stop on disposal
        }
        EngineTelemetry.Unregister(breakerSnapshot);
        stopping.Dispose();
    }

    // ---- 0. housekeeping, throttled by the engine's clock ---------------------------------------

    private async Task MaintainAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcTicks;
        if (TryClaim(ref nextPaceRefreshTicks, now, options.PaceRefreshInterval))
        {
            await Pace.RefreshAsync(cancellationToken).ConfigureAwait(false); // another replica may have pulled the kill switch
        }
        if (TryClaim(ref nextExpiryTicks, now, options.ReviewExpiryInterval))
        {
            await ExpireReviewsAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// True for exactly one caller once <paramref name="dueTicks"/> has passed, or once it is more than one interval
    /// ahead: the clock stepped back since the last claim, and waiting for it to catch up would leave a kill switch
    /// pulled elsewhere unseen for as long as the step (and a zero interval claims within one tick too). That caller
    /// sets the next due time.
    /// </summary>
    private static bool TryClaim(ref long dueTicks, long now, TimeSpan interval)
    {
        var due = Volatile.Read(ref dueTicks);
        return (now >= due || due - now > interval.Ticks)
            && Interlocked.CompareExchange(ref dueTicks, now + Math.Max(interval.Ticks, 1), due) == due;
    }

    // ---- 1. gate: PACE, then breakers -----------------------------------------------------------

    /// <summary>The half-open probes granted to this request; null for none (the usual case, and no list is made).</summary>
    private async ValueTask<List<BreakerAdmission>?> GateAsync(DecisionDraft draft, BreakerScopes scopes, CancellationToken cancellationToken)
    {
        List<BreakerAdmission>? probes = null;
        if (Pace.Has(PaceAction.Halt))
        {
            var message = Pace.FallbackMessage ?? DefaultHaltMessage;
            draft.Fire(new Finding("pace_halt", "pace", Layer.Pace, Outcome.Halt, ControlMode.Enforce,
                $"PACE `{Keyword(Pace.Level)}` halts all AI traffic: {message}", []), message);
            return probes;
        }
        if (Pace.Has(PaceAction.RespondFallback))
        {
            var message = Pace.FallbackMessage ?? DefaultHaltMessage;
            draft.Fire(new Finding("pace_fallback", "pace", Layer.Pace, Outcome.Block, ControlMode.Enforce,
                $"PACE `{Keyword(Pace.Level)}` serves the fallback: {message}", []), message);
            return probes;
        }

        foreach (var breaker in breakerSpecs)
        {
            var admission = await Breakers.AdmitCoreAsync(breaker.Name, scopes.KeyFor(breaker.Scope), cancellationToken).ConfigureAwait(false);
            switch (admission.Admission)
            {
                case Admission.Rejected:
                    breakerSnapshot.Set(admission.Key, BreakerState.Open);
                    draft.Fire(new Finding(breaker.Name, breaker.Name, Layer.Breaker, Outcome.Block, ControlMode.Enforce,
                        $"breaker `{breaker.Name}` is open for `{admission.Key.ScopeKey}`", []), admission.Fallback);
                    break;
                case Admission.Probe:
                    breakerSnapshot.Set(admission.Key, BreakerState.HalfOpen);
                    (probes ??= []).Add(admission);
                    break;
                default:
                    breakerSnapshot.Set(admission.Key, BreakerState.Closed);
                    break;
            }
        }

        if (draft.Outcome >= Outcome.Block && probes is not null)
        {
            // A probe granted here never reached the controls: report it failed rather than leave it hanging for a cooldown.
            await CompleteProbesAsync(probes, success: false, cancellationToken).ConfigureAwait(false);
            probes = null;
        }
        return probes;
    }

    // ---- 2. guardrails --------------------------------------------------------------------------

    private Evaluation EvaluateGuardrails(Stage stage, RequestContext context, EvaluationOptions evaluationOptions)
    {
        try
        {
            return policy.Evaluate(stage, context, evaluationOptions);
        }
        catch (Exception e)
        {
            // Generated and interpreted evaluators are total; this is a bug, and the tier's posture decides what it costs,
            // except where permissions are checked: tools are default-deny, and the evaluation that failed held the
            // permission controls' refusals too (a model can make an argument reader throw: a lone surrogate escape).
            logger.LogError(e, "the guardrails of policy {Policy} threw on stage {Stage}", Spec.Name, stage.ToKeyword());
            var failClosed = stage is Stage.ToolCall or Stage.AgentMessage || TierRequirements.For(Spec.Tier).FailClosed;
            var builder = new EvaluationBuilder();
            builder.Fire(new Finding("guardrails", "guardrails", Layer.Guardrail, failClosed ? Outcome.Block : Outcome.Flag, ControlMode.Enforce,
                $"the guardrails failed: {JudgeRunner.OneLine(e.Message)}", []), failClosed ? JudgeActions.FailClosedMessage : null);
            return builder.Build();
        }
    }

    // ---- 4. review ------------------------------------------------------------------------------

    private async Task ReviewAsync(DecisionDraft draft, string decisionId, Stage stage, RequestContext context, CancellationToken cancellationToken)
    {
        if (stage == Stage.Output && draft.Outcome < Outcome.Escalate && Pace.Has(PaceAction.ReviewAllOutputs) && defaultReview is not null)
        {
            draft.Fire(new Finding("pace_review_all", "pace", Layer.Pace, Outcome.Escalate, ControlMode.Enforce,
                $"PACE `{Keyword(Pace.Level)}` sends every output to `{defaultReview}`", []), null, defaultReview);
        }
        if (draft.Outcome != Outcome.Escalate)
        {
            return; // allowed needs no person; blocked or halted is already decided
        }

        var queue = draft.Escalations.FirstOrDefault() ?? defaultReview;
        if (queue is null)
        {
            draft.Fire(new Finding("review", "review", Layer.Review, Outcome.Block, ControlMode.Enforce,
                "the decision needs review but the policy declares no review queue", []), JudgeActions.FailClosedMessage);
            return;
        }
        try
        {
            var ticket = await Reviews.OpenAsync(queue, decisionId, Summary(stage, context, draft), cancellationToken).ConfigureAwait(false);
            draft.ReviewTicketId = ticket.Id;
        }
        catch (ReviewException e)
        {
            draft.Fire(new Finding("review", "review", Layer.Review, Outcome.Block, ControlMode.Enforce, e.Message, []), JudgeActions.FailClosedMessage);
        }
    }

    /// <summary>
    /// What the reviewer reads: the stage, on <c>tool_call</c> what is being approved (the tool and its declared
    /// arguments, sensitive ones redacted), and every finding's one-line message. Never the text itself.
    /// </summary>
    private string Summary(Stage stage, RequestContext context, DecisionDraft draft)
    {
        var reasons = string.Join("; ", draft.Findings.Select(f => f.Message));
        var subject = stage == Stage.ToolCall ? DeclaredValueText.ToolCall(Spec, context) : null;
        var summary = subject is null ? $"{stage.ToKeyword()} escalated: {reasons}" : $"{stage.ToKeyword()} of {subject} escalated: {reasons}";
        return Truncate(summary);
    }

    // ---- 5. breakers and PACE -------------------------------------------------------------------

    private async Task CountAsync(DecisionDraft draft, BreakerScopes scopes, List<BreakerAdmission>? probes, CancellationToken cancellationToken)
    {
        if (draft.Outcome >= Outcome.Block)
        {
            await RecordAsync(BreakerCounter.Blocked, scopes, cancellationToken).ConfigureAwait(false);
        }
        if (draft.Findings.Count > 0)
        {
            await RecordAsync(BreakerCounter.Findings, scopes, cancellationToken).ConfigureAwait(false); // detect-mode too (RT-10)
        }
        if (draft.Outcome == Outcome.Escalate)
        {
            await RecordAsync(BreakerCounter.Escalated, scopes, cancellationToken).ConfigureAwait(false);
        }
        for (var i = 0; i < draft.JudgeFailures; i++)
        {
            await RecordAsync(BreakerCounter.JudgeFailures, scopes, cancellationToken).ConfigureAwait(false);
        }

        if (probes is not null)
        {
            await CompleteProbesAsync(probes, success: draft.Outcome < Outcome.Block && draft.JudgeFailures == 0, cancellationToken).ConfigureAwait(false);
        }
        await EvaluatePaceAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task RecordAsync(BreakerCounter counter, BreakerScopes scopes, CancellationToken cancellationToken)
    {
        foreach (var count in await Breakers.RecordAsync(counter, scopes, cancellationToken).ConfigureAwait(false))
        {
            if (count.Tripped)
            {
                breakerSnapshot.Set(count.Key, BreakerState.Open);
                logger.LogWarning("breaker {Breaker} tripped after {Count} events", count.Key.ToString(), count.Count);
            }
        }
    }

    private async Task CompleteProbesAsync(List<BreakerAdmission> probes, bool success, CancellationToken cancellationToken)
    {
        foreach (var probe in probes)
        {
            if (await Breakers.CompleteProbeAsync(probe, success, cancellationToken).ConfigureAwait(false))
            {
                breakerSnapshot.Set(probe.Key, success ? BreakerState.Closed : BreakerState.Open);
            }
        }
    }

    private async Task EvaluatePaceAsync(CancellationToken cancellationToken)
    {
        var change = await Pace.EvaluateAsync(cancellationToken).ConfigureAwait(false);
        if (change.Applied)
        {
            logger.LogWarning("PACE of policy {Policy} moved from {From} to {To}", Spec.Name, Keyword(change.From), Keyword(change.To));
        }
    }

    private static string Keyword(PaceLevel level) => level.ToKeyword();
}
