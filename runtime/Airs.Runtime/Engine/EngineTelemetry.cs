using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Airs.Runtime.Breakers;
using Airs.Runtime.Decisions;
using Airs.Runtime.Policy;
using Airs.Runtime.Telemetry;

namespace Airs.Runtime.Engine;

/// <summary>
/// The engine's spans and metrics on <see cref="AirsTelemetry"/>: a span <c>airs.decision</c> per decision with a
/// child span per layer; counters <c>airs.decisions</c> (by outcome and stage) and <c>airs.control.hits</c> (by
/// control); the histogram <c>airs.decision.duration</c>; the observable gauge <c>airs.breaker.state</c>.
/// </summary>
internal static class EngineTelemetry
{
    public const string DecisionSpan = "airs.decision";

    private static readonly Counter<long> Decisions = AirsTelemetry.Meter.CreateCounter<long>(
        "airs.decisions", "{decision}", "Decisions made, by outcome and stage");

    private static readonly Counter<long> ControlHits = AirsTelemetry.Meter.CreateCounter<long>(
        "airs.control.hits", "{hit}", "Controls that fired, by control, layer and mode");

    private static readonly Histogram<double> Duration = AirsTelemetry.Meter.CreateHistogram<double>(
        "airs.decision.duration", "s", "Time to decide, all layers, excluding background judges");

    // Engines register their breaker snapshots; the gauge reads them all (one instrument per process, not per engine).
    private static readonly ConcurrentDictionary<BreakerSnapshot, byte> Snapshots = new();

    static EngineTelemetry()
    {
        AirsTelemetry.Meter.CreateObservableGauge("airs.breaker.state", ObserveBreakers, "{state}",
            "Breaker keys that left the closed state: 0 closed, 1 half-open, 2 open");
    }

    public static void Register(BreakerSnapshot snapshot) => Snapshots.TryAdd(snapshot, 0);

    public static void Unregister(BreakerSnapshot snapshot) => Snapshots.TryRemove(snapshot, out _);

    // Layer span names, made once: no string is built per decision when nobody listens (nor when someone does).
    public const string GuardrailsSpan = "airs.guardrails";
    public const string JudgesSpan = "airs.judges";
    public const string ReviewSpan = "airs.review";
    public const string BreakersSpan = "airs.breakers";
    public const string AuditSpan = "airs.audit";

    public static Activity? StartDecision(string decisionId, string policy, string version, Stage stage)
    {
        if (!AirsTelemetry.ActivitySource.HasListeners())
        {
            return null;
        }
        var activity = AirsTelemetry.ActivitySource.StartActivity(DecisionSpan, ActivityKind.Internal);
        activity?.SetTag("airs.decision.id", decisionId);
        activity?.SetTag("airs.policy.name", policy);
        activity?.SetTag("airs.policy.version", version);
        activity?.SetTag("airs.stage", stage.ToKeyword());
        return activity;
    }

    /// <summary>A child span for one layer (<see cref="GuardrailsSpan"/>, …) under the decision's span; null, at no cost, when nobody listens.</summary>
    public static Activity? StartLayer(string span) =>
        AirsTelemetry.ActivitySource.HasListeners() ? AirsTelemetry.ActivitySource.StartActivity(span, ActivityKind.Internal) : null;

    public static void Record(Decision decision, TimeSpan elapsed, Activity? activity)
    {
        if (activity is null && !Decisions.Enabled && !Duration.Enabled && !ControlHits.Enabled)
        {
            return;
        }
        var outcome = decision.Outcome.ToKeyword();
        var stage = decision.Stage.ToKeyword();
        activity?.SetTag("airs.outcome", outcome);
        activity?.SetTag("airs.pace.level", decision.Pace.ToKeyword());
        if (decision.ReviewTicketId is not null)
        {
            activity?.SetTag("airs.review.ticket", decision.ReviewTicketId);
        }
        if (decision.Outcome >= Outcome.Block)
        {
            activity?.SetStatus(ActivityStatusCode.Ok, outcome); // a block is the policy working, not an error
        }

        var policy = new KeyValuePair<string, object?>("airs.policy.name", decision.Policy);
        Decisions.Add(1, new("airs.outcome", outcome), new("airs.stage", stage), policy);
        Duration.Record(elapsed.TotalSeconds, new("airs.outcome", outcome), new("airs.stage", stage), policy);
        if (!ControlHits.Enabled)
        {
            return;
        }
        foreach (var finding in decision.Findings)
        {
            ControlHits.Add(1, new("airs.control", finding.ControlId), new("airs.layer", finding.Layer.ToKeyword()),
                new("airs.mode", finding.Enforced ? "enforce" : "detect"), policy);
        }
    }

    private static IEnumerable<Measurement<int>> ObserveBreakers()
    {
        foreach (var snapshot in Snapshots.Keys)
        {
            foreach (var (key, state) in snapshot.Current)
            {
                yield return new Measurement<int>(state switch { BreakerState.Open => 2, BreakerState.HalfOpen => 1, _ => 0 },
                    new("airs.policy.name", key.Policy), new("airs.breaker", key.Breaker), new("airs.breaker.scope_key", key.ScopeKey));
            }
        }
    }
}

/// <summary>The last state this engine saw for each breaker key that ever left closed (for the gauge; the store is the truth).</summary>
internal sealed class BreakerSnapshot
{
    private readonly ConcurrentDictionary<BreakerKey, BreakerState> states = new();

    public IEnumerable<KeyValuePair<BreakerKey, BreakerState>> Current => states;

    public void Set(BreakerKey key, BreakerState state)
    {
        if (state == BreakerState.Closed && !states.ContainsKey(key))
        {
            return; // never seen open: nothing worth reporting
        }
        states[key] = state;
    }

    public BreakerState? Get(BreakerKey key) => states.TryGetValue(key, out var s) ? s : null;
}
