using System.Diagnostics;
using System.Text.Json;
using Airs.Compiler.Emit;
using Airs.Compiler.Interpretation;
using Airs.Compiler.Lowering;
using Airs.Compiler.Optimization;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using FsCheck;
using Outcome = Airs.Runtime.Decisions.Outcome;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace Airs.Compiler.Tests.Emit;

/// <summary>
/// The interpreter on the unoptimised IR is the oracle: for random well-typed policies and random contexts, the
/// interpreter on the optimised IR and the compiled evaluator of the optimised IR must both return the same
/// evaluation (outcome, message, findings with evidence, redactions, escalations, trace) on every stage and under
/// every PACE option set, so every rewrite of the optimiser is held to it (compiled ≡ interpreted ≡ unoptimised).
/// Policies are compiled in batches into one assembly. Set <c>AIRS_DIFFERENTIAL_CASES</c> for a larger run. Policies
/// and cases come from one seed, <c>AIRS_FUZZ_SEED</c> when set (CI fixes it, so a red run repeats; otherwise a fresh
/// one, printed): whether every outcome kind and rewrite occurs depends on the draw.
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
        var seed = FuzzSeed.Next();
        var clock = Stopwatch.StartNew();
        var stats = new Stats();
        var batch = 0;
        for (var remaining = cases; remaining > 0; remaining -= CasesPerBatch, batch++)
        {
            RunBatch(seed + (ulong)batch, Math.Min(remaining, CasesPerBatch), stats);
        }
        output.WriteLine($"seed {seed} (AIRS_FUZZ_SEED={seed} repeats this run)");
        output.WriteLine($"{stats.Cases} policy x context cases, {stats.Evaluations} evaluations per engine, {stats.Policies} policies in {batch} assemblies, "
            + $"{stats.Fired} evaluations with a finding ({stats.Blocked} blocked, {stats.Redacted} redacted, {stats.Escalated} escalated), "
            + $"{clock.Elapsed.TotalSeconds:F1} s on {Environment.ProcessorCount} cores");
        Assert.Equal(cases, stats.Cases);
        // The generator must make controls fire often enough for the comparison to mean something.
        Assert.True(stats.Fired > stats.Evaluations / 10, $"only {stats.Fired} of {stats.Evaluations} evaluations fired anything");
        Assert.True(stats.Blocked > 0 && stats.Redacted > 0 && stats.Escalated > 0,
            $"every outcome kind should occur: {stats.Blocked} blocked, {stats.Redacted} redacted, {stats.Escalated} escalated");
        // Judge `when` conditions: both sides must be reached for the comparison to cover them.
        Assert.True(stats.IdleJudges > 0 && stats.RunningJudges > 0, $"judge conditions: {stats.IdleJudges} idle, {stats.RunningJudges} running");
        // Every rewrite must be exercised, and gates must be found closed as well as open.
        output.WriteLine($"rewrites: {stats.Gated} gated blocks, {stats.Dead} dead guards, {stats.Shared} shared calls, {stats.Modes} static modes; "
            + $"{stats.ClosedGates} closed and {stats.OpenGates} open gates seen");
        Assert.True(stats.Gated > 0 && stats.Dead > 0 && stats.Shared > 0 && stats.Modes > 0, "every rewrite should occur");
        Assert.True(stats.ClosedGates > 0 && stats.OpenGates > 0, "gates should be seen both closed and open");
    }

    private void RunBatch(ulong batchSeed, int cases, Stats stats)
    {
        var draw = new Random(unchecked((int)batchSeed ^ (int)(batchSeed >> 32)));
        var policies = Enumerable.Range(0, PoliciesPerBatch)
            .Select(_ => draw.Next())
            .Select(seed => new RandomPolicies(new Random(seed)).Policy(seed))
            .ToArray();
        stats.Policies += policies.Length;
        var optimised = policies.Select(Optimizer.Optimize).ToArray();
        foreach (var o in optimised)
        {
            stats.Count(o);
        }
        var emitted = PolicyEmitter.Emit(optimised, $"Airs.Differential{batchSeed}");
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
                    var interpreted = Interpreter.Evaluate(optimised[index], stage, context, options);
                    var actual = compiled[index].Evaluate(stage, context, options);
                    var e = EmitTestSupport.Canonical(expected);
                    var i = EmitTestSupport.Canonical(interpreted);
                    var a = EmitTestSupport.Canonical(actual);
                    if (e != i || e != a)
                    {
                        throw new InvalidOperationException(Disagreement(policy, optimised[index], context, stage, options, e, i, a));
                    }
                    stats.Count(expected);
                    stats.RunningJudges += policy.JudgeConditionsFor(stage).Count() - expected.IdleJudges.Length;
                    stats.CountGates(optimised[index], stage, context);
                }
            }
            stats.Cases++;
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(cases).WithQuietOnSuccess(true).WithReplay(batchSeed, (batchSeed << 1) | 1)); // SplitMix's gamma is odd
    }

    private static string Disagreement(PolicyIR policy, PolicyIR optimised, RequestContext context, Stage stage, EvaluationOptions options,
        string expected, string interpreted, string compiled) =>
        $"""
        the engines disagree on stage `{stage.ToKeyword()}` with {options}
        unoptimised: {expected}
        interpreted: {interpreted}
        compiled:    {compiled}
        policy:
        {IrPrinter.Print(policy)}
        optimised:
        {IrPrinter.Print(optimised)}
        context: {JsonSerializer.Serialize(context)}
        """;

    private sealed class Stats
    {
        public int Cases, Policies, Gated, Dead, Shared, Modes;
        public long Evaluations, Fired, Blocked, Redacted, Escalated, IdleJudges, RunningJudges, ClosedGates, OpenGates;

        public void Count(PolicyIR optimised)
        {
            Gated += optimised.Blocks.Count(b => b.Gate is not null && !b.IsDead);
            Dead += optimised.Blocks.Where(b => b.IsDead).Sum(b => b.Guards.Length);
            var printed = IrPrinter.Print(optimised);
            Shared += printed.Split("(shared#").Length - 1;
            Modes += printed.Split(":prompt ").Length + printed.Split(":content ").Length - 2;
        }

        public void CountGates(PolicyIR optimised, Stage stage, RequestContext context)
        {
            foreach (var block in optimised.BlocksFor(stage).Where(b => b.Gate is not null && !b.IsDead))
            {
                var open = Interpreter.Holds(block.Gate!, context);
                ClosedGates += open ? 0 : 1;
                OpenGates += open ? 1 : 0;
            }
        }

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
