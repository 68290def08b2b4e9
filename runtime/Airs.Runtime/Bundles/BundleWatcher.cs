using System.Collections.Immutable;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;

namespace Airs.Runtime.Bundles;

/// <summary>
/// Keeps the current bundle of a file (or of every <c>*.airsb</c> in a directory) loaded, and hot-swaps to a
/// new one once it verifies and loads. A refused update leaves the last good bundle in use and says why
/// (log and <see cref="Reloaded"/>). Readers always see one complete bundle: they take a lease, and a
/// swapped-out bundle is unloaded only after its last lease ends.
/// </summary>
public sealed class BundleWatcher : IDisposable
{
    private readonly string _root;
    private readonly bool _directoryMode;
    private readonly BundleTrust _trust;
    private readonly BundleWatcherOptions _options;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, string> _lastSeenSha = new(StringComparer.Ordinal);
    private readonly Lock _debounceLock = new();
    private FileSystemWatcher? _fileWatcher;
    private ITimer? _debounce;
    private ImmutableDictionary<string, BundleSlot> _byPolicy = ImmutableDictionary.Create<string, BundleSlot>(StringComparer.Ordinal);
    private bool _disposed;

    private BundleWatcher(string root, bool directoryMode, BundleTrust trust, BundleWatcherOptions options)
    {
        _root = Path.GetFullPath(root);
        _directoryMode = directoryMode;
        _trust = trust;
        _options = options;
    }

    /// <summary>Raised after each reload attempt that loaded or refused a file (not for unchanged files).</summary>
    public event EventHandler<BundleReloadEventArgs>? Reloaded;

    /// <summary>The policies that have a good bundle loaded.</summary>
    public IReadOnlyCollection<string> Policies => Volatile.Read(ref _byPolicy).Keys.ToList();

    /// <summary>The reload started by the last debounced file-system event (for tests).</summary>
    internal Task? PendingReload { get; private set; }

    /// <summary>Watches one bundle file; loads it now (a refusal here is reported, not thrown).</summary>
    public static Task<BundleWatcher> StartForFileAsync(string path, BundleTrust trust, BundleWatcherOptions? options = null, CancellationToken cancellationToken = default) =>
        StartAsync(new BundleWatcher(path, directoryMode: false, trust, options ?? BundleWatcherOptions.Default), cancellationToken);

    /// <summary>Watches every <c>*.airsb</c> file in a directory, one policy per file.</summary>
    public static Task<BundleWatcher> StartForDirectoryAsync(string directory, BundleTrust trust, BundleWatcherOptions? options = null, CancellationToken cancellationToken = default) =>
        StartAsync(new BundleWatcher(directory, directoryMode: true, trust, options ?? BundleWatcherOptions.Default), cancellationToken);

    /// <summary>What the first load did, file by file (it runs before anyone can subscribe to <see cref="Reloaded"/>).</summary>
    public IReadOnlyList<BundleReloadEventArgs> InitialResults { get; private set; } = [];

    private static async Task<BundleWatcher> StartAsync(BundleWatcher watcher, CancellationToken cancellationToken)
    {
        watcher.InitialResults = await watcher.ReloadAsync(cancellationToken).ConfigureAwait(false);
        if (watcher._options.WatchFileSystem)
        {
            watcher.StartWatching();
        }
        return watcher;
    }

    /// <summary>Leases the bundle of the one policy loaded (file mode, or a directory holding one policy).</summary>
    /// <exception cref="InvalidOperationException">No good bundle is loaded, or several policies are.</exception>
    public BundleLease Acquire()
    {
        var policies = Volatile.Read(ref _byPolicy);
        return policies.Count switch
        {
            1 => Acquire(policies.Keys.First()),
            0 => throw new InvalidOperationException($"no good bundle is loaded from `{_root}`"),
            _ => throw new InvalidOperationException($"`{_root}` holds several policies; name the one to use"),
        };
    }

    /// <exception cref="InvalidOperationException">No good bundle is loaded for <paramref name="policy"/>.</exception>
    public BundleLease Acquire(string policy) =>
        TryAcquire(policy, out var lease) ? lease : throw new InvalidOperationException($"no good bundle is loaded for policy `{policy}`");

    public bool TryAcquire(string policy, out BundleLease lease)
    {
        // A slot retired between the read and the acquire has already been replaced: read again.
        while (Volatile.Read(ref _byPolicy).TryGetValue(policy, out var slot))
        {
            if (slot.TryAcquire())
            {
                lease = new BundleLease(slot);
                return true;
            }
        }
        lease = null!;
        return false;
    }

    /// <summary>Evaluates with the current bundle of <paramref name="policy"/>, holding it for the call only.</summary>
    public Evaluation Evaluate(string policy, Stage stage, RequestContext context, EvaluationOptions options)
    {
        using var lease = Acquire(policy);
        return lease.Bundle.Evaluate(stage, context, options);
    }

    /// <summary>Re-reads the watched file(s) now and swaps in whatever verifies. Never throws for a bad bundle.</summary>
    public async Task<IReadOnlyList<BundleReloadEventArgs>> ReloadAsync(CancellationToken cancellationToken = default)
    {
        List<BundleReloadEventArgs> results = [];
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            foreach (var file in BundleFiles())
            {
                results.Add(ReloadFile(file));
            }
        }
        finally
        {
            _gate.Release();
        }
        foreach (var result in results.Where(r => r.Status != BundleReloadStatus.Unchanged))
        {
            Report(result);
        }
        return results;
    }

    private IEnumerable<string> BundleFiles()
    {
        if (!_directoryMode)
        {
            return [_root];
        }
        try
        {
            return Directory.EnumerateFiles(_root, "*.airsb").Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private BundleReloadEventArgs ReloadFile(string path)
    {
        var current = SlotFor(path);
        byte[] bytes;
        try
        {
            bytes = PolicyBundle.ReadFile(path, _options.Limits);
        }
        catch (BundleLoadException e)
        {
            return Refused(path, current, e);
        }
        var sha = Hex.Sha256(bytes);
        if (_lastSeenSha.TryGetValue(path, out var seen) && seen == sha)
        {
            return new(path, BundleReloadStatus.Unchanged, current?.Bundle.Manifest.Policy, current?.Bundle.Manifest.PolicyVersion, null, null, "the file has not changed");
        }
        _lastSeenSha[path] = sha;

        // Another file's policy, or a downgrade, is refused on the signed manifest, before any of the bundle's code is loaded.
        PolicyBundle bundle;
        try
        {
            bundle = PolicyBundle.Load(bytes, _trust, Path.GetFileName(path), _options.Limits, manifest => Admission(path, current, manifest));
        }
        catch (BundleLoadException e)
        {
            return Refused(path, current, e);
        }
        var policy = bundle.Manifest.Policy;
        // The first call of each stage compiles the policy's code (seconds for thousands of guards): pay it here, not on a request.
        try
        {
            bundle.WarmUp();
        }
        catch (BundleLoadException e)
        {
            bundle.Dispose();
            return Refused(path, current, e.For(Path.GetFileName(path)));
        }

        var slot = new BundleSlot(bundle, path);
        var before = Volatile.Read(ref _byPolicy);
        Volatile.Write(ref _byPolicy, before.SetItem(policy, slot));
        current?.Release();
        var previous = current?.Bundle.Manifest.PolicyVersion;
        var reason = previous is null
            ? $"loaded policy `{policy}` version `{bundle.Manifest.PolicyVersion}` ({Describe(bundle)})"
            : $"swapped policy `{policy}` from version `{previous}` to `{bundle.Manifest.PolicyVersion}` ({Describe(bundle)})";
        return new(path, BundleReloadStatus.Loaded, policy, bundle.Manifest.PolicyVersion, previous, null, reason);
    }

    /// <summary>Why the bundle of <paramref name="next"/> may not replace what <paramref name="path"/> serves, or null.</summary>
    private BundleLoadException? Admission(string path, BundleSlot? current, BundleManifest next) =>
        PolicyConflict(path, current, next.Policy) is { } conflict ? new BundleLoadException(BundleError.PolicyMismatch, conflict)
        : current is not null && DowngradeRefusal(current.Bundle.Manifest, next) is { } downgrade ? new BundleLoadException(BundleError.Downgrade, downgrade)
        : null;

    private string? PolicyConflict(string path, BundleSlot? current, string policy)
    {
        if (current is not null && current.Bundle.Manifest.Policy != policy)
        {
            return $"it now holds policy `{policy}` but `{current.Bundle.Manifest.Policy}` was loaded from this file";
        }
        if (Volatile.Read(ref _byPolicy).TryGetValue(policy, out var other) && other.Path != path)
        {
            return $"policy `{policy}` is already loaded from `{Path.GetFileName(other.Path)}`";
        }
        return null;
    }

    /// <summary>
    /// Why replacing the bundle built from <paramref name="current"/> with <paramref name="next"/> is a downgrade to
    /// refuse, or null: an older version, or an older build (by its signed creation time) of the same version, since a
    /// policy's version is not always bumped on every change.
    /// </summary>
    private string? DowngradeRefusal(BundleManifest current, BundleManifest next)
    {
        if (_options.AllowDowngrade)
        {
            return null;
        }
        var (from, to) = (current.PolicyVersion, next.PolicyVersion);
        var order = 0;
        if (from != to && !PolicyVersionOrder.TryCompare(to, from, out order))
        {
            return $"cannot tell whether version `{to}` is newer than `{from}` (use versions like `1.2.0`); downgrades are not allowed";
        }
        if (order == 0 && next.CreatedAt < current.CreatedAt)
        {
            return $"version `{to}` was built before the build of `{from}` in use ({next.CreatedAt:u} < {current.CreatedAt:u}), and downgrades are not allowed";
        }
        return order < 0 ? $"version `{to}` is older than version `{from}` in use, and downgrades are not allowed" : null;
    }

    private BundleSlot? SlotFor(string path) => Volatile.Read(ref _byPolicy).Values.FirstOrDefault(s => s.Path == path);

    private static BundleReloadEventArgs Refused(string path, BundleSlot? kept, BundleLoadException e)
    {
        var keeping = kept is null
            ? "no bundle is in use from this file"
            : $"keeping version `{kept.Bundle.Manifest.PolicyVersion}` of `{kept.Bundle.Manifest.Policy}`";
        return new(path, BundleReloadStatus.Failed, kept?.Bundle.Manifest.Policy, kept?.Bundle.Manifest.PolicyVersion, null, e.Error, $"{e.Message}; {keeping}");
    }

    private static string Describe(PolicyBundle bundle) => bundle.IsSigned ? $"signed by key `{bundle.Signer!.KeyId}`" : "unsigned, allowed by name";

    private void Report(BundleReloadEventArgs result)
    {
        // A file name may hold a line break, which would forge a log line.
        var path = RefusalText.Escape(result.Path);
        if (result.Status == BundleReloadStatus.Loaded)
        {
            BundleWatcherLog.Loaded(_options.Logger, path, result.Reason);
        }
        else
        {
            BundleWatcherLog.Refused(_options.Logger, path, result.Error, result.Reason);
        }
        try
        {
            Reloaded?.Invoke(this, result);
        }
        catch (Exception e)
        {
            BundleWatcherLog.HandlerFailed(_options.Logger, e);
        }
    }

    private void StartWatching()
    {
        var directory = _directoryMode ? _root : Path.GetDirectoryName(_root)!;
        var watcher = new FileSystemWatcher(directory, _directoryMode ? "*.airsb" : Path.GetFileName(_root))
        {
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
            IncludeSubdirectories = false,
        };
        watcher.Changed += (_, _) => OnFileChanged();
        watcher.Created += (_, _) => OnFileChanged();
        watcher.Renamed += (_, _) => OnFileChanged();
        watcher.Error += (_, e) =>
        {
            BundleWatcherLog.WatchError(_options.Logger, e.GetException());
            OnFileChanged();
        };
        watcher.EnableRaisingEvents = true;
        _fileWatcher = watcher;
    }

    /// <summary>Restarts the quiet period; the reload runs when it ends without another change.</summary>
    internal void OnFileChanged()
    {
        lock (_debounceLock)
        {
            if (_disposed)
            {
                return;
            }
            if (_debounce is null)
            {
                _debounce = _options.TimeProvider.CreateTimer(_ => OnQuiet(), null, _options.Debounce, Timeout.InfiniteTimeSpan);
            }
            else
            {
                _debounce.Change(_options.Debounce, Timeout.InfiniteTimeSpan);
            }
        }
    }

    private void OnQuiet()
    {
        lock (_debounceLock)
        {
            if (_disposed)
            {
                return;
            }
            PendingReload = ReloadQuietlyAsync();
        }
    }

    private async Task ReloadQuietlyAsync()
    {
        try
        {
            await ReloadAsync().ConfigureAwait(false);
        }
        catch (ObjectDisposedException)
        {
            // Disposed while the reload waited for the gate: nothing to do.
        }
    }

    /// <summary>Stops watching and releases every bundle; leases still held keep theirs until disposed.</summary>
    public void Dispose()
    {
        lock (_debounceLock)
        {
            if (_disposed)
            {
                return;
            }
            _disposed = true;
            _debounce?.Dispose();
            _fileWatcher?.Dispose();
        }
        _gate.Wait();
        try
        {
            var slots = Interlocked.Exchange(ref _byPolicy, _byPolicy.Clear());
            foreach (var slot in slots.Values)
            {
                slot.Release();
            }
        }
        finally
        {
            _gate.Release();
        }
    }
}
