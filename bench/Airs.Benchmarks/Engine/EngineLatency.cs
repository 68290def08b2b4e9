using System.Diagnostics;
using Airs.Benchmarks.Compare;
using Airs.Compiler.Binding;
using Airs.Compiler.Emit;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;

namespace Airs.Benchmarks.Engine;

/// <summary>
/// The engine figures of issue 21 timed call by call, all in one process, so their ratios hold even on a loaded
/// machine: nothing fires (the interpreter before and after the optimiser, compiled) and 10, 100 and 1,000 input
/// guards on 2 KB and the guardrail pass (compiled, with and without the optimiser). Every configuration runs twice and only the second
/// pass is reported: under load, tiered compilation can take seconds to promote the vectorised search code, and
/// a first pass would time its first-tier version. Prints the median and the minimum of single calls.
/// </summary>
internal static class EngineLatency
{
    public static int Run(int calls)
    {
        var cases = new List<(string Name, int Calls, Func<Evaluation> Call)>();
        var disposables = new List<IDisposable>();
        var quiet = EnginePolicies.FromText("quiet.airs", NothingFiresBenchmarks.Policy);
        disposables.Add(quiet);
        var context = NothingFiresBenchmarks.Context;
        cases.Add(("nothing fires, interpreted (unoptimised IR)", calls, () => quiet.Unoptimised.Evaluate(Stage.Input, context, EvaluationOptions.Default)));
        cases.Add(("nothing fires, interpreted (optimised IR)", calls, () => quiet.Interpreted.Evaluate(Stage.Input, context, EvaluationOptions.Default)));
        cases.Add(("nothing fires, compiled", calls, () => quiet.Compiled.Evaluate(Stage.Input, context, EvaluationOptions.Default)));
        var message = new RequestContext { InputText = Workloads.Workloads.CleanMessage(2048), UserRoles = ["customer"] };
        foreach (var controls in new[] { 10, 100, 1000 })
        {
            var text = Workloads.Workloads.ManyControlsPolicy(controls);
            var engines = EnginePolicies.FromText("many_controls.airs", text);
            var emitted = PolicyEmitter.Emit(Compilation.FromText("many_controls.airs", text).LoweredPolicy!);
            var loaded = LoadedEvaluators.Load(emitted);
            var unoptimised = loaded.Create(emitted.TypeName);
            disposables.AddRange([engines, loaded]);
            cases.Add(($"{controls} guards, none fires, compiled", calls / 10, () => engines.Compiled.Evaluate(Stage.Input, message, EvaluationOptions.Default)));
            cases.Add(($"{controls} guards, none fires, compiled without the optimiser", calls / 10, () => unoptimised.Evaluate(Stage.Input, message, EvaluationOptions.Default)));
        }
        var guardrail = Compilation.FromText("guardrail_pass.airs", Workloads.Workloads.GuardrailPolicy);
        var twoKb = Workloads.Workloads.CleanMessage(2048);
        var pair = new RequestContext { InputText = twoKb, OutputText = twoKb };
        foreach (var (label, policy) in new[] { ("", guardrail.Policy!), (" without the optimiser", guardrail.LoweredPolicy!) })
        {
            var emitted = PolicyEmitter.Emit(policy);
            var loaded = LoadedEvaluators.Load(emitted);
            var engine = loaded.Create(emitted.TypeName);
            disposables.Add(loaded);
            cases.Add(($"guardrail pass, 2 KB in + out, four packs, compiled{label}", calls / 10, () =>
            {
                engine.Evaluate(Stage.Input, pair, EvaluationOptions.Default);
                return engine.Evaluate(Stage.Output, pair, EvaluationOptions.Default);
            }));
        }
        foreach (var pass in new[] { false, true })
        {
            foreach (var (name, count, call) in cases)
            {
                var (median, min) = Measure(count, call);
                if (pass)
                {
                    Console.WriteLine($"{name}: median {median:F0} ns, min {min:F0} ns ({count} calls)");
                }
            }
        }
        disposables.ForEach(d => d.Dispose());
        return 0;
    }

    private static (double Median, double Min) Measure(int calls, Func<Evaluation> call)
    {
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed < TimeSpan.FromSeconds(1))
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
        return (Timing.Quantile(samples, 0.5), samples[0]);
    }
}
