using System.Diagnostics;
using System.Globalization;
using Airs.Benchmarks.Compare;
using Airs.Benchmarks.Engine;
using Airs.Compiler.Binding;
using Airs.Compiler.Bundles;
using Airs.Runtime.AspNetCore.Sidecar;
using Airs.Runtime.Bundles;
using Airs.Runtime.Stores;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Airs.Benchmarks.Sidecar;

/// <summary>
/// `sidecar-cost [requests] [connections] [--types] [--no-hello] [--memory]`: what one decision costs the sidecar's
/// process. Starts the real <see cref="SidecarHost"/> in this process on 127.0.0.1 (the summariser example, unsigned;
/// a SQLite audit store in a temp file, or <c>--memory</c>), drives it from a second process
/// (<see cref="SidecarClient"/>, bench/load/decide.lua's bodies), and reports per request this process's allocated
/// bytes (<see cref="GC.GetTotalAllocatedBytes"/>, precise: every thread, so the store's writer and Kestrel count;
/// independent of the machine's load) and CPU time (<see cref="Process.TotalProcessorTime"/>: noisy on a shared
/// machine). Then the same for a bare Kestrel endpoint in this process (the same slim host, a constant answer), the
/// floor the ratio goal is against. <c>--types</c> adds the runtime's sampled allocating types of the sidecar run.
/// </summary>
internal static class SidecarCost
{
    public static int Run(string[] args)
    {
        var numbers = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray();
        var requests = numbers.Length > 0 ? numbers[0] : 20_000;
        var connections = numbers.Length > 1 ? numbers[1] : 8;
        return RunAsync(requests, connections, args.Contains("--types"), !args.Contains("--no-hello"), args.Contains("--memory")).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(int requests, int connections, bool types, bool hello, bool memory)
    {
        var directory = Directory.CreateTempSubdirectory("airs-sidecar-cost-").FullName;
        try
        {
            var path = Path.Combine(EnginePolicies.RepoRoot(), "policies", "examples", "summariser.airs");
            var build = BundleBuilder.Build(Compilation.FromText(path, File.ReadAllText(path)), key: null, DateTimeOffset.UtcNow);
            var bundles = Directory.CreateDirectory(Path.Combine(directory, "bundles")).FullName;
            File.WriteAllBytes(Path.Combine(bundles, "summariser.airsb"), [.. build.Bundle]);
            var logged = new CountingLoggerProvider();
            Console.WriteLine($"sidecar-cost: {requests} requests over {connections} connections, client in a second process, " +
                $"store {(memory ? "in memory" : "SQLite (synchronous=FULL)")}; GC server={System.Runtime.GCSettings.IsServerGC}, " +
                $"latency mode {System.Runtime.GCSettings.LatencyMode}; load {Timing.LoadAverage()}");

            await using (IAirsStore store = memory ? new InMemoryAirsStore() : await SqliteAirsStore.OpenAsync(Path.Combine(directory, "airs.db")))
            {
                await using var sidecar = await SidecarHost.StartAsync(new SidecarOptions
                {
                    BundlePath = bundles,
                    Trust = BundleTrust.AllowUnsigned(["summariser"]),
                    Urls = "http://127.0.0.1:0",
                    WatchBundles = false,
                    LoggerProviders = [logged],
                }, store);
                var url = new Uri(sidecar.Addresses[0], "/v1/decisions/summariser/input");
                using var listener = types ? new AllocationTypes() : null;
                var result = await MeasureAsync(url, requests, connections, listener, profile: true);
                Console.WriteLine(result.Describe("sidecar"));
                Console.WriteLine($"  log lines: {logged.Count} ({logged.Count / (double)requests:F3} per request)");
                if (listener is not null)
                {
                    Console.WriteLine(listener.Top(40));
                }
            }
            if (hello)
            {
                await using var app = await StartHelloAsync();
                var url = new Uri(new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()), "/hello");
                Console.WriteLine((await MeasureAsync(url, requests, connections, null, profile: false)).Describe("bare Kestrel"));
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
        return 0;
    }

    private sealed record Result(int Requests, int WarmUps, long Compiled, double Seconds, int Errors, double ClientCpuSeconds, long Bytes, TimeSpan Cpu, int Gen0, int Gen1, int Gen2,
        TimeSpan Paused, string Load)
    {
        public string Describe(string name) => string.Create(CultureInfo.InvariantCulture,
            $"{name}: {Bytes / (double)Requests:F0} B allocated per request, {Cpu.TotalMicroseconds / Requests:F1} µs server CPU per request, " +
            $"{Requests / Seconds:F0} requests/s ({Errors} not 200), client CPU {ClientCpuSeconds * 1e6 / Requests:F1} µs per request, " +
            $"GCs {Gen0}/{Gen1}/{Gen2} (gen 0/1/2) pausing {Paused.TotalMilliseconds:F1} ms in all ({Paused.TotalSeconds / Seconds:P2} of the run), " +
            $"{WarmUps} warm-up rounds, {Compiled} methods compiled during the run, load {Load}");
    }

    /// <summary>Starts the client process, lets it warm up, then reads this process's counters around its measured run.</summary>
    private static async Task<Result> MeasureAsync(Uri url, int requests, int connections, AllocationTypes? listener, bool profile)
    {
        var self = typeof(SidecarCost).Assembly.Location;
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        // Runtime settings tried on the server (DOTNET_gcServer=1, …) are the server's: the client runs as it always does.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("DOTNET_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
        {
            start.ArgumentList.Add(self); // run as `dotnet Airs.Benchmarks.dll`; the apphost (`dotnet run`) needs no path
        }
        foreach (var arg in new[] { "sidecar-client", url.ToString(), requests.ToString(CultureInfo.InvariantCulture), connections.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }
        using var client = Process.Start(start)!;
        var rounds = await WarmUpAsync(client);
        var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
        using var perf = StartPerf(profile);
        var me = Process.GetCurrentProcess();
        var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var paused = GC.GetTotalPauseDuration(); // every request in flight during a pause waits it out: the tail's share
        listener?.Recording = true;
        me.Refresh();
        var cpu = me.TotalProcessorTime;
        var bytes = GC.GetTotalAllocatedBytes(precise: true);
        await client.StandardInput.WriteLineAsync("go");
        await client.StandardInput.FlushAsync();
        var done = await client.StandardOutput.ReadLineAsync() ?? throw new InvalidOperationException("the client stopped early");
        bytes = GC.GetTotalAllocatedBytes(precise: true) - bytes;
        me.Refresh();
        var used = me.TotalProcessorTime - cpu;
        listener?.Recording = false;
        await StopPerfAsync(perf);
        await client.WaitForExitAsync();
        var parts = done.Split(' ');
        return new Result(requests, rounds, System.Runtime.JitInfo.GetCompiledMethodCount() - compiled, double.Parse(parts[1], CultureInfo.InvariantCulture), int.Parse(parts[2], CultureInfo.InvariantCulture),
            double.Parse(parts[3], CultureInfo.InvariantCulture), bytes, used,
            GC.CollectionCount(0) - gen0, GC.CollectionCount(1) - gen1, GC.CollectionCount(2) - gen2, GC.GetTotalPauseDuration() - paused, Timing.LoadAverage());
    }

    /// <summary>
    /// Asks the client for warm-up rounds until one ends with (almost) nothing newly compiled in this process, at most
    /// ten: the background tier-up of a busy machine lags behind its calls, and compiling inside the measured run
    /// counted 10–20 % of the sidecar's CPU per request. Returns the rounds taken.
    /// </summary>
    private static async Task<int> WarmUpAsync(Process client)
    {
        var rounds = 1;
        var compiled = -1L;
        while (true)
        {
            if (await client.StandardOutput.ReadLineAsync() is var line && line != "ready")
            {
                throw new InvalidOperationException($"the client did not warm up: it said `{line}`");
            }
            var now = System.Runtime.JitInfo.GetCompiledMethodCount();
            if ((compiled >= 0 && now - compiled <= 2) || rounds == 10)
            {
                return rounds;
            }
            compiled = now;
            rounds++;
            await client.StandardInput.WriteLineAsync("more");
            await client.StandardInput.FlushAsync();
        }
    }

    /// <summary>
    /// With <c>AIRS_BENCH_ATTACH</c> set to a command, runs it around the measured run of the sidecar (not the hello
    /// endpoint), <c>{pid}</c> replaced by this process's id, and stops it with SIGINT: e.g.
    /// <c>perf record -F 999 -g -p {pid} -o /tmp/sidecar.data</c> (with <c>DOTNET_PerfMapEnabled=1
    /// DOTNET_EnableWriteXorExecute=0</c> for the JIT's symbols) or <c>strace -f -c -p {pid}</c>.
    /// </summary>
    private static Process? StartPerf(bool profile)
    {
        if (!profile || Environment.GetEnvironmentVariable("AIRS_BENCH_ATTACH") is not { Length: > 0 } command)
        {
            return null;
        }
        var words = command.Replace("{pid}", Environment.ProcessId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var attached = Process.Start(new ProcessStartInfo(words[0], words[1..]));
        Thread.Sleep(1000); // it attaches to every thread before the run starts
        return attached;
    }

    private static async Task StopPerfAsync(Process? perf)
    {
        if (perf is null)
        {
            return;
        }
        using var interrupt = Process.Start("kill", ["-INT", perf.Id.ToString(CultureInfo.InvariantCulture)]);
        await interrupt.WaitForExitAsync();
        await perf.WaitForExitAsync();
    }

    /// <summary>bench/load/Hello in this process: the same slim host, a handler that answers a constant.</summary>
    private static async Task<WebApplication> StartHelloAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        var app = builder.Build();
        app.MapPost("/hello", () => "hello");
        await app.StartAsync();
        return app;
    }

    /// <summary>`airs serve`'s logging filter (Information, Microsoft.* from Warning), counting lines instead of writing them.</summary>
    private sealed class CountingLoggerProvider : ILoggerProvider
    {
        private int count;

        public int Count => Volatile.Read(ref count);

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName.StartsWith("Microsoft.", StringComparison.Ordinal) ? LogLevel.Warning : LogLevel.Information);

        public void Dispose()
        {
        }

        private sealed class Logger(CountingLoggerProvider provider, LogLevel minimum) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= minimum;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (!IsEnabled(logLevel))
                {
                    return;
                }
                formatter(state, exception);
                Interlocked.Increment(ref provider.count);
            }
        }
    }
}
