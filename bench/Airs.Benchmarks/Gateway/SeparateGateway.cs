using System.Diagnostics;
using System.Globalization;

namespace Airs.Benchmarks.Gateway;

/// <summary>
/// `gateway-overhead --separate`: `airs gateway` in a process of its own, as a user runs it, so the benchmark's client and
/// fake upstream do not share its thread pool, its GC or its JIT. The managed tool is <c>cli/bin/Release/net10.0/airs.dll</c>
/// (build it first: <c>dotnet build cli -c Release</c>) or <c>$AIRS_BENCH_CLI</c>; <c>$AIRS_BENCH_GATEWAY_CPUS</c> (a
/// <c>taskset -c</c> list) pins the gateway to those CPUs. The child inherits this process's environment
/// (<c>DOTNET_gcServer</c> and the like).
/// </summary>
internal sealed class SeparateGateway : IDisposable
{
    /// <summary>
    /// Calls made to the gateway before timing: this process cannot count the child's JIT, and a gateway's tiering
    /// settles within 20,000–35,000 calls on the 2-core machine (docs/gateway.md). <c>$AIRS_BENCH_GATEWAY_WARMUP</c> overrides.
    /// </summary>
    public static int WarmUpCalls =>
        int.TryParse(Environment.GetEnvironmentVariable("AIRS_BENCH_GATEWAY_WARMUP"), CultureInfo.InvariantCulture, out var n) ? n : 30_000;

    private readonly Process process;

    private SeparateGateway(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    public int Id => process.Id;

    public static SeparateGateway Start(string bundleDirectory, Uri upstream, string store)
    {
        var cli = Environment.GetEnvironmentVariable("AIRS_BENCH_CLI") is { Length: > 0 } given ? given
            : Path.Combine(Engine.EnginePolicies.RepoRoot(), "cli", "bin", "Release", "net10.0", "airs.dll");
        if (!File.Exists(cli))
        {
            throw new FileNotFoundException($"--separate needs the managed tool: build it (`dotnet build cli -c Release`) or set AIRS_BENCH_CLI", cli);
        }
        var cpus = Environment.GetEnvironmentVariable("AIRS_BENCH_GATEWAY_CPUS");
        var start = new ProcessStartInfo(cpus is { Length: > 0 } ? "taskset" : "dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        if (cpus is { Length: > 0 })
        {
            foreach (var arg in new[] { "-c", cpus, "dotnet" })
            {
                start.ArgumentList.Add(arg);
            }
        }
        foreach (var arg in new[]
        {
            cli, "gateway", bundleDirectory, "--upstream", upstream.ToString(), "--urls", "http://127.0.0.1:0",
            "--store", store, "--allow-unsigned", "guardrail_pass", "--upstream-key-env", "AIRS_BENCH_UPSTREAM_KEY",
        })
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["AIRS_BENCH_UPSTREAM_KEY"] = "sk-bench-upstream-key";
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start `airs gateway`");
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        // "airs gateway: `guardrail_pass` on http://127.0.0.1:PORT/": the address is the line's last word.
        var address = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var lines = new List<string>();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                address.TrySetException(new InvalidOperationException($"`airs gateway` ended: {string.Join('\n', lines)}"));
                return;
            }
            lock (lines)
            {
                lines.Add(e.Data);
            }
            if (e.Data.StartsWith("airs gateway:", StringComparison.Ordinal) && e.Data.Contains(" on http", StringComparison.Ordinal))
            {
                address.TrySetResult(new Uri(e.Data[(e.Data.LastIndexOf(' ') + 1)..].TrimEnd(',')));
            }
        };
        process.BeginErrorReadLine();
        if (!address.Task.Wait(TimeSpan.FromSeconds(60)))
        {
            process.Kill();
            throw new TimeoutException("`airs gateway` did not say where it listens within a minute");
        }
        return new SeparateGateway(process, address.Task.Result);
    }

    /// <summary>The gateway process's CPU time so far (user and system, every thread).</summary>
    public TimeSpan CpuTime()
    {
        process.Refresh();
        return process.TotalProcessorTime;
    }

    public void Stop()
    {
        if (!process.HasExited)
        {
            process.Kill();
            process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Stop();
        process.Dispose();
    }
}
