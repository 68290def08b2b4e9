using Airs.Runtime.Decisions;
using Airs.Runtime.Judges;
using Airs.Runtime.Policy;

namespace Airs.Runtime.Functions;

/// <summary>
/// A decision with stubbed judge verdicts, as <c>airs test</c> and <c>airs eval</c> make it. Each stub becomes the
/// <see cref="JudgeResult"/> the engine would get, and goes through the engine's own rules
/// (<see cref="JudgeActions"/>), so a test decides what production decides at PACE level primary with every judge
/// sampled. A judge failure never throws.
/// </summary>
public static class JudgeOutcomes
{
    /// <summary>
    /// The policy's controls for the stage, then, unless they already block, each judge of the stage that runs at the
    /// request's <c>workflow.point</c> (<see cref="JudgeSchedule"/>) with its verdict
    /// (judges without one pass). A judge that is not <c>blocking</c> runs after the decision in production: its
    /// finding is recorded as detect-only, because it cannot change the decision. The same for an interpreted and a
    /// compiled policy, because both go through <see cref="ICompiledPolicy"/>.
    /// </summary>
    /// <param name="afterGuardrails">What runs between the controls and the judges, as in the engine (the limits of <c>airs test</c>).</param>
    public static Evaluation Decide(ICompiledPolicy policy, PolicySpec spec, Stage stage, Context.RequestContext context,
        IReadOnlyDictionary<string, JudgeVerdict> verdicts, EvaluationOptions options, Func<Evaluation, Evaluation>? afterGuardrails = null)
    {
        var guards = policy.Evaluate(stage, context, options);
        if (afterGuardrails is not null)
        {
            guards = afterGuardrails(guards);
        }
        var judges = spec.Judges.Where(j => j.Stage == stage && JudgeSchedule.RunsFor(j, spec, context)).ToList();
        if (judges.Count == 0)
        {
            return guards;
        }
        var builder = EvaluationBuilder.Continue(guards, options.Trace);
        var defaultReview = spec.Reviews.IsDefaultOrEmpty ? null : spec.Reviews[0].Name;
        foreach (var judge in judges)
        {
            if (guards.Outcome >= Outcome.Block)
            {
                builder.NotFired(judge.Name, Layer.Judge, "the guardrails already refused");
                continue;
            }
            if (guards.IdleJudges.Contains(judge.Name))
            {
                continue; // its `when` was false: the evaluation's trace already says so
            }
            var verdict = verdicts.TryGetValue(judge.Name, out var stubbed) ? stubbed : JudgeVerdict.Pass;
            if (JudgeActions.Map(Result(judge, verdict), judge, spec.Tier) is not { } disposition)
            {
                builder.NotFired(judge.Name, Layer.Judge, "verdict was pass");
                continue;
            }
            var mode = judge.Blocking ? ControlFiring.EffectiveMode(judge.Mode, options) : ControlMode.Detect;
            JudgeActions.Apply(builder, disposition, mode, defaultReview);
        }
        return builder.Build();
    }

    /// <summary>What the judge runner would have returned for a stubbed verdict.</summary>
    public static JudgeResult Result(JudgeSpec judge, JudgeVerdict verdict) => verdict switch
    {
        // A stubbed pass or fail is a sure one; `uncertain` is below every confidence band.
        JudgeVerdict.Pass => new JudgeResult.Passed(judge.Name, judge.Model, new Verdict(VerdictLabel.Pass, 1.0, null)),
        JudgeVerdict.Fail => new JudgeResult.Failed(judge.Name, judge.Model, new Verdict(VerdictLabel.Fail, 1.0, null)),
        JudgeVerdict.Uncertain => new JudgeResult.Passed(judge.Name, judge.Model, new Verdict(VerdictLabel.Pass, 0.0, null)),
        JudgeVerdict.Timeout => new JudgeResult.Errored(judge.Name, judge.Model, JudgeErrorKind.Timeout,
            JudgeRunner.TimeoutDetail(judge.Model, JudgeRunner.EffectiveTimeout(judge.Timeout, JudgeRunnerOptions.Default.DefaultTimeout))),
        JudgeVerdict.Error => new JudgeResult.Errored(judge.Name, judge.Model, JudgeErrorKind.Exception, "the test stubs an error"),
        _ => throw new ArgumentOutOfRangeException(nameof(verdict)),
    };
}
