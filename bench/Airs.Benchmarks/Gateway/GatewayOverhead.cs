using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Airs.Benchmarks.Compare;
using Airs.Compiler.Binding;
using Airs.Compiler.Bundles;
using Airs.Runtime.AspNetCore.Gateway;
using Airs.Runtime.AspNetCore.Sidecar;
using Airs.Runtime.Bundles;
using Airs.Runtime.PostgreSql;
using Airs.Runtime.Stores;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Airs.Benchmarks.Gateway;

/// <summary>
/// `gateway-overhead [calls] [store-directory]`: what `airs gateway` adds on loopback. A fake OpenAI upstream (Kestrel, 127.0.0.1)
/// answers at once; the same chat is sent `calls` times straight to it and `calls` times through a real gateway
/// (the four standard packs, SQLite audit), one call at a time, after a warm-up. Reports the median and p99 of each
/// and their differences; then time-to-first-token of a streamed answer (the upstream sends 40 chunks of 12
/// characters without pausing) both ways. Direct and gateway calls alternate. An upstream delay in milliseconds makes the
/// upstream think before it answers, as a model does: the request's commit then hides behind it. Every decision awaits its audit record's durable SQLite commit; give a
/// tmpfs directory (<c>/dev/shm</c>) as the store directory to see the gateway without the disk's fsync, or <c>memory</c> to
/// see it without any durable store, or a PostgreSQL connection (<c>postgres://…</c>, or Npgsql keywords with <c>Host=</c>) for its store.
/// </summary>
internal static class GatewayOverhead
{
    private const string Chat = """{"model":"gpt-test","messages":[{"role":"system","content":"You help customers with their orders."},{"role":"user","content":"Where is order 42? It was due on Monday and has not arrived yet."}]}""";
    private const string Answer = """{"id":"chatcmpl-1","object":"chat.completion","created":1700000000,"model":"gpt-test","choices":[{"index":0,"message":{"role":"assistant","content":"Order 42 left the warehouse on Friday. It should arrive tomorrow before noon."},"logprobs":null,"finish_reason":"stop"}],"usage":{"prompt_tokens":30,"completion_tokens":18,"total_tokens":48}}""";
    private const string Piece = "Order 42 is ";

    /// <param name="args">`[calls] [store directory | memory | PostgreSQL connection] [upstream milliseconds]`.</param>
    /// <param name="breakdown">Also listen to the process's spans and store metrics and report where a gateway call's time goes (<see cref="CallBreakdown"/>).</param>
    public static int Run(string[] args, bool breakdown)
    {
        var timeline = args.Contains("--timeline");
        var separate = args.Contains("--separate");
        var types = args.Contains("--types");
        args = [.. args.Where(a => a is not ("--timeline" or "--separate" or "--types"))];
        var calls = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5_000;
        var storeDirectory = args.Length > 1 ? args[1] : null;
        var upstreamDelay = TimeSpan.FromMilliseconds(args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 0);
        return RunAsync(calls, storeDirectory, upstreamDelay, breakdown, timeline, separate, types).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(int calls, string? storeDirectory, TimeSpan upstreamDelay, bool breakdown, bool timeline, bool separate, bool types)
    {
        if (separate && (breakdown || timeline || storeDirectory == "memory"))
        {
            throw new ArgumentException("--separate: the gateway runs in another process, so there is no breakdown, timeline or in-memory store");
        }
        var directory = Directory.CreateTempSubdirectory("airs-gateway-bench-").FullName;
        var postgres = storeDirectory is not null && PostgresConnectionString.NamesDatabase(storeDirectory);
        // --separate: the store in a directory of its own. `airs gateway` watches the bundle directory for new bundles, and
        // every write of the store's WAL there would wake its watcher (inotify reports every file; the filter is applied after).
        var storeHome = separate && storeDirectory is null ? Directory.CreateTempSubdirectory("airs-gateway-bench-store-").FullName : null;
        var storeFile = Path.Combine(storeHome ?? (storeDirectory is null or "memory" || postgres ? directory : storeDirectory), $"airs-gateway-bench-{Guid.NewGuid():n}.db");
        await using var upstream = await StartUpstreamAsync(upstreamDelay);
        var upstreamUrl = Addresses(upstream);
        var path = Path.Combine(Engine.EnginePolicies.RepoRoot(), "policies", "examples", "guardrail_pass.airs");
        var build = BundleBuilder.Build(Compilation.FromText(path, Workloads.Workloads.GuardrailPolicy), key: null, DateTimeOffset.UtcNow);
        File.WriteAllBytes(Path.Combine(directory, "guardrail_pass.airsb"), [.. build.Bundle]);
        // `memory` as the store directory: no durable store at all, to see what the gateway costs without the audit's commits.
        await using IAirsStore? store = separate ? null
            : storeDirectory == "memory" ? new InMemoryAirsStore()
            : postgres ? await PostgresAirsStore.OpenAsync(storeDirectory!)
            : await SqliteAirsStore.OpenAsync(storeFile);
        await using var gateway = store is null ? null : await SidecarHost.StartAsync(new SidecarOptions
        {
            BundlePath = directory,
            Trust = BundleTrust.AllowUnsigned(["guardrail_pass"]),
            Urls = "http://127.0.0.1:0",
            WatchBundles = false,
            Gateway = new GatewayOptions { Upstream = new Uri(upstreamUrl, "/v1"), UpstreamKey = "sk-bench-upstream-key" },
        }, store);
        // --separate: `airs gateway` in its own process, as a user runs it; this process holds only the client and the upstream.
        using var process = separate ? SeparateGateway.Start(directory, new Uri(upstreamUrl, "/v1"), postgres ? storeDirectory! : storeFile) : null;
        var gatewayAddress = process is not null ? process.Address : gateway!.Addresses[0];
        using var client = new HttpClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "bench-client");

        var direct = new Uri(upstreamUrl, "/v1/chat/completions");
        var through = new Uri(gatewayAddress, "/v1/chat/completions");
        var warmUp = Math.Max(500, calls / 5);
        await TimeAsync(client, [direct, through], Chat, warmUp, firstToken: false);
        var settling = await SettleJitAsync(client, [direct, through]);
        if (process is not null)
        {
            // The JIT count above is this process's: warm the gateway's own tiering with a fixed number of calls.
            var more = Math.Max(0, SeparateGateway.WarmUpCalls - settling / 2 - warmUp);
            await TimeAsync(client, [through], Chat, more, firstToken: false);
            settling += more;
        }
        var jittedBefore = JitInfo.GetCompiledMethodCount();
        // As many calls as are timed: a short run's CPU time still holds the JIT's tiering of the first calls.
        // --types: the allocation ticks (about one per 100 KB) of the calls through the gateway, by type; the client's
        // and the upstream's share are in them too (compare a direct call's bytes).
        using var allocations = types ? new Engine.AllocationTypes() : null;
        var directUse = await HeapUseAsync(client, direct, calls);
        var gatewayCpu = process?.CpuTime();
        allocations?.Recording = true;
        var gatewayUse = await HeapUseAsync(client, through, calls);
        allocations?.Recording = false;
        var gatewayCpuMsPerCall = process is not null ? (process.CpuTime() - gatewayCpu!.Value).TotalMilliseconds / calls : (double?)null;
        var parts = breakdown ? new CallBreakdown() : null;
        var marks = timeline ? new CallTimeline() : null;
        var writesBefore = (store as AdoAirsStore)?.WriteStatistics;
        var gcBefore = (Gen0: GC.CollectionCount(0), Gen1: GC.CollectionCount(1), Gen2: GC.CollectionCount(2), Pause: GC.GetTotalPauseDuration());
        // Direct and gateway calls alternate, so a noisy moment of the machine falls on both alike.
        var nonStreamed = await TimeAsync(client, [direct, through], Chat, calls, firstToken: false, parts, marks);
        var writesAfter = (store as AdoAirsStore)?.WriteStatistics;
        var gcWhileTimed = new
        {
            gen0 = GC.CollectionCount(0) - gcBefore.Gen0,
            gen1 = GC.CollectionCount(1) - gcBefore.Gen1,
            gen2 = GC.CollectionCount(2) - gcBefore.Gen2,
            pauseMs = (GC.GetTotalPauseDuration() - gcBefore.Pause).TotalMilliseconds,
            serverGc = GCSettings.IsServerGC,
            lastEphemeral = LastGc(GCKind.Ephemeral),
        };
        var jittedWhileTimed = JitInfo.GetCompiledMethodCount() - jittedBefore;
        parts?.Dispose();
        marks?.Dispose();

        var stream = Chat.Replace("\"messages\"", "\"stream\":true,\"messages\"", StringComparison.Ordinal);
        var streamed = Math.Max(200, calls / 5);
        await TimeAsync(client, [direct, through], stream, streamed / 2, firstToken: true);
        var firstTokens = await TimeAsync(client, [direct, through], stream, streamed, firstToken: true);

        static object Summary(double[] upstreamAlone, double[] viaGateway) => new
        {
            upstreamMedianMs = Timing.Quantile(upstreamAlone, 0.5),
            upstreamP99Ms = Timing.Quantile(upstreamAlone, 0.99),
            gatewayMedianMs = Timing.Quantile(viaGateway, 0.5),
            gatewayP99Ms = Timing.Quantile(viaGateway, 0.99),
            overheadMedianMs = Timing.Quantile(viaGateway, 0.5) - Timing.Quantile(upstreamAlone, 0.5),
            overheadP99Ms = Timing.Quantile(viaGateway, 0.99) - Timing.Quantile(upstreamAlone, 0.99),
        };
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            calls,
            store = postgres ? "postgresql" : storeDirectory == "memory" ? "memory" : storeFile,
            gateway = process is not null ? $"separate process {process.Id}" : "in this process",
            upstreamDelayMs = upstreamDelay.TotalMilliseconds,
            // Calls made, after the warm-up, until the JIT settled; and methods it compiled while the non-streamed calls were timed.
            jitSettling = new { calls = settling, methodsJittedWhileTimed = jittedWhileTimed },
            nonStreamed = Summary(nonStreamed[0], nonStreamed[1]),
            // The store's write batches per timed gateway call, and those that waited for the disk (a durable commit).
            commitsPerCall = writesBefore is { } b && writesAfter is { } a
                ? new { batches = (double)(a.Batches - b.Batches) / calls, durable = (double)(a.DurableBatches - b.DurableBatches) / calls }
                : null,
            // The whole process (client, gateway and upstream): the gateway's own share is the difference.
            heapPerCall = new { upstreamAlone = directUse, viaGateway = gatewayUse },
            // --separate: the gateway process's own CPU time (user and system) per gateway call.
            gatewayProcessCpuMsPerCall = gatewayCpuMsPerCall,
            breakdownMs = parts?.Summary(),
            // Collections and GC pause time over the timed non-streamed calls, both ways.
            gcWhileTimed,
            timelineMs = marks?.Summary(),
            streamedCalls = streamed,
            timeToFirstToken = Summary(firstTokens[0], firstTokens[1]),
        }, new JsonSerializerOptions { WriteIndented = true }));
        if (allocations is not null)
        {
            Console.WriteLine($"allocation ticks by type, calls through the gateway:{Environment.NewLine}{allocations.Top(40)}");
        }
        process?.Stop();
        // The store may live in the bundle directory (the default) or in the given one: remove its files first.
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(storeFile)!, Path.GetFileName(storeFile) + "*"))
        {
            File.Delete(file);
        }
        Directory.Delete(directory, recursive: true);
        if (storeHome is not null)
        {
            Directory.Delete(storeHome, recursive: true);
        }
        return 0;
    }

    /// <summary>The last collection of a kind: its pause, the heap it left, what it promoted.</summary>
    private static object LastGc(GCKind kind)
    {
        var info = GC.GetGCMemoryInfo(kind);
        return new
        {
            info.Generation,
            pauseMs = info.PauseDurations.ToArray().Sum(p => p.TotalMilliseconds),
            heapMB = info.HeapSizeBytes / 1e6,
            promotedMB = info.PromotedBytes / 1e6,
            gen0BudgetMB = info.GenerationInfo.Length > 0 ? info.GenerationInfo[0].SizeBeforeBytes / 1e6 : 0,
            pinned = info.PinnedObjectsCount,
            // Each generation's size after the collection (0, 1, 2, large objects, pinned objects), in MB.
            generationsMB = info.GenerationInfo.ToArray().Select(g => Math.Round(g.SizeAfterBytes / 1e6, 1)).ToArray(),
        };
    }

    /// <summary>
    /// Calls both urls, a thousand at a time, until three thousands in a row each compile fewer than 20 methods (at most
    /// 40,000 calls or a minute): the JIT tiers code up for thousands of calls after start, in bursts, longer when the machine is busy
    /// and its thread waits, and a run timed before then measures that rather than a gateway serving. Returns the calls made.
    /// </summary>
    private static async Task<int> SettleJitAsync(HttpClient client, Uri[] urls)
    {
        const int Round = 1_000;
        // A minute at most: with an upstream think time a thousand calls take many seconds.
        var rounds = await Timing.SettleJitAsync(() => TimeAsync(client, urls, Chat, Round / urls.Length, firstToken: false),
            quietBelow: 20, maxRounds: 40, atLeast: TimeSpan.Zero, atMost: TimeSpan.FromMinutes(1), pause: TimeSpan.Zero);
        return rounds * Round;
    }

    /// <summary>
    /// Milliseconds per call for each url, sorted: to the whole answer, or to the first chunk carrying text. The urls
    /// take turns call by call; only the last one's calls are recorded in <paramref name="parts"/>.
    /// </summary>
    private static async Task<double[][]> TimeAsync(HttpClient client, Uri[] urls, string body, int calls, bool firstToken, CallBreakdown? parts = null,
        CallTimeline? marks = null)
    {
        var samples = urls.Select(_ => new double[calls]).ToArray();
        for (var i = 0; i < calls; i++)
        {
            for (var u = 0; u < urls.Length; u++)
            {
                marks?.StartCall();
                samples[u][i] = await CallAsync(client, urls[u], body, firstToken);
                marks?.EndCall(gateway: u == urls.Length - 1);
                parts?.EndCall(record: u == urls.Length - 1);
            }
        }
        foreach (var sample in samples)
        {
            Array.Sort(sample);
        }
        return samples;
    }

    private static async Task<double> CallAsync(HttpClient client, Uri url, string body, bool firstToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        var start = Stopwatch.GetTimestamp();
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        var elapsed = 0.0;
        if (firstToken)
        {
            while (await reader.ReadLineAsync() is { } line && !line.Contains("\"content\":\"O", StringComparison.Ordinal))
            {
            }
            elapsed = Timing.Nanoseconds(Stopwatch.GetTimestamp() - start) / 1e6;
        }
        await reader.ReadToEndAsync();
        return firstToken ? elapsed : Timing.Nanoseconds(Stopwatch.GetTimestamp() - start) / 1e6;
    }

    /// <summary>
    /// Bytes allocated, CPU time (user and system, all threads) and garbage collections in the whole process (client,
    /// gateway and upstream) per call to one url. CPU time, unlike wall time, hardly moves when other jobs share the machine.
    /// </summary>
    private static async Task<object> HeapUseAsync(HttpClient client, Uri url, int calls)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var (bytes, gen0, gen1, gen2) = (GC.GetTotalAllocatedBytes(precise: true), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        for (var i = 0; i < calls; i++)
        {
            await CallAsync(client, url, Chat, firstToken: false);
        }
        process.Refresh();
        return new
        {
            calls,
            bytesPerCall = (GC.GetTotalAllocatedBytes(precise: true) - bytes) / calls,
            cpuMsPerCall = (process.TotalProcessorTime - cpu).TotalMilliseconds / calls,
            gen0Collections = GC.CollectionCount(0) - gen0,
            gen1Collections = GC.CollectionCount(1) - gen1,
            gen2Collections = GC.CollectionCount(2) - gen2,
        };
    }

    /// <summary>The fake upstream: answers after <paramref name="delay"/> (a model's thinking time, zero for at once).</summary>
    private static async Task<WebApplication> StartUpstreamAsync(TimeSpan delay)
    {
        // No recursive watcher of the working directory for appsettings changes (as in the gateway): its events cost CPU.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = ["--hostBuilder:reloadConfigOnChange=false"] });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/v1/chat/completions", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var request = await reader.ReadToEndAsync();
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay);
            }
            if (!request.Contains("\"stream\":true", StringComparison.Ordinal))
            {
                http.Response.ContentType = "application/json";
                await http.Response.WriteAsync(Answer);
                return;
            }
            http.Response.ContentType = "text/event-stream";
            for (var i = 0; i < 40; i++)
            {
                var text = i % 4 == 3 ? "on its way. " : Piece;
                await http.Response.WriteAsync($"data: {{\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"gpt-test\",\"choices\":[{{\"index\":0,\"delta\":{{\"content\":\"{text}\"}},\"finish_reason\":null}}]}}\n\n");
                await http.Response.Body.FlushAsync();
            }
            await http.Response.WriteAsync("data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"gpt-test\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n");
        });
        await app.StartAsync();
        return app;
    }

    private static Uri Addresses(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
}
