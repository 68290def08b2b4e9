using Airs.Runtime.Functions;
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

            // The trace lists the stage's guards in order; the guard findings are exactly the fired ones, each with
            // its action's outcome and its effective mode.
            var guardsOfStage = c.guards.Where(g => g.Stage == c.stage).ToList();
            var traced = result.Trace.Where(t => t.Layer == Layer.Guardrail).ToList();
            if (traced.Count != guardsOfStage.Count || traced.Zip(guardsOfStage).Any(p => p.First.Control != p.Second.Name))
            {
                return false;
            }
            var fired = guardsOfStage.Where((_, i) => traced[i].Fired).ToList();
            var guardFindings = result.Findings.Where(f => f.Layer == Layer.Guardrail).ToList();
            var findingsMatch = guardFindings.Count == fired.Count && fired.Zip(guardFindings).All(p =>
                p.Second.Control == p.First.Name && p.Second.Outcome == p.First.Action.Outcome
                && p.Second.Mode == ControlFiring.EffectiveMode(p.First.Mode, c.options));

            // The join's message and review queues, from the guards' own actions, when only guards fired.
            var joinMatches = true;
            if (guardFindings.Count == result.Findings.Length)
            {
                var enforcing = fired.Where(g => ControlFiring.EffectiveMode(g.Mode, c.options) == ControlMode.Enforce).ToList();
                var message = joined == Outcome.Allow ? null : enforcing.Where(g => g.Action.Outcome == joined).Select(g => g.Action.Message).FirstOrDefault(m => m is not null);
                var queues = enforcing.Select(g => (g.Action as ActionIR.Escalate)?.Review).OfType<string>().Distinct();
                joinMatches = result.Message == message && result.Escalations.SequenceEqual(queues);
            }
            return result.Outcome == joined
                && findingsMatch
                && joinMatches
                && result.Findings.All(f => f.Evidence.All(e => e.Start >= 0 && e.Length >= 0));
        }));
    }

    /// <summary>
    /// The join against a direct reading of its rule: the strictest enforcing outcome; the first message given at that
    /// outcome; the review queues of enforcing escalations, first asked first; detect-mode guards change nothing.
    /// </summary>
    [Fact]
    public void The_join_takes_the_strictest_outcome_its_first_message_and_the_queues_in_order()
    {
        var actions = Gen.Elements<ActionIR>(new ActionIR.Block("no"), new ActionIR.Block("stop"), new ActionIR.Block(null),
            new ActionIR.Flag("hm"), new ActionIR.Flag("odd"), new ActionIR.Flag(null), new ActionIR.Allow(),
            new ActionIR.Escalate("support_review"), new ActionIR.Escalate("other_review"), new ActionIR.Halt());
        var guard = from action in actions
                    from mode in Gen.Elements(ControlMode.Enforce, ControlMode.Enforce, ControlMode.Detect)
                    from fires in Gen.Elements(true, true, false)
                    select Ir.Guard("g", Stage.Input, Ir.Bool(fires), action, mode);
        var cases = Gen.ListOf(guard).Select(g => g.Take(8).ToArray()).ToArbitrary();

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(cases, guards =>
        {
            var result = Interpreter.Evaluate(Policy(guards), Stage.Input, Input("hello"), EvaluationOptions.Default);
            var enforcing = guards.Where(g => g.Mode == ControlMode.Enforce && g.Condition == Ir.True).ToList();
            var outcome = enforcing.Select(g => g.Action.Outcome).DefaultIfEmpty(Outcome.Allow).Max();
            var message = outcome == Outcome.Allow ? null : enforcing.Where(g => g.Action.Outcome == outcome).Select(g => g.Action.Message).FirstOrDefault(m => m is not null);
            var queues = enforcing.Select(g => (g.Action as ActionIR.Escalate)?.Review).OfType<string>().Distinct();
            return result.Outcome == outcome && result.Message == message && result.Escalations.SequenceEqual(queues)
                && result.Findings.Length == guards.Count(g => g.Condition == Ir.True);
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
