using Airs.Runtime.AspNetCore.Sidecar;
using Airs.Runtime.Bundles;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Engine;
using Airs.Runtime.Judges;
using Airs.Runtime.Stores;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;

namespace Airs.Runtime.AspNetCore.Tests.Sidecar;

public sealed class EngineRegistryTests
{
    [Fact]
    public async Task AnInFlightRequestFinishesOnTheOldEngineWhichClosesAfterIt()
    {
        var directory = SidecarTestHost.NewDirectory();
        var source = File.ReadAllText(SidecarTestHost.Example("summariser"));
        SidecarTestHost.WriteBundleFromSource(source, directory);
        await using var store = await SqliteAirsStore.OpenAsync(Path.Combine(directory, "airs.db"));
        using var watcher = await BundleWatcher.StartForDirectoryAsync(directory, BundleTrust.AllowUnsigned("summariser"),
            BundleWatcherOptions.Default with { WatchFileSystem = false });
        await using var registry = new EngineRegistry(watcher, store, new DictionaryJudgeClientProvider(new Dictionary<string, IChatClient>()),
            PolicyEngineOptions.Default, TimeProvider.System, NullLoggerFactory.Instance);
        await registry.SyncAsync();
        var context = RequestContext.FromJson("""{"input":{"text":"x"},"user":{"roles":["staff"]}}""");

        Assert.True(registry.TryUse("summariser", out var inFlight));
        SidecarTestHost.WriteBundleFromSource(source.Replace("version \"1.0.0\"", "version \"2.0.0\""), directory);
        await watcher.ReloadAsync();
        await registry.SyncAsync();

        Assert.True(registry.TryUse("summariser", out var next));
        await using (next)
        {
            Assert.Equal("2.0.0", (await next.Engine.DecideAsync(Stage.Input, context)).Version);
        }
        // The request that started before the swap still decides on the version it started with.
        var old = inFlight.Engine;
        Assert.Equal("1.0.0", (await old.DecideAsync(Stage.Input, context)).Version);
        await inFlight.DisposeAsync();
        await Assert.ThrowsAsync<ObjectDisposedException>(() => old.DecideAsync(Stage.Input, context));
    }

    /// <summary>
    /// A policy's version is free text from its author. "serving policy {Policy} version {Version}" logged it as it was,
    /// so a version with a line break (<c>version "1.0.0\ninfo: …"</c>, a bundle built from a policy under review)
    /// wrote a line of its own into the sidecar's log, one that read as the host's. It is escaped as refusals are.
    /// </summary>
    [Fact]
    public async Task A_version_with_a_line_break_is_logged_on_one_line()
    {
        var directory = SidecarTestHost.NewDirectory();
        var forged = "1.0.0\\ninfo: Airs.Sidecar.Engines[0]\\n      serving policy summariser version 9.9.9";
        SidecarTestHost.WriteBundleFromSource(File.ReadAllText(SidecarTestHost.Example("summariser")).Replace("version \"1.0.0\"", $"version \"{forged}\""), directory);

        await using var host = await SidecarTestHost.StartAsync(directory, ["summariser"]);

        var serving = Assert.Single(host.Logs.Entries, e => e.Message.StartsWith("serving policy", StringComparison.Ordinal));
        Assert.Equal("serving policy summariser version 1.0.0\\u{A}info: Airs.Sidecar.Engines[0]\\u{A}      serving policy summariser version 9.9.9", serving.Message);
    }

    [Fact]
    public async Task AnUnchangedBundleKeepsItsEngine()
    {
        var directory = SidecarTestHost.NewDirectory();
        SidecarTestHost.WriteBundle(SidecarTestHost.Example("summariser"), directory);
        await using var store = await SqliteAirsStore.OpenAsync(Path.Combine(directory, "airs.db"));
        using var watcher = await BundleWatcher.StartForDirectoryAsync(directory, BundleTrust.AllowUnsigned("summariser"),
            BundleWatcherOptions.Default with { WatchFileSystem = false });
        await using var registry = new EngineRegistry(watcher, store, new DictionaryJudgeClientProvider(new Dictionary<string, IChatClient>()),
            PolicyEngineOptions.Default, TimeProvider.System, NullLoggerFactory.Instance);
        await registry.SyncAsync();
        Assert.True(registry.TryUse("summariser", out var first));
        await first.DisposeAsync();
        await watcher.ReloadAsync();
        await registry.SyncAsync();
        Assert.True(registry.TryUse("summariser", out var second));
        await second.DisposeAsync();
        Assert.Same(first.Engine, second.Engine);
        Assert.False(registry.TryUse("nobody", out _));
    }
}
