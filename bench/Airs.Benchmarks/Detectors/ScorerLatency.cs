using System.Diagnostics;
using System.Text.Json;
using Airs.Benchmarks.Compare;
using Airs.Runtime.Detectors;

namespace Airs.Benchmarks.Detectors;

/// <summary>
/// The learned injection scorer's own cost (features, weights, windows; the rules' scan not included), timed call by
/// call on clean messages of 2 KB and 16 KB in both modes; reported as the median per call and per KB.
/// </summary>
internal static class ScorerLatency
{
    public static int Run(int calls)
    {
        var results = new List<object>();
        foreach (var length in new[] { 2048, 16384 })
        {
            var text = Workloads.Workloads.CleanMessage(length);
            foreach (var mode in new[] { InjectionMode.Prompt, InjectionMode.Content })
            {
                var evidence = Injection.Find(text, mode);
                for (var i = 0; i < 20_000; i++)
                {
                    Injection.Probability(text, mode, evidence);
                }
                var samples = new double[calls];
                for (var i = 0; i < calls; i++)
                {
                    var start = Stopwatch.GetTimestamp();
                    Injection.Probability(text, mode, evidence);
                    samples[i] = Timing.Nanoseconds(Stopwatch.GetTimestamp() - start);
                }
                Array.Sort(samples);
                var median = Timing.Quantile(samples, 0.5);
                results.Add(new { length, mode = mode.ToString(), calls, medianNs = median, nsPerKb = median / (length / 1024.0), p99Ns = Timing.Quantile(samples, 0.99) });
            }
        }
        Console.WriteLine(JsonSerializer.Serialize(results));
        return 0;
    }
}
