using System.Text.Json;
using Airs.Benchmarks.Compare;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;

namespace Airs.Benchmarks.Engine;

/// <summary>
/// The guardrail pass (four standard packs, input + output, 2 KB clean message, compiled) timed call by call:
/// BenchmarkDotNet reports per-iteration means, and the goal is on the median and p99 of single calls.
/// </summary>
internal static class PassLatency
{
    /// <param name="kind">The 2 KB message: the repeated paragraph of the goal's figure, or ordinary prose (see <see cref="Detectors.SampleText"/>).</param>
    public static int Run(int calls, Detectors.SampleText.Kind kind)
    {
        using var engines = EnginePolicies.FromText("guardrail_pass.airs", Workloads.Workloads.GuardrailPolicy);
        var text = Detectors.SampleText.OfLength(2048, kind);
        var context = new RequestContext { InputText = text, OutputText = text };
        Outcome Pass() => OutcomeLattice.Join(engines.Compiled.Evaluate(Stage.Input, context, EvaluationOptions.Default).Outcome,
            engines.Compiled.Evaluate(Stage.Output, context, EvaluationOptions.Default).Outcome);

        // Warm-up: tiered compilation reaches its final code before any call is timed.
        for (var i = 0; i < 50_000; i++)
        {
            Pass();
        }
        var samples = Timing.SortedSamples(calls, () => Pass());
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            calls,
            text = kind.ToString(),
            medianNs = Timing.Quantile(samples, 0.5),
            p99Ns = Timing.Quantile(samples, 0.99),
        }));
        return 0;
    }
}
