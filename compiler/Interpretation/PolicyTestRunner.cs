using System.Collections.Immutable;
using Airs.Compiler.Lowering;
using Airs.Runtime.Breakers;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Functions;
using Airs.Runtime.Judges;
using Airs.Runtime.Limits;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Interpretation;

/// <summary>One test's result. <paramref name="Failure"/> is null when it passed.</summary>
public sealed record PolicyTestResult(TestIR Test, string? Failure, Evaluation Evaluation)
{
    public bool Passed => Failure is null;
}

/// <param name="UnfiredControls">Guards and judges that no test made fire (enforcing or detect-only), in declaration order.</param>
public sealed record PolicyTestReport(ImmutableArray<PolicyTestResult> Results, ImmutableArray<string> UnfiredControls)
{
    public int PassedCount => Results.Count(r => r.Passed);

    public int FailedCount => Results.Length - PassedCount;

    public bool AllPassed => FailedCount == 0;
}

/// <summary>
/// Runs a policy's <c>test</c> blocks through the interpreter (what <c>airs test</c> reports). Each test has its own
/// limit counts, tool history, circuit breakers and clock: its <c>send</c> and <c>wait</c> steps run in order, then the
/// request it expects about.
/// </summary>
public static class PolicyTestRunner
{
    /// <summary>Every test's clock starts here: midnight UTC, where every window of a whole number of hours starts.</summary>
    public static readonly DateTimeOffset ClockStart = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static PolicyTestReport Run(PolicyIR policy) => Run(policy, new InterpretedPolicy(policy));

    /// <summary>Runs the tests against another engine for the same policy, e.g. its compiled bundle.</summary>
    public static PolicyTestReport Run(PolicyIR policy, ICompiledPolicy engine)
    {
        var results = ImmutableArray.CreateBuilder<PolicyTestResult>(policy.Tests.Length);
        var fired = new HashSet<string>(StringComparer.Ordinal);
        foreach (var test in policy.Tests)
        {
            var decisions = Decisions(policy, engine, test);
            fired.UnionWith(decisions.SelectMany(d => d.Findings).Select(f => f.Control));
            var evaluation = decisions[^1];
            results.Add(new PolicyTestResult(test, Check(test, evaluation), evaluation));
        }
        var unfired = policy.ControlNames.Where(name => !fired.Contains(name)).Distinct().ToImmutableArray();
        return new PolicyTestReport(results.MoveToImmutable(), unfired);
    }

    /// <summary>Every decision of one test, in order: each request its <c>send</c> steps make, then the one it expects about (last).</summary>
    public static IReadOnlyList<Evaluation> Decisions(PolicyIR policy, ICompiledPolicy engine, TestIR test)
    {
        var replay = new Replay(policy, engine, test);
        var now = ClockStart;
        var decisions = new List<Evaluation>();
        foreach (var step in test.Steps)
        {
            now += step.Wait;
            for (var i = 0; i < step.Times; i++)
            {
                decisions.Add(replay.Decide(step.Stage, step.Context, now));
            }
        }
        decisions.Add(replay.Decide(test.Stage, test.Context, now));
        return decisions;
    }

    /// <summary>
    /// One test's state across its requests, as the engine keeps it in its store: limit counts, the tool history of
    /// sequence rules and the circuit breakers, all in memory and on the test's clock.
    /// </summary>
    private sealed class Replay(PolicyIR policy, ICompiledPolicy engine, TestIR test)
    {
        private readonly EvaluationOptions options = test.Options ?? EvaluationOptions.Default;
        private readonly LimitLedger ledger = new();
        private readonly ReplayedToolHistory history = new(policy.Spec);
        private readonly ReplayedBreakers breakers = new(policy.Spec.Breakers);

        /// <summary>One request as the engine decides it: the breakers' gate, the controls (with the session's tool history),
        /// the limits unless the controls refused it, the judges; then the breakers count it and an allowed tool call is kept.</summary>
        public Evaluation Decide(Stage stage, RequestContext context, DateTimeOffset now)
        {
            var scopes = new BreakerScopes(context.UserId, context.SessionId, AgentScopes.IdOf(policy.Spec.Agents, context.AgentId));
            var (refused, probes) = breakers.Gate(scopes, now);
            if (refused is not null)
            {
                return Limit(stage, context, refused, now); // as the engine does: a refused answer's tokens were spent all the same
            }
            var failures = 0;
            var decided = JudgeOutcomes.Decide(engine, policy.Spec, stage, context, test.JudgeStubs,
                options with { History = history.Read(stage, context, now) }, guards =>
                {
                    var limited = Limit(stage, context, guards, now);
                    failures = JudgeFailures(stage, context, limited);
                    return limited;
                });
            breakers.Count(decided, failures, scopes, probes, now);
            history.Remember(stage, context, decided.Outcome, now);
            return decided;
        }

        private Evaluation Limit(Stage stage, RequestContext context, Evaluation guards, DateTimeOffset now)
        {
            if (policy.Spec.Limits.IsDefaultOrEmpty)
            {
                return guards;
            }
            var charges = LimitRules.Charges(policy.Spec.Name, policy.Spec.Limits, policy.Spec.Agents, stage, context, now);
            if (guards.Outcome >= Outcome.Block)
            {
                charges = LimitRules.Spent(charges); // as the engine does: a refused answer's tokens were spent all the same
                if (charges.Count == 0)
                {
                    return guards;
                }
            }
            var decision = EvaluationBuilder.Continue(guards, options.Trace);
            var tallies = new List<LimitTally>(charges.Count);
            foreach (var charge in charges)
            {
                tallies.Add(ledger.Meet(charge));
                LimitRules.Apply(decision, charge, tallies[^1], now);
            }
            foreach (var back in LimitRules.Returns(charges, tallies))
            {
                ledger.Meet(back); // as the engine does: a request a limit refused consumed nothing
            }
            return decision.Build();
        }

        /// <summary>The judges that run on this request and whose stub is an error or a timeout: the breakers count each.</summary>
        private int JudgeFailures(Stage stage, RequestContext context, Evaluation guards) =>
            guards.Outcome >= Outcome.Block ? 0 : policy.Spec.Judges.Count(j => j.Stage == stage && !guards.IdleJudges.Contains(j.Name)
                && JudgeSchedule.RunsFor(j, policy.Spec, context)
                && test.JudgeStubs.GetValueOrDefault(j.Name) is JudgeVerdict.Error or JudgeVerdict.Timeout);
    }

    /// <summary>Why the evaluation does not meet the test's expectation, or null when it does.</summary>
    public static string? Check(TestIR test, Evaluation evaluation)
    {
        var deciders = evaluation.Findings.Where(f => f.Enforced && f.Outcome == evaluation.Outcome).Select(f => f.Control).ToList();
        var outcomeMatches = evaluation.Outcome == test.Expected;
        var controlMatches = test.ExpectedControl is null || deciders.Contains(test.ExpectedControl);
        if (outcomeMatches && controlMatches)
        {
            return null;
        }
        var expected = $"`{test.Expected.ToKeyword()}`" + (test.ExpectedControl is null ? "" : $" by `{test.ExpectedControl}`");
        var got = $"`{evaluation.Outcome.ToKeyword()}`" + (deciders.Count == 0 ? "" : $" by `{deciders[0]}`");
        return $"expected {expected}, got {got}";
    }
}
