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
