using System.Diagnostics;
using Airs.Runtime.Bundles;
using static Airs.Runtime.Tests.Bundles.BundleFixtures;

namespace Airs.Runtime.Tests.Bundles;

/// <summary>
/// A FIFO named <c>*.airsb</c> in a watched folder made the loader's open block forever (no writer ever came), and every
/// reload after it waited on that one; one named <c>*.pem</c> among the trusted keys held start-up the same way: anything
/// that is not a regular file is refused before it is opened.
/// </summary>
public sealed class SpecialFileTests
{
    private static readonly BundleWatcherOptions Manual = new() { WatchFileSystem = false };

    /// <summary>Long enough for a slow machine; a blocked open never ends.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [UnixFact]
    public async Task A_fifo_or_a_link_to_one_in_a_watched_folder_is_skipped_and_the_other_bundles_load()
    {
        using var dir = new TempDirectory();
        using var elsewhere = new TempDirectory();
        File.WriteAllBytes(dir.File("a.airsb"), Signed("from a", name: "alpha"));
        MakeFifo(dir.File("b.airsb"));
        MakeFifo(elsewhere.File("pipe"));
        File.CreateSymbolicLink(dir.File("c.airsb"), elsewhere.File("pipe"));

        var watcher = await Within(() => BundleWatcher.StartForDirectoryAsync(dir.Path, Trust, Manual), dir.File("b.airsb"), elsewhere.File("pipe"));
        using (watcher)
        {
            Assert.Equal(["alpha"], watcher.Policies);
            var skipped = watcher.InitialResults.Where(r => r.Status == BundleReloadStatus.Failed).OrderBy(r => r.Path, StringComparer.Ordinal).ToList();
            Assert.Equal([dir.File("b.airsb"), dir.File("c.airsb")], skipped.Select(r => r.Path));
            Assert.All(skipped, r => Assert.Equal(BundleError.Unreadable, r.Error));
            Assert.All(skipped, r => Assert.Contains("is not a regular file", r.Reason, StringComparison.Ordinal));

            // A reload meets them again and still returns.
            var again = await Within(() => watcher.ReloadAsync(), dir.File("b.airsb"), elsewhere.File("pipe"));
            Assert.Equal(2, again.Count(r => r.Status == BundleReloadStatus.Failed));
        }
    }

    [UnixFact]
    public async Task A_watched_file_or_a_loaded_path_that_is_a_fifo_is_refused_not_waited_on()
    {
        using var dir = new TempDirectory();
        var path = dir.File("p.airsb");
        MakeFifo(path);

        var watcher = await Within(() => BundleWatcher.StartForFileAsync(path, Trust, Manual), path);
        using (watcher)
        {
            Assert.Equal(BundleError.Unreadable, Assert.Single(watcher.InitialResults).Error);
        }
        var refused = await Within(() => Task.FromResult(Assert.Throws<BundleLoadException>(() => PolicyBundle.Load(path, Trust))), path);
        Assert.Equal(BundleError.Unreadable, refused.Error);
        Assert.Contains("is not a regular file", refused.Message, StringComparison.Ordinal);
    }

    [UnixFact]
    public async Task A_fifo_among_the_trusted_keys_is_refused_not_waited_on()
    {
        using var dir = new TempDirectory();
        MakeFifo(dir.File("k.pem"));

        var refused = await Within(() => Task.FromResult(Assert.Throws<PolicyKeyException>(() => TrustStore.LoadDirectory(dir.Path))), dir.File("k.pem"));
        Assert.Contains("is not a regular file", refused.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// The loader checked the path and then opened it: a FIFO put in its place between the two (a link swapped by
    /// whoever can write the watched folder) blocked the open, and every reload after it. Now the file is opened first,
    /// without waiting for a writer, and the opened handle is checked. Here the link flips between a bundle and a FIFO
    /// while the loader reads it over and over: every read gives the bundle or the clear refusal, and none waits.
    /// </summary>
    [UnixFact]
    public async Task A_fifo_swapped_in_after_the_check_is_refused_not_waited_on()
    {
        using var dir = new TempDirectory();
        var bundle = Signed("from a", name: "alpha");
        File.WriteAllBytes(dir.File("real"), bundle);
        MakeFifo(dir.File("pipe"));
        var path = dir.File("p.airsb");
        File.CreateSymbolicLink(path, dir.File("real"));

        using var stop = new CancellationTokenSource();
        var swapper = Task.Run(() =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var next = dir.File($"next{i % 2}");
                File.CreateSymbolicLink(next, dir.File(i % 2 == 0 ? "pipe" : "real"));
                File.Move(next, path, overwrite: true);
            }
        });
        var reads = Task.Run(() =>
        {
            var (loaded, refused) = (0, 0);
            for (var i = 0; i < 200_000 && !stop.IsCancellationRequested && (i < 20_000 || loaded == 0 || refused == 0); i++)
            {
                try
                {
                    Assert.Equal(bundle, PolicyBundle.ReadFile(path, BundleLimits.Default));
                    loaded++;
                }
                catch (BundleLoadException e)
                {
                    Assert.Equal(BundleError.Unreadable, e.Error);
                    Assert.Contains("is not a regular file", e.Message, StringComparison.Ordinal);
                    refused++;
                }
            }
            return (loaded, refused);
        });
        try
        {
            var (loaded, refused) = await reads.WaitAsync(Patience);
            Assert.True(loaded > 0 && refused > 0, $"{loaded} loaded, {refused} refused");
        }
        catch (TimeoutException)
        {
            // A read blocked in open: let it go (it waits for a writer) and stop both loops.
            stop.Cancel();
            using var writer = new FileStream(dir.File("pipe"), FileMode.Open, FileAccess.Write);
            throw;
        }
        finally
        {
            stop.Cancel();
            await swapper;
        }
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    /// <summary>
    /// Runs <paramref name="work"/> on another thread and fails if it has not ended in <see cref="Patience"/>; then opens
    /// each FIFO for writing once, so a reader blocked in <c>open</c> is let go and the test run can end.
    /// </summary>
    private static async Task<T> Within<T>(Func<Task<T>> work, params string[] fifos)
    {
        var running = Task.Run(work);
        try
        {
            return await running.WaitAsync(Patience);
        }
        catch (TimeoutException)
        {
            foreach (var fifo in fifos)
            {
                // Blocks only until the stuck reader's open returns: it is there, waiting for a writer.
                using var writer = new FileStream(fifo, FileMode.Open, FileAccess.Write);
            }
            throw;
        }
    }
}
