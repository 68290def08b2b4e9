using System.Diagnostics;
using System.Text.Json;
using Airs.Compiler.Emit;
using Airs.Compiler.Interpretation;
using Airs.Compiler.Lowering;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using FsCheck;
using Outcome = Airs.Runtime.Decisions.Outcome;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace Airs.Compiler.Tests.Emit;

/// <summary>
/// The interpreter is the oracle: for random well-typed policies and random contexts, the compiled evaluator
/// must return the same evaluation (outcome, message, findings with evidence, redactions, escalations, trace)
/// on every stage and under every PACE option set. Policies are compiled in batches into one assembly.
/// Set <c>AIRS_DIFFERENTIAL_CASES</c> for a larger run.
/// </summary>
public sealed class DifferentialTests(ITestOutputHelper output)
{
    private const int DefaultCases = 2_400;
    private const int PoliciesPerBatch = 200;
    private const int CasesPerBatch = 20_000;

    [Fact]
    public void Compiled_evaluators_agree_with_the_interpreter_on_random_policies_and_contexts()
    {
        var cases = int.TryParse(Environment.GetEnvironmentVariable("AIRS_DIFFERENTIAL_CASES"), out var n) && n > 0 ? n : DefaultCases;
        var clock = Stopwatch.StartNew();
        var stats = new Stats();
        var batch = 0;
        for (var remaining = cases; remaining > 0; remaining -= CasesPerBatch, batch++)
        {
            RunBatch(batch, Math.Min(remaining, CasesPerBatch), stats);
        }
        output.WriteLine($"{stats.Cases} policy x context cases, {stats.Evaluations} evaluations per engine, {stats.Policies} policies in {batch} assemblies, "
            + $"{stats.Fired} evaluations with a finding, {clock.Elapsed.TotalSeconds:F1} s on {Environment.ProcessorCount} cores");
        Assert.Equal(cases, stats.Cases);
        // The generator must make controls fire often enough for the comparison to mean something.
        Assert.True(stats.Fired > stats.Evaluations / 10, $"only {stats.Fired} of {stats.Evaluations} evaluations fired anything");
        Assert.True(stats.Blocked > 0 && stats.Redacted > 0 && stats.Escalated > 0, "every outcome kind should occur");
        // Judge `when` conditions: both sides must be reached for the comparison to cover them.
        Assert.True(stats.IdleJudges > 0 && stats.RunningJudges > 0, $"judge conditions: {stats.IdleJudges} idle, {stats.RunningJudges} running");
    }

    private void RunBatch(int batch, int cases, Stats stats)
    {
        var policies = Gen.Choose(0, int.MaxValue)
            .Select(seed => new RandomPolicies(new Random(seed)).Policy(seed))
            .Sample(PoliciesPerBatch, 10)
            .ToArray();
        stats.Policies += policies.Length;
        var emitted = PolicyEmitter.Emit(policies, $"Airs.Differential{batch}");
        Assert.True(emitted.Success && emitted.Diagnostics.IsEmpty, string.Join("\n", emitted.Diagnostics) + "\n" + emitted.Source);
        using var loaded = LoadedEvaluators.Load(emitted);
        var compiled = emitted.TypeNames.Select(loaded.Create).ToArray();

        var caseGen = Gen.Zip(Gen.Choose(0, policies.Length - 1), Gen.Choose(0, int.MaxValue));
        Prop.ForAll(Arb.From(caseGen), c =>
        {
            var (index, seed) = c;
            var policy = policies[index];
            var context = new RandomContexts(new Random(seed)).Context([.. policy.Spec.Agents.Select(a => a.Name)]);
            foreach (var stage in Stages.All)
            {
                foreach (var options in EmitTestSupport.OptionVariants)
                {
                    var expected = Interpreter.Evaluate(policy, stage, context, options);
                    var actual = compiled[index].Evaluate(stage, context, options);
                    var e = EmitTestSupport.Canonical(expected);
                    var a = EmitTestSupport.Canonical(actual);
                    if (e != a)
                    {
                        throw new InvalidOperationException(Disagreement(policy, context, stage, options, e, a));
                    }
                    stats.Count(expected);
                    stats.RunningJudges += policy.JudgeConditionsFor(stage).Count() - expected.IdleJudges.Length;
                }
            }
            stats.Cases++;
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(cases).WithQuietOnSuccess(true));
    }

    private static string Disagreement(PolicyIR policy, RequestContext context, Stage stage, EvaluationOptions options, string expected, string actual) =>
        $"""
        the compiled evaluator disagrees with the interpreter on stage `{stage.ToKeyword()}` with {options}
        interpreted: {expected}
        compiled:    {actual}
        policy:
        {IrPrinter.Print(policy)}
        context: {JsonSerializer.Serialize(context)}
        """;

    private sealed class Stats
    {
        public int Cases, Policies;
        public long Evaluations, Fired, Blocked, Redacted, Escalated, IdleJudges, RunningJudges;

        public void Count(Evaluation e)
        {
            Evaluations++;
            Fired += e.Findings.IsEmpty ? 0 : 1;
            Blocked += e.Outcome == Outcome.Block ? 1 : 0;
            Redacted += e.Outcome == Outcome.Redact ? 1 : 0;
            Escalated += e.Outcome == Outcome.Escalate ? 1 : 0;
            IdleJudges += e.IdleJudges.Length;
        }
    }
}
