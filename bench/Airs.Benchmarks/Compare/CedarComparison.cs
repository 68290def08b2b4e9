using System.Diagnostics;
using System.Text.Json;
using Airs.Benchmarks.Engine;
using Airs.Runtime.Decisions;

namespace Airs.Benchmarks.Compare;

/// <summary>
/// The AirsPolicy side of bench/compare/cedar: the same workload compiled, the same 4 rotating requests, one
/// Stopwatch reading per decision. Prints the JSON shape bench.mjs prints.
/// </summary>
internal static class CedarComparison
{
    public static int Run(int iterations)
    {
        using var engines = EnginePolicies.FromText(Workloads.Workloads.ToolAuthPolicyPath, null);
        var requests = Workloads.Workloads.ToolRequests();
        var policy = engines.Compiled;
        string Decide(Workloads.ToolRequest r) =>
            policy.Evaluate(Stage.ToolCall, r.Context, EvaluationOptions.Default).Outcome == Outcome.Allow ? "allow" : "deny";

        var decisions = requests.Select(Decide).ToArray();
        for (var i = 0; i < Math.Min(20_000, iterations); i++)
        {
            Decide(requests[i % requests.Count]);
        }
        var samples = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            var request = requests[i % requests.Count];
            var start = Stopwatch.GetTimestamp();
            Decide(request);
            samples[i] = Timing.Nanoseconds(Stopwatch.GetTimestamp() - start);
        }
        Array.Sort(samples);
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            engine = $"AirsPolicy compiled (.NET {Environment.Version})",
            decisions,
            iterations,
            medianNs = Timing.Quantile(samples, 0.5),
            p99Ns = Timing.Quantile(samples, 0.99),
        }));
        return 0;
    }
}
