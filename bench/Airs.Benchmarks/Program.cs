using System.Globalization;
using Airs.Benchmarks.Compare;
using BenchmarkDotNet.Running;

// `engine-latency [calls]` times the optimiser's engine figures call by call; `compare-cedar [iterations]` and `compare-guardrails <dataset.json> [rounds]` are the AirsPolicy halves of
// bench/compare; `pass-latency [calls] [paragraph|prose|french]` times the guardrail pass call by call; `scorer-latency [calls]` the learned
// injection scorer alone; `cold-start [runs]` a new process's bundle load and first passes (clean, then dirty); `prefilter-latency [calls] [paragraph|prose|french]` the injection prefilter and rule scan alone; `gateway-overhead [--breakdown] [--timeline] [--separate] [--types] [calls] [store dir] [upstream ms]` what `airs gateway` adds per call on loopback (and where it goes, call by call; or with the gateway in its own process); `group-commit [callers]
// [appends] [postgres connection]` the store writer's batching under concurrent audit appends; `decision-cost [decisions] [--types]`
// bytes and time per PolicyEngine decision (and the sampled allocating types); `sidecar-cost [requests] [connections]
// [--types] [--no-hello] [--memory]` bytes and CPU per decision of the real sidecar host, driven by `sidecar-client`
// from a second process; `guarded-call-cost [calls] [store dir or -] [think ms]` a call through the guarded IChatClient (four
// decisions) and its write batches; `fsync-latency [count] [dir]` the disk's own durable-write latency; `report <results dir>`
// writes bench/results; `growth-fuzz [small KB] [large KB]` (64, 256) looks for detector scans that grow faster than the text;
// anything else goes to BenchmarkDotNet.
return args switch
{
    ["compare-cedar", .. var rest] => CedarComparison.Run(rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 200_000),
    ["compare-guardrails", var dataset, .. var rest] =>
        GuardrailsComparison.Run(dataset, rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 5),
    ["pass-latency", .. var rest] => Airs.Benchmarks.Engine.PassLatency.Run(rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 200_000,
        Airs.Benchmarks.Detectors.SampleText.KindArgument(rest, 1)),
    ["prefilter-latency", .. var rest] => Airs.Benchmarks.Detectors.PrefilterLatency.Run(rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 100_000,
        Airs.Benchmarks.Detectors.SampleText.KindArgument(rest, 1)),
    ["cold-start", .. var rest] => Airs.Benchmarks.Engine.ColdStart.Run(rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 10),
    ["cold-start-child", var bundle, var publicKey] => Airs.Benchmarks.Engine.ColdStart.Child(bundle, publicKey),
    ["engine-latency", .. var rest] => Airs.Benchmarks.Engine.EngineLatency.Run(rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 200_000),
    ["scorer-latency", .. var rest] => Airs.Benchmarks.Detectors.ScorerLatency.Run(rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 50_000),
    ["gateway-overhead", "--breakdown", .. var rest] => Airs.Benchmarks.Gateway.GatewayOverhead.Run(rest, breakdown: true),
    ["gateway-overhead", .. var rest] => Airs.Benchmarks.Gateway.GatewayOverhead.Run(rest, breakdown: false),
    ["group-commit", .. var rest] => Airs.Benchmarks.Engine.GroupCommit.Run(rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 32,
        rest.Length > 1 ? int.Parse(rest[1], CultureInfo.InvariantCulture) : 20_000, rest.Length > 2 ? rest[2] : null),
    ["decision-cost", .. var rest] => Airs.Benchmarks.Engine.DecisionCost.Run(
        rest.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) is { } count ? int.Parse(count, CultureInfo.InvariantCulture) : 5_000, rest.Contains("--types")),
    ["guarded-call-cost", .. var rest] => Airs.Benchmarks.Engine.GuardedCallCost.Run(rest),
    ["fsync-latency", .. var rest] => Airs.Benchmarks.Disk.FsyncLatency.Run(rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 5_000, rest.Length > 1 ? rest[1] : null),
    ["sidecar-cost", .. var rest] => Airs.Benchmarks.Sidecar.SidecarCost.Run(rest),
    ["sidecar-client", var url, var requests, var connections] => Airs.Benchmarks.Sidecar.SidecarClient.Run(url,
        int.Parse(requests, CultureInfo.InvariantCulture), int.Parse(connections, CultureInfo.InvariantCulture)),
    ["growth-fuzz", .. var rest] => Airs.Benchmarks.Detectors.GrowthFuzz.Run(rest),
    ["report", var results, var output] => Airs.Benchmarks.Report.ResultsReport.Run(results, output),
    _ => RunBenchmarks(args),
};

static int RunBenchmarks(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    return 0;
}
