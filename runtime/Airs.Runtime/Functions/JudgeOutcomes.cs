using Airs.Runtime.Decisions;
using Airs.Runtime.Policy;

namespace Airs.Runtime.Functions;

/// <summary>
/// What a judge's verdict does to a decision: pass does nothing; fail applies the judge's <c>on fail</c>
/// action; an error or timeout applies <c>on error</c>, and when that action only moves PACE, the tier's
/// failure posture decides (fail closed blocks, fail open allows with a finding). A judge failure never throws.
/// </summary>
public static class JudgeOutcomes
{
    /// <summary>
    /// The <c>on error</c> action of a judge that declares none: the tier's failure posture. The binder lowers
    /// an absent <c>on error</c> to this, so the spec is always complete.
    /// </summary>
    public static ActionSpec DefaultOnError(Tier tier) =>
        TierRequirements.For(tier).FailClosed ? new ActionSpec(Outcome.Block) : new ActionSpec(Outcome.Allow);

    /// <summary>
    /// A whole deterministic decision with stubbed judge verdicts, as `airs test` and `airs eval` make it: the
    /// policy's controls for the stage, then each judge of the stage with its verdict (judges without one pass).
    /// The same for an interpreted and a compiled policy, because both go through <see cref="ICompiledPolicy"/>.
    /// </summary>
    public static Evaluation Decide(ICompiledPolicy policy, PolicySpec spec, Stage stage, Context.RequestContext context,
        IReadOnlyDictionary<string, JudgeVerdict> verdicts, EvaluationOptions options)
    {
        var guards = policy.Evaluate(stage, context, options);
        var judges = spec.Judges.Where(j => j.Stage == stage).ToList();
        if (judges.Count == 0)
        {
            return guards;
        }
        var builder = EvaluationBuilder.Continue(guards, options.Trace);
        foreach (var judge in judges)
        {
            Apply(builder, judge, spec.Tier, verdicts.TryGetValue(judge.Name, out var verdict) ? verdict : JudgeVerdict.Pass, options);
        }
        return builder.Build();
    }

    public static void Apply(EvaluationBuilder builder, JudgeSpec judge, Tier tier, JudgeVerdict verdict, EvaluationOptions options)
    {
        if (verdict == JudgeVerdict.Pass)
        {
            builder.NotFired(judge.Name, Layer.Judge, "verdict was pass");
            return;
        }
        var action = verdict == JudgeVerdict.Fail ? judge.OnFail : judge.OnError;
        var outcome = action.Outcome;
        if (verdict != JudgeVerdict.Fail && action.Pace is not null)
        {
            outcome = TierRequirements.For(tier).FailClosed ? Outcome.Block : Outcome.Allow;
        }
        var mode = ControlFiring.EffectiveMode(judge.Mode, options);
        var text = $"judge `{judge.Name}` returned {verdict.ToKeyword()}";
        text += action.Pace is { } level ? $", moving to pace `{level.ToKeyword()}`" : "";
        text += outcome == Outcome.Escalate && action.Review is not null ? $", escalating to `{action.Review}`" : "";
        text += action.Message is not null ? $": {action.Message}" : "";
        var finding = new Finding(judge.Id, judge.Name, Layer.Judge, outcome, mode, text, []);
        builder.Fire(finding, action.Message, outcome == Outcome.Escalate ? action.Review : null);
    }
}
