using System.Diagnostics;
using Airs.Benchmarks.Compare;
using Airs.Runtime.Decisions;
using Airs.Runtime.Engine;
using Airs.Runtime.Judges;
using Airs.Runtime.Stores;
using Microsoft.Extensions.AI;

namespace Airs.Benchmarks.Engine;

/// <summary>
/// `decision-cost [decisions]`: what one <see cref="PolicyEngine"/> decision allocates and how long it takes, call by
/// call, for the decisions issue 21 names: the engine alone (guardrails, no judge, no breaker, audit chained in
/// memory), the same with a breaker whose admission and counts live in SQLite, and <see cref="EngineDecisionBenchmarks"/>'s
/// judged decision without and with the durable SQLite write. Bytes are every thread's allocations
/// (<see cref="GC.GetTotalAllocatedBytes"/>, precise) over the run divided by the decisions, so the store's writer
/// counts too; times are the median and p99 of single decisions after a warm-up.
/// </summary>
internal static class DecisionCost
{
    private const string Quiet = """
        policy lean {
          version "1.0.0"
          tier medium
          use airs.pii
          use airs.secrets
        }
        """;

    private const string QuietWithBreaker = """
        policy lean_breaker {
          version "1.0.0"
          tier medium
          use airs.pii
          use airs.secrets
          breaker violations {
            trip when blocked >= 20 within 5m per user
            cooldown 10m
            fallback "Our assistant is offline."
          }
        }
        """;

    public static int Run(int decisions, bool types) => RunAsync(decisions, types).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(int decisions, bool types)
    {
        using var listener = types ? new AllocationTypes() : null;
        var directory = Directory.CreateTempSubdirectory("airs-decision-cost-").FullName;
        try
        {
            await using var store = await SqliteAirsStore.OpenAsync(Path.Combine(directory, "airs.db"));
            var bench = new EngineDecisionBenchmarks();
            var context = bench.Context;
            var cases = new (string Name, string Policy, bool Judge, bool Durable)[]
            {
                ("engine alone: two packs, no judge, no breaker, audit chained in memory", Quiet, false, false),
                ("the same with a breaker in SQLite", QuietWithBreaker, false, false),
                ("stub judge + breaker, audit chained in memory (DecideOutputWithJudgeWithoutDurableWrite)", EngineDecisionBenchmarks.Policy, true, false),
                ("stub judge + breaker, audit durable in SQLite (DecideOutputWithJudge)", EngineDecisionBenchmarks.Policy, true, true),
            };
            foreach (var (name, text, judge, durable) in cases)
            {
                using var policies = EnginePolicies.FromText("decision_cost.airs", text);
                var judges = new DictionaryJudgeClientProvider(judge
                    ? new Dictionary<string, IChatClient> { ["judge"] = new EngineDecisionBenchmarks.PassingJudge() }
                    : []);
                await using var engine = await PolicyEngine.CreateAsync(policies.Compiled, policies.Spec, durable ? store : new AuditInMemory(store), judges);
                var first = await engine.DecideAsync(Stage.Output, context);
                if (first.Outcome != Outcome.Allow)
                {
                    throw new InvalidOperationException($"{name}: expected an allowed decision, got {first.Outcome}");
                }
                var warmUp = await SettleJitAsync(engine, context);
                listener?.Recording = true;
                var before = GC.GetTotalAllocatedBytes(precise: true);
                var samples = new double[decisions];
                for (var i = 0; i < decisions; i++)
                {
                    var start = Stopwatch.GetTimestamp();
                    await engine.DecideAsync(Stage.Output, context);
                    samples[i] = Timing.Nanoseconds(Stopwatch.GetTimestamp() - start);
                }
                var bytes = (GC.GetTotalAllocatedBytes(precise: true) - before) / (double)decisions;
                listener?.Recording = false;
                Array.Sort(samples);
                Console.WriteLine($"{name}: {bytes:F0} B per decision, median {Timing.Quantile(samples, 0.5) / 1000:F1} µs, " +
                    $"p99 {Timing.Quantile(samples, 0.99) / 1000:F1} µs ({decisions} decisions after {warmUp} to warm up; load {Timing.LoadAverage()})");
                if (listener is not null)
                {
                    Console.WriteLine(listener.Top(25));
                    listener.Clear();
                }
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
        return 0;
    }

    /// <summary>
    /// Decides in rounds of 500, for at least two seconds, until three rounds in a row compile fewer than 5 methods (at
    /// most 100 rounds); returns the decisions made. Tiered compilation promotes methods on a background thread, after a
    /// delay that every new method restarts, and a loaded 2-core host starves that thread: a fixed warm-up of 2,000
    /// decisions left generic span helpers at tier 0, where they box their arguments (24 B `System.Char`s), and a row
    /// read up to 0.3 KB high, more or less from run to run.
    /// </summary>
    private static async Task<int> SettleJitAsync(PolicyEngine engine, Airs.Runtime.Context.RequestContext context)
    {
        const int Round = 500;
        var rounds = await Timing.SettleJitAsync(async () =>
        {
            for (var i = 0; i < Round; i++)
            {
                await engine.DecideAsync(Stage.Output, context);
            }
        }, quietBelow: 5, maxRounds: 100, atLeast: TimeSpan.FromSeconds(2), atMost: TimeSpan.MaxValue, pause: TimeSpan.FromMilliseconds(20));
        return rounds * Round;
    }
}
