using Airs.Runtime.Bundles;
using Airs.Runtime.Decisions;
using static Airs.Runtime.Tests.Bundles.BundleFixtures;

namespace Airs.Runtime.Tests.Bundles;

public sealed class BundleWatcherTests
{
    private static readonly BundleWatcherOptions Manual = new() { WatchFileSystem = false };

    private static string MessageOf(BundleWatcher watcher) =>
        watcher.Evaluate("support_bot", Stage.Input, Injection, EvaluationOptions.Default).Message!;

    [Fact]
    public async Task A_good_update_is_swapped_in()
    {
        using var dir = new TempDirectory();
        var path = dir.File("support_bot.airsb");
        File.WriteAllBytes(path, Signed("v1", "1.0.0"));
        using var watcher = await BundleWatcher.StartForFileAsync(path, Trust, Manual);
        var events = new List<BundleReloadEventArgs>();
        watcher.Reloaded += (_, e) => events.Add(e);
        Assert.Equal("v1", MessageOf(watcher));

        File.WriteAllBytes(path, Signed("v2", "2.0.0"));
        var result = Assert.Single(await watcher.ReloadAsync());

        Assert.Equal(BundleReloadStatus.Loaded, result.Status);
        Assert.Equal(("1.0.0", "2.0.0"), (result.PreviousVersion, result.Version));
        Assert.Equal("swapped policy `support_bot` from version `1.0.0` to `2.0.0` (signed by key `" + Key.KeyId + "`)", result.Reason);
        Assert.Same(result, Assert.Single(events));
        Assert.Equal("v2", MessageOf(watcher));
    }

    [Fact]
    public async Task A_bad_update_keeps_the_last_good_bundle_and_says_why()
    {
        using var dir = new TempDirectory();
        var path = dir.File("support_bot.airsb");
        File.WriteAllBytes(path, Signed("v1", "1.0.0"));
        var log = new ListLogger();
        using var watcher = await BundleWatcher.StartForFileAsync(path, Trust, Manual with { Logger = log });
        var events = new List<BundleReloadEventArgs>();
        watcher.Reloaded += (_, e) => events.Add(e);

        var assembly = PolicyAssemblies.Blocking("evil");
        File.WriteAllBytes(path, Bundle(assembly, OtherKey, Manifest(assembly, version: "6.6.6")));
        var untrusted = Assert.Single(await watcher.ReloadAsync());
        File.WriteAllBytes(path, Signed("v2", "2.0.0")[..200]);
        var truncated = Assert.Single(await watcher.ReloadAsync());

        Assert.Equal((BundleReloadStatus.Failed, BundleError.UntrustedKey), (untrusted.Status, untrusted.Error));
        Assert.EndsWith("keeping version `1.0.0` of `support_bot`", untrusted.Reason, StringComparison.Ordinal);
        Assert.Equal((BundleReloadStatus.Failed, BundleError.MalformedArchive), (truncated.Status, truncated.Error));
        Assert.Equal([untrusted, truncated], events);
        Assert.Equal(2, log.Entries.Count(e => e.Level == Microsoft.Extensions.Logging.LogLevel.Warning));
        Assert.Contains(log.Entries, e => e.Message.Contains("UntrustedKey", StringComparison.Ordinal));
        Assert.Equal("v1", MessageOf(watcher));

        // Once the file is good again it is taken.
        File.WriteAllBytes(path, Signed("v2", "2.0.0"));
        Assert.Equal(BundleReloadStatus.Loaded, Assert.Single(await watcher.ReloadAsync()).Status);
        Assert.Equal("v2", MessageOf(watcher));
    }

    [Fact]
    public async Task An_older_version_is_refused_unless_downgrades_are_allowed()
    {
        using var dir = new TempDirectory();
        var path = dir.File("p.airsb");
        File.WriteAllBytes(path, Signed("v2", "2.0.0"));
        using var watcher = await BundleWatcher.StartForFileAsync(path, Trust, Manual);

        File.WriteAllBytes(path, Signed("v1", "1.9.9"));
        var downgrade = Assert.Single(await watcher.ReloadAsync());
        Assert.Equal((BundleReloadStatus.Failed, BundleError.Downgrade), (downgrade.Status, downgrade.Error));
        Assert.Contains("version `1.9.9` is older than version `2.0.0` in use, and downgrades are not allowed", downgrade.Reason);
        Assert.Equal("v2", MessageOf(watcher));

        File.WriteAllBytes(path, Signed("free text", "spring release"));
        var unordered = Assert.Single(await watcher.ReloadAsync());
        Assert.Equal(BundleError.Downgrade, unordered.Error);
        Assert.Contains("cannot tell whether version `spring release` is newer than `2.0.0`", unordered.Reason);

        File.WriteAllBytes(path, Signed("v2 rebuilt", "2.0.0+build.7"));
        Assert.Equal(BundleReloadStatus.Loaded, Assert.Single(await watcher.ReloadAsync()).Status);

        using var allowing = await BundleWatcher.StartForFileAsync(path, Trust, Manual with { AllowDowngrade = true });
        File.WriteAllBytes(path, Signed("v1", "1.0.0"));
        Assert.Equal(BundleReloadStatus.Loaded, Assert.Single(await allowing.ReloadAsync()).Status);
        Assert.Equal("v1", allowing.Evaluate("support_bot", Stage.Input, Injection, EvaluationOptions.Default).Message);
    }

    /// <summary>
    /// A refused downgrade (or a bundle for another file's policy) loads none of its code. The check ran after the bundle
    /// was loaded: the older, signed bundle's assembly went into a load context and its evaluator was constructed (its
    /// code ran in the host) before the watcher compared versions and threw it away. The check now reads the signed
    /// manifest, before anything is loaded; the refusal says what it said.
    /// </summary>
    [Fact]
    public async Task A_refused_downgrade_loads_none_of_its_code()
    {
        using var dir = new TempDirectory();
        var path = dir.File("p.airsb");
        File.WriteAllBytes(path, Signed("v2", "2.0.0"));
        using var watcher = await BundleWatcher.StartForFileAsync(path, Trust, Manual);

        // An assembly no other test builds (its marker is new), known by its module version id.
        var older = PolicyAssemblies.Blocking($"old {Guid.NewGuid():N}");
        Guid olderId;
        using (var image = new System.Reflection.PortableExecutable.PEReader(new MemoryStream(older)))
        {
            var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(image);
            olderId = metadata.GetGuid(metadata.GetModuleDefinition().Mvid);
        }
        var loads = 0;
        void Count(object? sender, AssemblyLoadEventArgs e)
        {
            if (e.LoadedAssembly.ManifestModule.ModuleVersionId == olderId)
            {
                Interlocked.Increment(ref loads);
            }
        }
        AppDomain.CurrentDomain.AssemblyLoad += Count;
        try
        {
            File.WriteAllBytes(path, Pack(Manifest(older, version: "1.9.9"), older, Key));
            var downgrade = Assert.Single(await watcher.ReloadAsync());
            Assert.Equal((BundleReloadStatus.Failed, BundleError.Downgrade), (downgrade.Status, downgrade.Error));
            Assert.Equal("bundle `p.airsb`: version `1.9.9` is older than version `2.0.0` in use, and downgrades are not allowed; "
                + "keeping version `2.0.0` of `support_bot`", downgrade.Reason);
            Assert.Equal(0, Volatile.Read(ref loads));
            Assert.Equal("v2", MessageOf(watcher));

            // The same file where downgrades are allowed is loaded, and counted: what is counted above is what loading does.
            using var allowing = await BundleWatcher.StartForFileAsync(path, Trust, Manual with { AllowDowngrade = true });
            Assert.Equal(1, Volatile.Read(ref loads));
        }
        finally
        {
            AppDomain.CurrentDomain.AssemblyLoad -= Count;
        }
    }

    /// <summary>
    /// An older build of the version in use (the same version, or one that differs only by build metadata, signed
    /// earlier) is a rollback too: a policy whose version is not bumped on every change would otherwise have none.
    /// Found by security review 44.
    /// </summary>
    [Fact]
    public async Task An_older_build_of_the_same_version_is_refused_unless_downgrades_are_allowed()
    {
        using var dir = new TempDirectory();
        var path = dir.File("p.airsb");
        var june = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);
        File.WriteAllBytes(path, Built("new build", "2.0.0", june));
        using var watcher = await BundleWatcher.StartForFileAsync(path, Trust, Manual);

        foreach (var version in new[] { "2.0.0", "2.0.0+build.3", "2.0" })
        {
            File.WriteAllBytes(path, Built("old build", version, june.AddDays(-30)));
            var rollback = Assert.Single(await watcher.ReloadAsync());
            Assert.Equal((BundleReloadStatus.Failed, BundleError.Downgrade), (rollback.Status, rollback.Error));
            Assert.Contains("was built before the build of `2.0.0` in use", rollback.Reason);
            Assert.Equal("new build", MessageOf(watcher));
        }

        File.WriteAllBytes(path, Built("newer build", "2.0.0", june.AddDays(1)));
        Assert.Equal(BundleReloadStatus.Loaded, Assert.Single(await watcher.ReloadAsync()).Status);
        Assert.Equal("newer build", MessageOf(watcher));

        using var allowing = await BundleWatcher.StartForFileAsync(path, Trust, Manual with { AllowDowngrade = true });
        File.WriteAllBytes(path, Built("old build", "2.0.0", june.AddDays(-30)));
        Assert.Equal(BundleReloadStatus.Loaded, Assert.Single(await allowing.ReloadAsync()).Status);
    }

    private static byte[] Built(string marker, string version, DateTimeOffset createdAt)
    {
        var assembly = PolicyAssemblies.Blocking(marker);
        return Pack(Manifest(assembly, version: version) with { CreatedAt = createdAt }, assembly, Key);
    }

    /// <summary>
    /// Warming a bundle up lists its assembly's types, and a type the host cannot load (built on an assembly it lacks)
    /// threw out of the reload: no refusal reported, the new bundle's code left loaded, the other files of a directory
    /// not read, and at start-up a raw exception instead of a refusal. Found by security review (bundles).
    /// </summary>
    [Fact]
    public async Task A_bundle_whose_code_cannot_all_be_loaded_is_refused_and_the_last_good_one_kept()
    {
        using var dir = new TempDirectory();
        var path = dir.File("support_bot.airsb");
        File.WriteAllBytes(path, Signed("v1", "1.0.0"));
        using var watcher = await BundleWatcher.StartForFileAsync(path, Trust, Manual);

        var assembly = PolicyAssemblies.WithUnloadableType();
        File.WriteAllBytes(path, Pack(Manifest(assembly, version: "2.0.0"), assembly, Key));
        var result = Assert.Single(await watcher.ReloadAsync());

        Assert.Equal((BundleReloadStatus.Failed, BundleError.AssemblyInvalid), (result.Status, result.Error));
        Assert.DoesNotContain('\n', result.Reason);
        Assert.Equal("v1", MessageOf(watcher));
    }

    /// <summary>
    /// A loaded bundle's reason quotes its version, which a policy may spell with escape sequences (the CLI shows them
    /// escaped), and the log line names the file, whose name may hold a line break: both reached the log raw, where they
    /// forge lines or drive the reader's terminal. Found by security review (bundles).
    /// </summary>
    [Fact]
    public async Task Reload_reasons_and_log_lines_show_control_characters_escaped()
    {
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.File("a\nwarn: forged.airsb"), Signed("v1", "1.0.0\u001b[2K"));
        var log = new ListLogger();
        using var watcher = await BundleWatcher.StartForDirectoryAsync(dir.Path, Trust, Manual with { Logger = log });

        var loaded = Assert.Single(watcher.InitialResults);
        Assert.Equal(BundleReloadStatus.Loaded, loaded.Status);
        Assert.Contains(@"version `1.0.0\u{1B}[2K`", loaded.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(loaded.Reason, char.IsControl);
        var line = Assert.Single(log.Entries).Message;
        Assert.Contains(@"a\u{A}warn: forged.airsb", line, StringComparison.Ordinal);
        Assert.DoesNotContain(line, char.IsControl);
    }

    [Fact]
    public async Task The_first_load_is_reported_in_the_initial_results()
    {
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.File("a.airsb"), Signed("a", name: "alpha"));
        File.WriteAllBytes(dir.File("b.airsb"), Signed("b", name: "beta")[..100]);
        using var watcher = await BundleWatcher.StartForDirectoryAsync(dir.Path, Trust, Manual);
        Assert.Equal([BundleReloadStatus.Loaded, BundleReloadStatus.Failed], watcher.InitialResults.Select(r => r.Status));
    }

    [Fact]
    public async Task An_unchanged_file_is_not_reloaded()
    {
        using var dir = new TempDirectory();
        var path = dir.File("p.airsb");
        File.WriteAllBytes(path, Signed("v1"));
        using var watcher = await BundleWatcher.StartForFileAsync(path, Trust, Manual);
        var events = 0;
        watcher.Reloaded += (_, _) => events++;
        Assert.Equal(BundleReloadStatus.Unchanged, Assert.Single(await watcher.ReloadAsync()).Status);
        Assert.Equal(0, events);
    }

    [Fact]
    public async Task A_file_that_changes_policy_is_refused()
    {
        using var dir = new TempDirectory();
        var path = dir.File("p.airsb");
        File.WriteAllBytes(path, Signed("v1"));
        using var watcher = await BundleWatcher.StartForFileAsync(path, Trust, Manual);
        File.WriteAllBytes(path, Signed("v1", name: "other_bot"));
        var result = Assert.Single(await watcher.ReloadAsync());
        Assert.Equal(BundleError.PolicyMismatch, result.Error);
        Assert.Equal(["support_bot"], watcher.Policies);
    }

    [Fact]
    public async Task A_first_load_that_fails_is_reported_and_nothing_is_served()
    {
        using var dir = new TempDirectory();
        var path = dir.File("p.airsb");
        File.WriteAllBytes(path, Bundle(PolicyAssemblies.Blocking(), key: null));
        using var watcher = await BundleWatcher.StartForFileAsync(path, Trust, Manual);
        Assert.Empty(watcher.Policies);
        Assert.False(watcher.TryAcquire("support_bot", out _));
        Assert.Throws<InvalidOperationException>(() => watcher.Acquire());
    }

    [Fact]
    public async Task A_lease_keeps_its_bundle_loaded_across_a_swap()
    {
        using var dir = new TempDirectory();
        var path = dir.File("p.airsb");
        File.WriteAllBytes(path, Signed("v1", "1.0.0"));
        using var watcher = await BundleWatcher.StartForFileAsync(path, Trust, Manual);

        var lease = watcher.Acquire();
        File.WriteAllBytes(path, Signed("v2", "2.0.0"));
        await watcher.ReloadAsync();

        Assert.False(lease.Bundle.IsDisposed);
        Assert.Equal("v1", lease.Bundle.Evaluate(Stage.Input, Injection).Message);
        Assert.Equal("v2", MessageOf(watcher));
        lease.Dispose();
        lease.Dispose();
        Assert.True(lease.Bundle.IsDisposed);
    }

    [Fact]
    public async Task Readers_always_see_one_complete_bundle_while_swaps_happen()
    {
        using var dir = new TempDirectory();
        var path = dir.File("p.airsb");
        byte[][] versions = [Signed("v1", "1.0.0"), Signed("v2", "2.0.0")];
        File.WriteAllBytes(path, versions[0]);
        // Swapping back and forth is a downgrade every other time; this test is about readers, so it allows that.
        using var watcher = await BundleWatcher.StartForFileAsync(path, Trust, Manual with { AllowDowngrade = true });
        using var stop = new CancellationTokenSource();

        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            var reads = 0;
            while (!stop.IsCancellationRequested || reads == 0)
            {
                using var lease = watcher.Acquire();
                var message = lease.Bundle.Evaluate(Stage.Input, Injection).Message;
                Assert.Equal(message == "v1" ? "1.0.0" : "2.0.0", lease.Bundle.Manifest.PolicyVersion);
                reads++;
            }
            return reads;
        })).ToArray();
        for (var swap = 1; swap <= 12; swap++)
        {
            File.WriteAllBytes(path, versions[swap % 2]);
            Assert.Equal(BundleReloadStatus.Loaded, Assert.Single(await watcher.ReloadAsync()).Status);
        }
        await stop.CancelAsync();
        Assert.All(await Task.WhenAll(readers), reads => Assert.True(reads > 0));
    }

    [Fact]
    public async Task A_directory_serves_one_policy_per_file()
    {
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.File("a.airsb"), Signed("from a", name: "alpha"));
        File.WriteAllBytes(dir.File("b.airsb"), Signed("from b", name: "beta"));
        File.WriteAllText(dir.File("notes.txt"), "not a bundle");
        using var watcher = await BundleWatcher.StartForDirectoryAsync(dir.Path, Trust, Manual);

        Assert.Equal(["alpha", "beta"], watcher.Policies.Order());
        Assert.Equal("from a", watcher.Evaluate("alpha", Stage.Input, Injection, EvaluationOptions.Default).Message);
        Assert.Equal("from b", watcher.Evaluate("beta", Stage.Input, Injection, EvaluationOptions.Default).Message);
        Assert.Throws<InvalidOperationException>(() => watcher.Acquire());

        File.WriteAllBytes(dir.File("b.airsb"), Signed("b again", "2.0.0", name: "beta"));
        File.WriteAllBytes(dir.File("c.airsb"), Signed("also alpha", name: "alpha"));
        var results = await watcher.ReloadAsync();
        var conflict = results.Single(r => r.Path.EndsWith("c.airsb", StringComparison.Ordinal));
        Assert.Equal(BundleError.PolicyMismatch, conflict.Error);
        Assert.Equal(BundleReloadStatus.Loaded, results.Single(r => r.Path.EndsWith("b.airsb", StringComparison.Ordinal)).Status);
        Assert.Equal("b again", watcher.Evaluate("beta", Stage.Input, Injection, EvaluationOptions.Default).Message);
        Assert.Equal("from a", watcher.Evaluate("alpha", Stage.Input, Injection, EvaluationOptions.Default).Message);
    }

    [Fact]
    public async Task File_changes_reload_once_after_the_quiet_period()
    {
        using var dir = new TempDirectory();
        var path = dir.File("p.airsb");
        File.WriteAllBytes(path, Signed("v1", "1.0.0"));
        var clock = new FakeTimeProvider();
        using var watcher = await BundleWatcher.StartForFileAsync(path, Trust, Manual with { TimeProvider = clock, Debounce = TimeSpan.FromSeconds(1) });
        var events = new List<BundleReloadEventArgs>();
        watcher.Reloaded += (_, e) => events.Add(e);

        File.WriteAllBytes(path, Signed("v2", "2.0.0"));
        watcher.OnFileChanged();
        clock.Advance(TimeSpan.FromMilliseconds(900));
        watcher.OnFileChanged();   // a burst of writes: the quiet period starts again
        clock.Advance(TimeSpan.FromMilliseconds(900));
        Assert.Empty(events);
        Assert.Equal("v1", MessageOf(watcher));

        clock.Advance(TimeSpan.FromMilliseconds(100));
        await watcher.PendingReload!;
        Assert.Equal(BundleReloadStatus.Loaded, Assert.Single(events).Status);
        Assert.Equal("v2", MessageOf(watcher));
        Assert.Equal(0, clock.ActiveTimers);
    }

    [Fact]
    public async Task The_file_system_watcher_triggers_a_reload()
    {
        using var dir = new TempDirectory();
        var path = dir.File("p.airsb");
        File.WriteAllBytes(path, Signed("v1", "1.0.0"));
        using var watcher = await BundleWatcher.StartForFileAsync(path, Trust, new BundleWatcherOptions { Debounce = TimeSpan.FromMilliseconds(50) });
        var loaded = new TaskCompletionSource<BundleReloadEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        watcher.Reloaded += (_, e) =>
        {
            if (e.Status == BundleReloadStatus.Loaded)
            {
                loaded.TrySetResult(e);
            }
        };

        // Written beside it and renamed over it, as the bundle writer does.
        File.WriteAllBytes(dir.File("p.tmp"), Signed("v2", "2.0.0"));
        File.Move(dir.File("p.tmp"), path, overwrite: true);

        var result = await loaded.Task.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal("2.0.0", result.Version);
        Assert.Equal("v2", MessageOf(watcher));
    }

    [Fact]
    public async Task Disposing_the_watcher_releases_its_bundles()
    {
        using var dir = new TempDirectory();
        var path = dir.File("p.airsb");
        File.WriteAllBytes(path, Signed("v1"));
        var watcher = await BundleWatcher.StartForFileAsync(path, Trust, Manual);
        var lease = watcher.Acquire();
        watcher.Dispose();
        Assert.False(lease.Bundle.IsDisposed);
        lease.Dispose();
        Assert.True(lease.Bundle.IsDisposed);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => watcher.ReloadAsync());
    }
}

internal sealed class ListLogger : Microsoft.Extensions.Logging.ILogger
{
    public List<(Microsoft.Extensions.Logging.LogLevel Level, string Message)> Entries { get; } = [];

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => true;

    public void Log<TState>(Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (Entries)
        {
            Entries.Add((logLevel, formatter(state, exception)));
        }
    }
}
