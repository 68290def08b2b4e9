using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace Airs.Benchmarks.Report;

/// <summary>
/// Turns what bench/run-all measured (BenchmarkDotNet JSON, the comparisons' JSON, the build time, the quality
/// table) into one Markdown table against the goals, and an SVG of the two scaling curves.
/// </summary>
internal static class ResultsReport
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static int Run(string results, string output)
    {
        var runs = BenchmarkRuns.Load(Path.Combine(results, "bdn"));
        var table = new StringBuilder();
        table.AppendLine("| figure | measured | goal | met |").AppendLine("| --- | ---: | --- | --- |");
        void Row(string figure, string measured, string goal = "", bool? met = null) =>
            table.AppendLine(Invariant, $"| {figure} | {measured} | {goal} | {(met is null ? "" : met.Value ? "yes" : "**no**")} |");

        foreach (var message in new[] { "clean", "dirty" })
        {
            if (runs.Find("GuardrailPassBenchmarks", "InputAndOutput", $"Message={message}") is { } r)
            {
                Row($"guardrail pass, 2 KB {message} message, 4 packs, input + output (compiled)", $"{Time(r.MedianNs)}, {Bytes(r.Allocated)}",
                    message == "clean" ? "0 B allocated" : "", message == "clean" ? r.Allocated == 0 : null);
            }
        }
        if (ReadJson(Path.Combine(results, "pass-latency.json")) is { } latency)
        {
            using (latency)
            {
                var median = latency.RootElement.GetProperty("medianNs").GetDouble();
                var p99 = latency.RootElement.GetProperty("p99Ns").GetDouble();
                Row($"guardrail pass, 2 KB clean message, single calls ({latency.RootElement.GetProperty("calls").GetInt32():N0})", $"median {Time(median)}, p99 {Time(p99)}",
                    "median ≤ 10 µs, p99 ≤ 50 µs", median <= 10_000 && p99 <= 50_000);
            }
        }
        foreach (var (file, text) in new[] { ("pass-latency-prose.json", "a varied English e-mail"), ("pass-latency-french.json", "French prose") })
        {
            if (ReadJson(Path.Combine(results, file)) is { } ordinary)
            {
                using (ordinary)
                {
                    Row($"guardrail pass, 2 KB of {text} (opens injection windows), single calls ({ordinary.RootElement.GetProperty("calls").GetInt32():N0})",
                        $"median {Time(ordinary.RootElement.GetProperty("medianNs").GetDouble())}, p99 {Time(ordinary.RootElement.GetProperty("p99Ns").GetDouble())}");
                }
            }
        }
        if (runs.Find("ToolAuthorisationBenchmarks", "Decide", "") is { } tool)
        {
            Row("tool-call authorisation, 10 rules, 4 rotating requests (compiled)", $"{Time(tool.MedianNs)}, {Bytes(tool.Allocated)}");
        }
        if (runs.Find("NothingFiresBenchmarks", "Interpreted", "") is { } interp && runs.Find("NothingFiresBenchmarks", "Compiled", "") is { } comp)
        {
            Row("nothing fires: interpreted → compiled", $"{Time(interp.MedianNs)} → {Time(comp.MedianNs)} ({interp.MedianNs / comp.MedianNs:0.0}× faster)");
            Row("nothing fires: compiled allocation", Bytes(comp.Allocated), "0 B", comp.Allocated == 0);
        }
        if (runs.Find("BundleLoadBenchmarks", "LoadToFirstDecision", "") is { } load)
        {
            Row("signed bundle (support_bot) load to first decision", $"{Time(load.MedianNs)}, {Bytes(load.Allocated)}", "≤ 30 ms", load.MedianNs <= 30e6);
        }
        if (ReadJson(Path.Combine(results, "cold-start.json")) is { } cold)
        {
            using (cold)
            {
                var c = cold.RootElement;
                Row($"a new process (`cold-start`, median of {c.GetProperty("runs").GetInt32()}): guardrail_pass bundle load, first clean 2 KB pass, first pass with an injection, PII and a password",
                    $"{c.GetProperty("loadMs").GetDouble():N0} ms, {c.GetProperty("firstCleanPassMs").GetDouble():N0} ms, {c.GetProperty("firstDirtyPassMs").GetDouble():N0} ms; whole process {c.GetProperty("processWallMs").GetDouble() / 1000:0.00} s");
            }
        }
        if (runs.Find("EngineDecisionBenchmarks", "DecideOutputWithJudge", "") is { } engine)
        {
            Row("PolicyEngine output decision: 2 packs, stub judge, SQLite audit", $"{Time(engine.MedianNs)}, {Bytes(engine.Allocated)}");
        }

        var sizes = new[] { 1024, 16 * 1024, 256 * 1024, 1024 * 1024 }
            .Select(b => (X: (double)b, Run: runs.Find("MessageSizeScalingBenchmarks", "InputAndOutput", $"Bytes={b}")))
            .Where(p => p.Run is not null).Select(p => (p.X, p.Run!.MedianNs)).ToArray();
        foreach (var (x, ns) in sizes)
        {
            Row($"guardrail pass, clean message of {Size(x)}", $"{Time(ns)} ({ns / (x / 1024):0} ns/KB)");
        }
        if (sizes.Length == 4)
        {
            var perKbSmall = sizes[1].MedianNs / 16;
            var perKbLarge = sizes[3].MedianNs / 1024;
            Row("message size 16 KB → 1 MB: time per KB", $"{perKbSmall:0} → {perKbLarge:0} ns/KB ({perKbLarge / perKbSmall:0.00}×)",
                "linear (≤ 1.5×)", perKbLarge / perKbSmall <= 1.5);
        }
        var controls = new[] { 10, 100, 1000 }
            .Select(n => (X: (double)n, Run: runs.Find("ControlCountScalingBenchmarks", "Input", $"Controls={n}")))
            .Where(p => p.Run is not null).Select(p => (p.X, p.Run!.MedianNs, p.Run.Allocated)).ToArray();
        foreach (var (x, ns, allocated) in controls)
        {
            Row($"{x:0} input guards, none fires, 2 KB message", $"{Time(ns)}, {Bytes(allocated)}", "0 B", allocated == 0);
        }
        for (var i = 1; i < controls.Length; i++)
        {
            var ratio = controls[i].MedianNs / controls[i - 1].MedianNs;
            Row($"{controls[i - 1].X:0} → {controls[i].X:0} controls", $"{ratio:0.0}× time", "≤ 2×", ratio <= 2);
        }

        var build = ReadDouble(Path.Combine(results, "build-seconds.txt"));
        if (build is { } seconds)
        {
            Row("`airs build` of all of policies/ (4 policies, one process, incl. start-up)", $"{seconds:0.00} s", "≤ 3 s", seconds <= 3);
        }

        CedarRows(results, Row);
        GuardrailRows(results, Row);
        QualityRows(results, table);

        var header = new StringBuilder();
        header.AppendLine("# Benchmark results").AppendLine()
            .AppendLine(Invariant, $"Generated by `bench/run-all` on {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC.")
            .AppendLine(Invariant, $"Machine: {CpuModel()}, {Environment.ProcessorCount} cores **shared with other builds and test runs** (figures are noisy, short BenchmarkDotNet job: 3 warm-ups, 3 iterations); {RuntimeInformation.OSDescription}; .NET {Environment.Version}.")
            .AppendLine("Times are BenchmarkDotNet medians unless a row says otherwise; allocation is per operation.")
            .AppendLine();
        LineRateReport.Write(results, runs, header);
        header.AppendLine("## Every figure").AppendLine();
        var markdown = header.Append(table).ToString();
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "latest.md"), markdown);
        File.WriteAllText(Path.Combine(output, "scaling.svg"), ScalingChart.Render(sizes, [.. controls.Select(c => (c.X, c.MedianNs))]));
        Console.WriteLine(markdown);
        return 0;
    }

    private static void CedarRows(string results, Action<string, string, string, bool?> row)
    {
        if (ReadJson(Path.Combine(results, "cedar-js.json")) is not { } cedar || ReadJson(Path.Combine(results, "cedar-airs.json")) is not { } airs)
        {
            return;
        }
        using (cedar)
        using (airs)
        {
            var c = cedar.RootElement;
            var a = airs.RootElement;
            var same = c.GetProperty("decisions").EnumerateArray().Select(e => e.GetString())
                .SequenceEqual(a.GetProperty("decisions").EnumerateArray().Select(e => e.GetString()));
            row("Cedar workload: same decision on all 4 requests", same ? "yes" : "no", "same", same);
            row($"Cedar: {c.GetProperty("engine").GetString()}, preparsed, per decision", $"median {Time(c.GetProperty("medianNs").GetDouble())}, p99 {Time(c.GetProperty("p99Ns").GetDouble())}", "", null);
            row($"Cedar workload: {a.GetProperty("engine").GetString()}, per decision", $"median {Time(a.GetProperty("medianNs").GetDouble())}, p99 {Time(a.GetProperty("p99Ns").GetDouble())}", "", null);
            row("Cedar / AirsPolicy, median (p99)",
                $"{c.GetProperty("medianNs").GetDouble() / a.GetProperty("medianNs").GetDouble():0.0}× ({c.GetProperty("p99Ns").GetDouble() / a.GetProperty("p99Ns").GetDouble():0.0}×)", "", null);
        }
    }

    private static void GuardrailRows(string results, Action<string, string, string, bool?> row)
    {
        var dataset = ReadJson(Path.Combine(Engine.EnginePolicies.RepoRoot(), "bench", "compare", "openai-guardrails", "dataset.json"));
        if (dataset is null || ReadJson(Path.Combine(results, "guardrails-js.json")) is not { } js || ReadJson(Path.Combine(results, "guardrails-airs.json")) is not { } airs)
        {
            dataset?.Dispose();
            return;
        }
        using (dataset)
        using (js)
        using (airs)
        {
            var rows = dataset.RootElement.EnumerateArray().ToArray();
            foreach (var side in new[] { js.RootElement, airs.RootElement })
            {
                var flags = side.GetProperty("flags").EnumerateArray().Select(f => f.GetProperty("pii").GetBoolean() || f.GetProperty("secret").GetBoolean()).ToArray();
                var name = side.GetProperty("engine").GetString();
                foreach (var set in new[] { "presidio", "secrets" })
                {
                    var inSet = rows.Select((r, i) => (Row: r, Flag: flags[i])).Where(p => p.Row.GetProperty("set").GetString() == set).ToArray();
                    var positives = inSet.Where(p => p.Row.GetProperty("positive").GetBoolean()).ToArray();
                    var negatives = inSet.Where(p => !p.Row.GetProperty("positive").GetBoolean()).ToArray();
                    row($"{name}: {set} texts caught / wrongly flagged",
                        $"{positives.Count(p => p.Flag)}/{positives.Length} / {negatives.Count(p => p.Flag)}/{negatives.Length}", "", null);
                }
                row($"{name}: time per text (all {rows.Length} texts)",
                    $"median {Time(side.GetProperty("medianNs").GetDouble())}, p99 {Time(side.GetProperty("p99Ns").GetDouble())}", "", null);
            }
            row("@openai/guardrails / AirsPolicy time per text, median",
                $"{js.RootElement.GetProperty("medianNs").GetDouble() / airs.RootElement.GetProperty("medianNs").GetDouble():0.0}×", "", null);
        }
    }

    /// <summary>The rows of the quality command's table that carry a goal.</summary>
    private static void QualityRows(string results, StringBuilder table)
    {
        var path = Path.Combine(results, "quality.md");
        if (!File.Exists(path))
        {
            return;
        }
        foreach (var line in File.ReadLines(path).Where(l => l.StartsWith("| ", StringComparison.Ordinal)))
        {
            var cells = line.Split('|').Select(c => c.Trim()).ToArray();
            // | set | metric | value | counts | goal | met |
            if (cells.Length >= 7 && cells[5].Length > 0 && cells[5] != "goal" && !cells[5].StartsWith("---", StringComparison.Ordinal))
            {
                table.AppendLine(Invariant, $"| quality, {cells[1]}: {cells[2]} | {cells[3]} ({cells[4]}) | {cells[5]} | {(cells[6] == "yes" ? "yes" : "**no**")} |");
            }
        }
    }

    private static JsonDocument? ReadJson(string path) => File.Exists(path) ? JsonDocument.Parse(File.ReadAllText(path)) : null;

    private static double? ReadDouble(string path) =>
        File.Exists(path) && double.TryParse(File.ReadAllText(path).Trim(), NumberStyles.Float, Invariant, out var value) ? value : null;

    private static string CpuModel()
    {
        const string cpuinfo = "/proc/cpuinfo";
        var model = File.Exists(cpuinfo)
            ? File.ReadLines(cpuinfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        return model ?? RuntimeInformation.ProcessArchitecture.ToString();
    }

    internal static string Time(double ns) => ns switch
    {
        < 1e3 => string.Create(Invariant, $"{ns:0} ns"),
        < 1e6 => string.Create(Invariant, $"{ns / 1e3:0.00} µs"),
        < 1e9 => string.Create(Invariant, $"{ns / 1e6:0.00} ms"),
        _ => string.Create(Invariant, $"{ns / 1e9:0.00} s"),
    };

    private static string Bytes(long bytes) => bytes < 10_000 ? string.Create(Invariant, $"{bytes} B") : string.Create(Invariant, $"{bytes / 1024.0:0.0} KB");

    internal static string Size(double bytes) => bytes >= 1024 * 1024 ? $"{bytes / 1024 / 1024:0} MB" : $"{bytes / 1024:0} KB";
}

/// <summary>BenchmarkDotNet's JSON export: one entry per benchmark case.</summary>
internal sealed record BenchmarkRun(string Type, string Method, string Parameters, double MedianNs, long Allocated);

internal sealed class BenchmarkRuns(IReadOnlyList<BenchmarkRun> runs)
{
    public static BenchmarkRuns Load(string directory)
    {
        var runs = new List<BenchmarkRun>();
        if (Directory.Exists(directory))
        {
            foreach (var file in Directory.EnumerateFiles(directory, "*.json", SearchOption.AllDirectories))
            {
                using var json = JsonDocument.Parse(File.ReadAllText(file));
                if (!json.RootElement.TryGetProperty("Benchmarks", out var benchmarks))
                {
                    continue;
                }
                foreach (var b in benchmarks.EnumerateArray())
                {
                    if (!b.TryGetProperty("Statistics", out var stats) || stats.ValueKind != JsonValueKind.Object)
                    {
                        continue; // a case that failed has no statistics
                    }
                    var allocated = b.TryGetProperty("Memory", out var memory) && memory.TryGetProperty("BytesAllocatedPerOperation", out var bytes)
                        && bytes.ValueKind == JsonValueKind.Number ? bytes.GetInt64() : -1;
                    runs.Add(new BenchmarkRun(b.GetProperty("Type").GetString()!, b.GetProperty("Method").GetString()!,
                        b.GetProperty("Parameters").GetString() ?? "", stats.GetProperty("Median").GetDouble(), allocated));
                }
            }
        }
        return new BenchmarkRuns(runs);
    }

    public BenchmarkRun? Find(string type, string method, string parameters) =>
        runs.LastOrDefault(r => r.Type == type && r.Method == method && r.Parameters == parameters);
}
