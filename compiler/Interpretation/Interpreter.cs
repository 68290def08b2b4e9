using System.Collections.Immutable;
using Airs.Compiler.Lowering;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Functions;

namespace Airs.Compiler.Interpretation;

/// <summary>
/// The reference interpreter: the small, obviously-right engine the compiled evaluator is tested against.
/// For a stage it runs the implicit controls (context attributes; tool permissions and arguments), then every guard
/// of that stage in declaration order, through the runtime's <see cref="EvaluationBuilder"/>.
/// </summary>
public static class Interpreter
{
    public static Evaluation Evaluate(PolicyIR policy, Stage stage, RequestContext context, EvaluationOptions options) =>
        Evaluate(policy, new ImplicitControls(policy.Spec), stage, context, options);

    /// <summary>
    /// What <c>airs test</c> decides: the guards, then each judge of the stage with its stubbed verdict
    /// (judges without a stub pass), applied with the judge's mode and the tier's failure posture.
    /// </summary>
    public static Evaluation Decide(PolicyIR policy, Stage stage, RequestContext context, IReadOnlyDictionary<string, JudgeVerdict> stubs, EvaluationOptions options) =>
        JudgeOutcomes.Decide(new InterpretedPolicy(policy), policy.Spec, stage, context, stubs, options);

    /// <summary>Whether an expression holds on a context (its evidence is dropped), e.g. a block's gate.</summary>
    public static bool Holds(ExprIR condition, RequestContext context) =>
        new ExpressionEvaluator(context, new EvidenceSink()).IsTrue(condition);

    internal static Evaluation Evaluate(PolicyIR policy, ImplicitControls implicitControls, Stage stage, RequestContext context, EvaluationOptions options)
    {
        var builder = new EvaluationBuilder(options.Trace);
        RunGuards(policy, implicitControls, stage, context, options, builder);
        return builder.Build();
    }

    private static void RunGuards(PolicyIR policy, ImplicitControls implicitControls, Stage stage, RequestContext context, EvaluationOptions options, EvaluationBuilder builder)
    {
        var implicitBuilder = builder;
        implicitControls.Check(stage, context, options, ref implicitBuilder);
        var sink = new EvidenceSink();
        var memo = CallMemo.Rent(0);
        try
        {
            var evaluator = new ExpressionEvaluator(context, sink, memo);
            foreach (var block in policy.BlocksFor(stage))
            {
                // A closed gate: no guard of the block can hold, so none is evaluated.
                var open = block.Gate is null || evaluator.IsTrue(block.Gate);
                foreach (var index in block.Guards)
                {
                    RunGuard(policy.Guards[index], open, evaluator, sink, options, builder);
                }
            }
            foreach (var judge in policy.JudgeConditionsFor(stage))
            {
                sink.Clear(); // a judge's condition chooses whether it runs; its matches are nobody's evidence
                if (!evaluator.IsTrue(judge.Condition))
                {
                    builder.JudgeIdle(judge.Judge);
                }
            }
        }
        finally
        {
            CallMemo.Return(memo);
        }
    }

    private static void RunGuard(GuardIR guard, bool open, ExpressionEvaluator evaluator, EvidenceSink sink, EvaluationOptions options, EvaluationBuilder builder)
    {
        sink.Clear();
        if (!open || !evaluator.IsTrue(guard.Condition))
        {
            builder.NotFired(guard.Name, Layer.Guardrail);
            return;
        }
        var redactions = guard.Action is ActionIR.Redact redact ? Redactions(redact, evaluator) : [];
        ControlFiring.FireGuard(
            builder,
            guard.Id,
            guard.Name,
            ControlFiring.EffectiveMode(guard.Mode, options),
            guard.Action.Outcome,
            guard.Action.Message,
            (guard.Action as ActionIR.Escalate)?.Review,
            (guard.Action as ActionIR.Pace)?.Level,
            sink.Drain(),
            redactions);
    }

    // The spans are evaluated only once the condition holds; their matches join the guard's evidence.
    private static ImmutableArray<Redaction> Redactions(ActionIR.Redact redact, ExpressionEvaluator evaluator)
    {
        var spans = (Spans)evaluator.Evaluate(redact.Spans);
        return redact.Style is { } style
            ? PolicyFunctions.Redactions(spans, style)
            : PolicyFunctions.Redactions(spans, redact.Replacement!);
    }
}
