using System.Collections.Immutable;
using Airs.Runtime.Breakers;
using Airs.Runtime.Decisions;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Interpretation;

/// <summary>
/// The circuit breakers of one <c>airs test</c>, in memory on the test's clock, with the rules of
/// <see cref="CircuitBreakers"/> over a store (kept synchronous because a test is): closed → open at the threshold
/// within the window, after the cooldown one probe, closed on a successful probe (forgetting the count) and open again
/// on a failed one. PACE stays at primary: a global breaker that opens refuses requests but moves no level.
/// </summary>
internal sealed class ReplayedBreakers(ImmutableArray<BreakerSpec> specs)
{
    private readonly Dictionary<(string Breaker, string Key), KeyState> states = [];

    /// <summary>One breaker key: its state since when, and its events in the window.</summary>
    internal sealed class KeyState
    {
        public BreakerState Kind { get; set; } = BreakerState.Closed;

        public DateTimeOffset Since { get; set; }

        public List<DateTimeOffset> Events { get; } = [];
    }

    /// <summary>The probes granted now, or, when a breaker open for the request's key refuses it, its refusal (and no probe stays open).</summary>
    public (Evaluation? Refused, List<KeyState> Probes) Gate(BreakerScopes scopes, DateTimeOffset now)
    {
        var probes = new List<KeyState>();
        EvaluationBuilder? refused = null;
        foreach (var spec in specs)
        {
            var key = scopes.KeyFor(spec.Scope);
            var state = StateOf(spec.Name, key);
            if (state.Kind == BreakerState.Closed)
            {
                continue;
            }
            if (now >= state.Since + spec.Cooldown)
            {
                (state.Kind, state.Since) = (BreakerState.HalfOpen, now);
                probes.Add(state);
                continue;
            }
            (refused ??= new EvaluationBuilder()).Fire(new Finding(spec.Name, spec.Name, Layer.Breaker, Outcome.Block, ControlMode.Enforce,
                $"breaker `{spec.Name}` is open for `{key}`", []), spec.Fallback);
        }
        if (refused is null)
        {
            return (null, probes);
        }
        Complete(probes, success: false, now);
        return (refused.Build(), []);
    }

    /// <summary>Counts a decided request as the engine does (blocked, findings, escalated, each judge failure), then reports the probes.</summary>
    public void Count(Evaluation decided, int judgeFailures, BreakerScopes scopes, List<KeyState> probes, DateTimeOffset now)
    {
        if (decided.Outcome >= Outcome.Block)
        {
            Record(BreakerCounter.Blocked, scopes, now);
        }
        if (decided.Findings.Length > 0)
        {
            Record(BreakerCounter.Findings, scopes, now);
        }
        if (decided.Outcome == Outcome.Escalate)
        {
            Record(BreakerCounter.Escalated, scopes, now);
        }
        for (var i = 0; i < judgeFailures; i++)
        {
            Record(BreakerCounter.JudgeFailures, scopes, now);
        }
        Complete(probes, success: decided.Outcome < Outcome.Block && judgeFailures == 0, now);
    }

    private void Record(BreakerCounter counter, BreakerScopes scopes, DateTimeOffset now)
    {
        foreach (var spec in specs.Where(s => s.Counter == counter))
        {
            var state = StateOf(spec.Name, scopes.KeyFor(spec.Scope));
            state.Events.Add(now);
            state.Events.RemoveAll(e => e <= now - spec.Window);
            if (state.Events.Count >= spec.Threshold && state.Kind == BreakerState.Closed)
            {
                (state.Kind, state.Since) = (BreakerState.Open, now);
            }
        }
    }

    private static void Complete(List<KeyState> probes, bool success, DateTimeOffset now)
    {
        foreach (var state in probes)
        {
            (state.Kind, state.Since) = (success ? BreakerState.Closed : BreakerState.Open, now);
            if (success)
            {
                state.Events.Clear();
            }
        }
    }

    private KeyState StateOf(string breaker, string key)
    {
        if (!states.TryGetValue((breaker, key), out var state))
        {
            states[(breaker, key)] = state = new KeyState();
        }
        return state;
    }
}
