using Airs.Compiler.Interpretation;
using Airs.Compiler.Lowering;
using Airs.Runtime.Decisions;
using FsCheck;
using FsCheck.Fluent;
using static Airs.Compiler.Tests.Interpretation.Policies;
using Outcome = Airs.Runtime.Decisions.Outcome;

namespace Airs.Compiler.Tests.Interpretation;

public sealed class InterpreterPropertyTests
{
    /// <summary>Type safety of the evaluator: well-typed IR never throws, whatever the request carries.</summary>
    [Fact]
    public void Random_well_typed_policies_evaluate_without_throwing_and_join_their_findings()
    {
        var cases = (from guards in Gen.ListOf(RandomIr.Guard(3)).Select(g => g.Take(6).ToArray())
                     from context in RandomIr.Context()
                     from stage in Gen.Elements(Stages.All.ToArray())
                     from enforceAll in Gen.Elements(false, true)
                     from readOnly in Gen.Elements(false, true)
                     select (guards, context, stage, options: new EvaluationOptions(enforceAll, readOnly, Trace: true))).ToArbitrary();

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(cases, c =>
        {
            var policy = Policy(Spec(policyTools: ["orders.refund", "hello"]), c.guards);
            var result = Interpreter.Evaluate(policy, c.stage, c.context, c.options);
            var joined = result.Findings.Where(f => f.Enforced).Select(f => f.Outcome).DefaultIfEmpty(Outcome.Allow).Max();
            var guardsOfStage = c.guards.Count(g => g.Stage == c.stage);
            var traced = result.Trace.Count(t => t.Layer == Layer.Guardrail);
            var printed = IrPrinter.Print(policy);
            return result.Outcome == joined
                && traced == guardsOfStage
                && result.Findings.All(f => f.Evidence.All(e => e.Start >= 0 && e.Length >= 0))
                && printed == IrPrinter.Print(policy);
        }));
    }

    /// <summary>A stateless engine: evaluating twice, or through <see cref="InterpretedPolicy"/>, gives the same evaluation.</summary>
    [Fact]
    public void Evaluation_is_deterministic()
    {
        var cases = (from guards in Gen.ListOf(RandomIr.Guard(2)).Select(g => g.Take(4).ToArray())
                     from context in RandomIr.Context()
                     from stage in Gen.Elements(Stages.All.ToArray())
                     select (guards, context, stage)).ToArbitrary();
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(100), Prop.ForAll(cases, c =>
        {
            var policy = Policy(c.guards);
            var options = new EvaluationOptions(Trace: true);
            var first = Interpreter.Evaluate(policy, c.stage, c.context, options);
            var second = new InterpretedPolicy(policy).Evaluate(c.stage, c.context, options);
            return EvaluationDiff.Describe(first, second) is null;
        }));
    }
}
