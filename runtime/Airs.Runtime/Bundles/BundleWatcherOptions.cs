using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Airs.Runtime.Bundles;

public sealed record BundleWatcherOptions
{
    public static readonly BundleWatcherOptions Default = new();

    /// <summary>Drives the debounce timer; tests inject a fake one.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    public ILogger Logger { get; init; } = NullLogger.Instance;

    /// <summary>How long the files must stay quiet after a change before a reload (editors and copies write in bursts).</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(500);

    public BundleLimits Limits { get; init; } = BundleLimits.Default;

    /// <summary>Whether to react to file-system events; without it only <see cref="BundleWatcher.ReloadAsync"/> reloads.</summary>
    public bool WatchFileSystem { get; init; } = true;

    /// <summary>
    /// Whether a reload may replace a bundle with an older version, one whose order cannot be told, or an older build
    /// (by its signed creation time) of the same version. Off: such a reload is refused and the newer bundle stays. A
    /// floor in the trust store holds either way.
    /// </summary>
    public bool AllowDowngrade { get; init; }
}
