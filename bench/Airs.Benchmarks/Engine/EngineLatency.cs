using System.Diagnostics;
using Airs.Benchmarks.Compare;
using Airs.Compiler.Binding;
using Airs.Compiler.Emit;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;

namespace Airs.Benchmarks.Engine;

/// <summary>
/// The engine figures of issue 21 timed call by call, all in one process and one run, so their ratios hold even on
/// a loaded machine: nothing fires (interpreter before and after the optimiser, compiled) and 10, 100 and 1,000
/// input guards on 2 KB (compiled, with and without the optimiser). Prints the median and the minimum of single
/// calls, after a warm-up.
/// </summary>
internal static class EngineLatency
{
    public static int Run(int calls)
    {
        using (var quiet = EnginePolicies.FromText("quiet.airs", NothingFiresBenchmarks.Policy))
        {
            var context = NothingFiresBenchmarks.Context;
            Report("nothing fires, interpreted (unoptimised IR)", calls, () => quiet.Unoptimised.Evaluate(Stage.Input, context, EvaluationOptions.Default));
            Report("nothing fires, interpreted (optimised IR)", calls, () => quiet.Interpreted.Evaluate(Stage.Input, context, EvaluationOptions.Default));
            Report("nothing fires, compiled", calls, () => quiet.Compiled.Evaluate(Stage.Input, context, EvaluationOptions.Default));
        }
        foreach (var controls in new[] { 10, 100, 1000 })
        {
            var text = Workloads.Workloads.ManyControlsPolicy(controls);
            var context = new RequestContext { InputText = Workloads.Workloads.CleanMessage(2048), UserRoles = ["customer"] };
            using var engines = EnginePolicies.FromText("many_controls.airs", text);
            Report($"{controls} guards, none fires, compiled", calls / 10, () => engines.Compiled.Evaluate(Stage.Input, context, EvaluationOptions.Default));
            var lowered = Compilation.FromText("many_controls.airs", text).LoweredPolicy!;
            var emitted = PolicyEmitter.Emit(lowered);
            using var loaded = LoadedEvaluators.Load(emitted);
            var unoptimised = loaded.Create(emitted.TypeName);
            Report($"{controls} guards, none fires, compiled without the optimiser", calls / 10, () => unoptimised.Evaluate(Stage.Input, context, EvaluationOptions.Default));
        }
        return 0;
    }

    private static void Report(string what, int calls, Func<Evaluation> call)
    {
        // Warm-up by time, not count: tiered compilation promotes a method only after a delay, and a fast call would
        // otherwise be timed in its first-tier code (a vectorised probe there is many times slower).
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed < TimeSpan.FromSeconds(2))
        {
            call();
        }
        var samples = new double[calls];
        for (var i = 0; i < calls; i++)
        {
            var start = Stopwatch.GetTimestamp();
            call();
            samples[i] = Timing.Nanoseconds(Stopwatch.GetTimestamp() - start);
        }
        Array.Sort(samples);
        Console.WriteLine($"{what}: median {Timing.Quantile(samples, 0.5):F0} ns, min {samples[0]:F0} ns ({calls} calls)");
    }
}
