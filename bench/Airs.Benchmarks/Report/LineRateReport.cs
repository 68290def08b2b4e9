using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Airs.Benchmarks.Report;

/// <summary>
/// Issue 21's table ("the decision path at line rate"): one row per figure, always present, with what this run measured
/// against the goal, or why it was not measured. Reads the load runs (<c>bench/load/run.sh</c> result lines), the CLI
/// timings and the BenchmarkDotNet cases the main table reads too.
/// </summary>
internal static class LineRateReport
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Write(string results, BenchmarkRuns runs, StringBuilder output)
    {
        var load = LoadRuns.Read(Path.Combine(results, "load-sqlite.txt"));
        var postgres = LoadRuns.Read(Path.Combine(results, "load-postgres.txt"));
        output.AppendLine("## Issue 21: the decision path at line rate").AppendLine();
        if (File.Exists(Path.Combine(results, "machine.txt")))
        {
            output.AppendLine(File.ReadAllText(Path.Combine(results, "machine.txt")).Trim()).AppendLine();
        }
        output.AppendLine("| figure | measured | goal | met |").AppendLine("| --- | ---: | --- | --- |");
        void Row(string figure, string measured, string goal, bool? met) =>
            output.AppendLine(Invariant, $"| {figure} | {measured} | {goal} | {(met is null ? "" : met.Value ? "yes" : "**no**")} |");

        foreach (var pinned in new[] { false, true })
        {
            var how = pinned ? "server on core 0, wrk on core 1" : "unpinned, wrk on the same cores";
            if (load.Find("sidecar", pinned, 32) is { } c32)
            {
                Row($"sidecar, 32 connections ({how})", c32.Describe(), "≥ 20,000/s, p99 ≤ 2 ms", c32.Rps >= 20_000 && c32.P99Ms <= 2);
            }
            else
            {
                Row($"sidecar, 32 connections ({how})", load.Missing, "≥ 20,000/s, p99 ≤ 2 ms", null);
            }
            if (load.Find("sidecar", pinned, 4) is { } c4)
            {
                Row($"sidecar, 4 connections ({how})", c4.Describe(), "p99 ≤ 1 ms", c4.P99Ms <= 1);
            }
            if (load.Find("sidecar", pinned, 128) is { } c128)
            {
                Row($"sidecar, 128 connections ({how})", c128.Describe(), "", null);
            }
            foreach (var connections in new[] { 4, 32, 128 })
            {
                if (load.Find("sidecar", pinned, connections) is { } s && load.Find("hello", pinned, connections) is { } h && h.Rps > 0)
                {
                    // Throughput per server core two ways: requests per second, and the inverse of server CPU per request.
                    var ratio = s.Rps / h.Rps;
                    var byCpu = h.CpuUsPerRequest / s.CpuUsPerRequest;
                    Row($"sidecar / bare Kestrel \"hello\", {connections} connections ({how})",
                        string.Create(Invariant, $"{ratio:0.00} ({s.Rps:N0} / {h.Rps:N0} per s); by server CPU per request {byCpu:0.00} ({h.CpuUsPerRequest:0} / {s.CpuUsPerRequest:0} µs)"),
                        "≥ 0.5", ratio >= 0.5);
                }
            }
        }
        Row("sidecar on PostgreSQL (server on the same host), 32 connections",
            postgres.Find("sidecar", false, 32)?.Describe() ?? (File.Exists(Path.Combine(results, "load-postgres.txt")) ? postgres.Missing : "not measured: set AIRS_BENCH_POSTGRES=postgres://… for bench/run-all"),
            "≥ 8,000/s, p99 ≤ 5 ms", postgres.Find("sidecar", false, 32) is { } pg ? pg.Rps >= 8_000 && pg.P99Ms <= 5 : null);

        foreach (var replicas in ReplicaRuns(Path.Combine(results, "replicas-postgres.txt")))
        {
            Row($"PostgreSQL (same host), {replicas.Replicas} replica{(replicas.Replicas == 1 ? "" : "s")}, 32 connections each", replicas.Describe(), "", null);
        }

        // The goal leaves the durable write out: it is judged on the decision with its audit chained in memory.
        var judged = runs.Find("EngineDecisionBenchmarks", "DecideOutputWithJudgeWithoutDurableWrite", "");
        var durable = runs.Find("EngineDecisionBenchmarks", "DecideOutputWithJudge", "");
        Row("`PolicyEngine` decision (stub judge, breaker), apart from the durable write",
            judged is null ? "not measured in this run"
                : $"{ResultsReport.Time(judged.MedianNs)}, {judged.Allocated / 1024.0:0.0} KB allocated" +
                  (durable is null ? "" : $"; with the durable SQLite write {ResultsReport.Time(durable.MedianNs)}, {durable.Allocated / 1024.0:0.0} KB"),
            "≤ 50 µs and ≤ 2 KB apart from the durable write", judged is null ? null : judged.MedianNs <= 50_000 && judged.Allocated <= 2048);
        if (File.Exists(Path.Combine(results, "fsync.json")))
        {
            using var fsync = JsonDocument.Parse(File.ReadAllText(Path.Combine(results, "fsync.json")));
            double Ms(string name) => fsync.RootElement.GetProperty(name).GetDouble();
            Row("the disk's own fsync after a 4 KB append (`fsync-latency`): the floor under every durable p99",
                string.Create(Invariant, $"median {Ms("medianMs"):0.000} ms, p99 {Ms("p99Ms"):0.000} ms, worst {Ms("maxMs"):0.0} ms"), "", null);
        }
        if (runs.Find("NothingFiresBenchmarks", "Interpreted", "") is { } interpreted && runs.Find("NothingFiresBenchmarks", "Compiled", "") is { } compiled)
        {
            var speedup = interpreted.MedianNs / compiled.MedianNs;
            Row("nothing fires, interpreted → compiled", $"{ResultsReport.Time(interpreted.MedianNs)} → {ResultsReport.Time(compiled.MedianNs)} ({speedup:0.0}×)", "≥ 10×", speedup >= 10);
        }
        else
        {
            Row("nothing fires, interpreted → compiled", "not measured in this run", "≥ 10×", null);
        }
        var guards = new[] { 10, 100, 1000 }.Select(n => runs.Find("ControlCountScalingBenchmarks", "Input", $"Controls={n}")).ToArray();
        if (guards.All(g => g is not null))
        {
            var worst = Math.Max(guards[1]!.MedianNs / guards[0]!.MedianNs, guards[2]!.MedianNs / guards[1]!.MedianNs);
            Row("10 → 100 → 1,000 guards, none fires", $"{string.Join(" → ", guards.Select(g => ResultsReport.Time(g!.MedianNs)))} (worst {worst:0.0}× per 10×)",
                "≤ 2× per 10× controls", worst <= 2);
        }
        else
        {
            Row("10 → 100 → 1,000 guards, none fires", "not measured in this run", "≤ 2× per 10× controls", null);
        }
        var build = ReadProcess(Path.Combine(results, "build.json"));
        Row("`airs build policies` (published ReadyToRun tool, whole process)", build?.Describe() ?? "not measured in this run", "≤ 3 s", build is { } b ? b.MedianSeconds <= 3 : null);
        var check = ReadProcess(Path.Combine(results, "check.json"));
        Row("`airs check` of one policy, whole process (published ReadyToRun tool)", check?.Describe() ?? "not measured in this run", "≤ 120 ms", check is { } c ? c.MedianSeconds <= 0.120 : null);
        var buildComposite = ReadProcess(Path.Combine(results, "build-composite.json"));
        Row("`airs build policies` (composite publish, `-p:AirsComposite=true`, whole process)", buildComposite?.Describe() ?? "not measured in this run", "≤ 3 s", buildComposite is { } bc ? bc.MedianSeconds <= 3 : null);
        var checkComposite = ReadProcess(Path.Combine(results, "check-composite.json"));
        Row("`airs check` of one policy, whole process (composite publish)", checkComposite?.Describe() ?? "not measured in this run", "≤ 120 ms", checkComposite is { } cc ? cc.MedianSeconds <= 0.120 : null);
        var native = ReadProcess(Path.Combine(results, "check-native.json"));
        Row("`airs check` of one policy, whole process (native front end, cli/Native)", native?.Describe() ?? "not measured in this run", "≤ 120 ms", native is { } n ? n.MedianSeconds <= 0.120 : null);
        output.AppendLine();
    }

    /// <summary>The <c>result replicas=…</c> lines of <c>bench/load/replicas.sh</c>.</summary>
    private static IEnumerable<ReplicaRun> ReplicaRuns(string path)
    {
        if (!File.Exists(path))
        {
            yield break;
        }
        foreach (var line in File.ReadLines(path).Where(l => l.StartsWith("result replicas=", StringComparison.Ordinal)))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
                .Select(f => f.Split('=', 2)).Where(f => f.Length == 2).ToDictionary(f => f[0], f => f[1], StringComparer.Ordinal);
            double Number(string key) => fields.TryGetValue(key, out var v) && double.TryParse(v, NumberStyles.Float, Invariant, out var d) ? d : double.NaN;
            yield return new ReplicaRun((int)Number("replicas"), Number("rps"), Number("p50_ms_worst"), Number("p99_ms_worst"), Number("tx_per_decision"),
                Number("wal_bytes_per_decision"), fields.GetValueOrDefault("errors", "?"), Number("load"));
        }
    }

    private sealed record ReplicaRun(int Replicas, double Rps, double P50Ms, double P99Ms, double TransactionsPerDecision, double WalBytesPerDecision,
        string Errors, double Load)
    {
        public string Describe() => string.Create(Invariant,
            $"{Rps:N0} decisions/s in all, worst replica p50 {P50Ms:0.00} ms, p99 {P99Ms:0.00} ms; {TransactionsPerDecision:0.000} round trips and {WalBytesPerDecision:0} WAL bytes per decision (errors {Errors}, load {Load:0.0})");
    }

    /// <summary>hyperfine's JSON export (one command), plus the peak resident set the script measured beside it.</summary>
    private static ProcessTiming? ReadProcess(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var result = json.RootElement.GetProperty("results")[0];
        var rss = json.RootElement.TryGetProperty("maxRssKb", out var kb) ? kb.GetDouble() : (double?)null;
        return new ProcessTiming(result.GetProperty("median").GetDouble(), result.GetProperty("user").GetDouble() + result.GetProperty("system").GetDouble(),
            result.GetProperty("times").GetArrayLength(), rss);
    }

    private sealed record ProcessTiming(double MedianSeconds, double CpuSeconds, int Runs, double? MaxRssKb)
    {
        public string Describe() => string.Create(Invariant,
            $"median {Seconds(MedianSeconds)} wall, {Seconds(CpuSeconds)} CPU (user + system), {Runs} runs{(MaxRssKb is { } kb ? $", {kb / 1024:0} MB peak" : "")}");

        private static string Seconds(double s) => s < 1 ? string.Create(Invariant, $"{s * 1000:0} ms") : string.Create(Invariant, $"{s:0.00} s");
    }
}

/// <summary>The <c>result …</c> lines of <c>bench/load/run.sh</c>.</summary>
internal sealed class LoadRuns(IReadOnlyList<LoadRun> runs, string missing)
{
    public string Missing => missing;

    public static LoadRuns Read(string path)
    {
        if (!File.Exists(path))
        {
            return new LoadRuns([], "not measured in this run");
        }
        List<LoadRun> runs = [];
        foreach (var line in File.ReadLines(path).Where(l => l.StartsWith("result ", StringComparison.Ordinal)))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
                .Select(f => f.Split('=', 2)).Where(f => f.Length == 2).ToDictionary(f => f[0], f => f[1], StringComparer.Ordinal);
            double Number(string key) => fields.TryGetValue(key, out var v) && double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : double.NaN;
            runs.Add(new LoadRun(fields.GetValueOrDefault("target", ""), fields.GetValueOrDefault("pinned") == "yes", (int)Number("connections"),
                Number("rps"), Number("p50_ms"), Number("p99_ms"), Number("cpu_us_per_request"), fields.GetValueOrDefault("errors", "?"), Number("load")));
        }
        return new LoadRuns(runs, runs.Count == 0 ? "the load run failed (see its log)" : "not measured in this run");
    }

    public LoadRun? Find(string target, bool pinned, int connections) =>
        runs.LastOrDefault(r => r.Target == target && r.Pinned == pinned && r.Connections == connections);
}

internal sealed record LoadRun(string Target, bool Pinned, int Connections, double Rps, double P50Ms, double P99Ms, double CpuUsPerRequest, string Errors,
    double Load)
{
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Rps:N0} decisions/s, p50 {P50Ms:0.00} ms, p99 {P99Ms:0.00} ms, {CpuUsPerRequest:0} µs server CPU each (errors {Errors}, load {Load:0.0})");
}
