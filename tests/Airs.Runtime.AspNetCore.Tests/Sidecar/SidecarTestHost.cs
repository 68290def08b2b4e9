using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Airs.Compiler.Binding;
using Airs.Compiler.Bundles;
using Airs.Runtime.AspNetCore.Sidecar;
using Airs.Runtime.Bundles;
using Airs.Runtime.Engine;
using Airs.Runtime.Stores;
using Microsoft.Extensions.Logging;

namespace Airs.Runtime.AspNetCore.Tests.Sidecar;

/// <summary>A real sidecar on 127.0.0.1 (port 0) with a client, a temporary bundle directory and captured logs.</summary>
internal sealed class SidecarTestHost : IAsyncDisposable
{
    public const string AdminSecret = "admin-secret-lead-1";
    public const string InternSecret = "intern-secret-two-2";
    public const string DecisionSecret = "decision-secret-three-3";
    public const string ReviewerSecret = "reviewer-secret-desk-4";
    public const string MetricsSecret = "metrics-secret-scrape-5";

    private readonly bool ownsStore;

    private SidecarTestHost(SidecarHost host, IAirsStore store, bool ownsStore, string directory, CapturingLoggerProvider logs)
    {
        Host = host;
        Store = store;
        this.ownsStore = ownsStore;
        Directory = directory;
        Logs = logs;
        Client = new HttpClient { BaseAddress = host.Addresses[0] };
    }

    public SidecarHost Host { get; }

    public IAirsStore Store { get; }

    public string Directory { get; }

    public CapturingLoggerProvider Logs { get; }

    public HttpClient Client { get; }

    public static string RepoRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AirsPolicy.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("AirsPolicy.sln is not above the test assembly");
    }

    public static string Example(string name) => Path.Combine(RepoRoot(), "policies", "examples", name + ".airs");

    public static string NewDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "airs-sidecar-" + Guid.NewGuid().ToString("n")[..12]);
        System.IO.Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Compiles a policy file into an unsigned bundle <c>{policy}.airsb</c> in <paramref name="directory"/>.</summary>
    public static string WriteBundle(string policyFile, string directory)
    {
        var build = BundleBuilder.Build(Compilation.FromFile(policyFile), key: null, DateTimeOffset.UtcNow);
        Assert.True(build.Success, string.Join("; ", build.Diagnostics));
        var path = Path.Combine(directory, build.Manifest!.Policy + ".airsb");
        File.WriteAllBytes(path, [.. build.Bundle]);
        return path;
    }

    /// <summary>Writes policy source text to a file and builds it into <paramref name="directory"/>.</summary>
    public static string WriteBundleFromSource(string source, string directory)
    {
        var sourceDirectory = Path.Combine(directory, "src");
        System.IO.Directory.CreateDirectory(sourceDirectory);
        var file = Path.Combine(sourceDirectory, Guid.NewGuid().ToString("n")[..8] + ".airs");
        File.WriteAllText(file, source);
        return WriteBundle(file, directory);
    }

    public static async Task<SidecarTestHost> StartAsync(string directory, string[] unsignedPolicies, IAirsStore? store = null,
        Func<SidecarOptions, SidecarOptions>? configure = null)
    {
        var logs = new CapturingLoggerProvider();
        var ownsStore = store is null;
        store ??= await SqliteAirsStore.OpenAsync(Path.Combine(directory, "airs.db"));
        var options = new SidecarOptions
        {
            BundlePath = directory,
            Trust = BundleTrust.AllowUnsigned(unsignedPolicies),
            Urls = "http://127.0.0.1:0",
            WatchBundles = false,
            AdminTokens = [new SidecarToken("lead", AdminSecret), new SidecarToken("intern", InternSecret)],
            PacePrincipals = ["lead"],
            MaxBodyBytes = 4096,
            // Replica tests move PACE and reset breakers on one host and decide on the other at once: no refresh interval.
            Engine = PolicyEngineOptions.Default with { PaceRefreshInterval = TimeSpan.Zero, BreakerRefreshInterval = TimeSpan.Zero },
            LoggerProviders = [logs],
        };
        var host = await SidecarHost.StartAsync(configure?.Invoke(options) ?? options, store);
        return new SidecarTestHost(host, store, ownsStore, directory, logs);
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? json = null, string? token = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = Json(json);
        }
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return await Client.SendAsync(request);
    }

    public async Task<JsonElement> DecideAsync(string path, string context, string? token = null)
    {
        using var response = await SendAsync(HttpMethod.Post, path, context, token);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
        if (ownsStore)
        {
            await Store.DisposeAsync();
        }
    }
}

/// <summary>Keeps every log entry, so a test can check nothing was logged as an error.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<(LogLevel Level, string Category, string Message, Exception? Exception)> Entries { get; } = new();

    public IEnumerable<(LogLevel Level, string Category, string Message, Exception? Exception)> Errors =>
        Entries.Where(e => e.Level >= LogLevel.Error);

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Entries.Enqueue((logLevel, category, formatter(state, exception), exception));
    }
}
