using System.Diagnostics;
using System.Text.Json;
using Airs.Benchmarks.Engine;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;

namespace Airs.Benchmarks.Compare;

/// <summary>
/// The AirsPolicy side of bench/compare/openai-guardrails: the airs.pii and airs.secrets packs, compiled, on the
/// output stage of every text of dataset.json. Prints the JSON shape bench.mjs prints.
/// </summary>
internal static class GuardrailsComparison
{
    private const string Policy = """
        policy pii_and_secrets {
          version "1.0.0"
          tier medium
          use airs.pii
          use airs.secrets
        }
        """;

    public static int Run(string dataset, int rounds)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(dataset));
        var contexts = json.RootElement.EnumerateArray()
            .Select(r => new RequestContext { OutputText = r.GetProperty("text").GetString()! })
            .ToArray();
        using var engines = EnginePolicies.FromText("pii_and_secrets.airs", Policy);
        var policy = engines.Compiled;
        Evaluation Check(RequestContext context) => policy.Evaluate(Stage.Output, context, EvaluationOptions.Default);

        var flags = contexts.Select(c =>
        {
            var findings = Check(c).Findings;
            return new
            {
                pii = findings.Any(f => f.Control == "pii_output"),
                secret = findings.Any(f => f.Control == "secrets_output"),
            };
        }).ToArray();
        for (var r = 0; r < 2; r++)
        {
            foreach (var c in contexts)
            {
                Check(c);
            }
        }
        var samples = new List<double>(contexts.Length * rounds);
        for (var r = 0; r < rounds; r++)
        {
            foreach (var c in contexts)
            {
                var start = Stopwatch.GetTimestamp();
                Check(c);
                samples.Add(Timing.Nanoseconds(Stopwatch.GetTimestamp() - start));
            }
        }
        var sorted = samples.Order().ToArray();
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            engine = $"AirsPolicy airs.pii + airs.secrets, compiled (.NET {Environment.Version})",
            flags,
            medianNs = Timing.Quantile(sorted, 0.5),
            p99Ns = Timing.Quantile(sorted, 0.99),
            samples = sorted.Length,
        }));
        return 0;
    }
}
