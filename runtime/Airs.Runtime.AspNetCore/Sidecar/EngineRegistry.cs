using System.Collections.Immutable;
using Airs.Runtime.Bundles;
using Airs.Runtime.Engine;
using Airs.Runtime.Judges;
using Airs.Runtime.Stores;
using Microsoft.Extensions.Logging;

namespace Airs.Runtime.AspNetCore.Sidecar;

/// <summary>
/// The engine of every policy the bundle watcher has loaded. After each reload it builds a new engine for
/// every bundle that changed and retires the old one (which closes once its in-flight requests finish).
/// </summary>
internal sealed class EngineRegistry(BundleWatcher watcher, IAirsStore store, IJudgeClientProvider judges,
    PolicyEngineOptions options, TimeProvider time, ILoggerFactory loggers, bool allowMissingModels = false) : IAsyncDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly ILogger logger = loggers.CreateLogger("Airs.Sidecar.Engines");
    private ImmutableDictionary<string, EngineSlot> slots = ImmutableDictionary.Create<string, EngineSlot>(StringComparer.Ordinal);
    private ImmutableDictionary<string, string> refusals = ImmutableDictionary.Create<string, string>(StringComparer.Ordinal);
    private ImmutableDictionary<string, string> startFailures = ImmutableDictionary.Create<string, string>(StringComparer.Ordinal);
    private bool disposed;

    private PolicyNames? names;

    /// <summary>The served policies in ordinal order; sorted once per change of the slots, not on every request (the gateway asks per call).</summary>
    public IReadOnlyCollection<string> Policies
    {
        get
        {
            var current = Volatile.Read(ref slots);
            if (Volatile.Read(ref names) is { } known && ReferenceEquals(known.Slots, current))
            {
                return known.Names;
            }
            var sorted = new PolicyNames(current, current.Keys.Order(StringComparer.Ordinal).ToList().AsReadOnly());
            Volatile.Write(ref names, sorted);
            return sorted.Names;
        }
    }

    public IEnumerable<PolicyBundle> Bundles => Volatile.Read(ref slots).Values.Select(s => s.Bundle);

    /// <summary>Raised for each new engine before it serves its first request.</summary>
    public event Action<PolicyEngine>? Started;

    /// <summary>Why a loaded bundle is not served, by policy (a judge model the host does not configure).</summary>
    public IReadOnlyDictionary<string, string> Refusals => Volatile.Read(ref refusals);

    /// <summary>Why the last engine start of a policy failed, by policy, until one starts; a host that serves nothing names them.</summary>
    public IReadOnlyDictionary<string, string> StartFailures => Volatile.Read(ref startFailures);

    public bool TryUse(string policy, out EngineUse use)
    {
        // A slot retired between the read and the acquire has been replaced already: read again.
        while (Volatile.Read(ref slots).TryGetValue(policy, out var slot))
        {
            if (slot.TryAcquire())
            {
                use = new EngineUse(slot);
                return true;
            }
        }
        use = default;
        return false;
    }

    /// <summary>Builds engines for bundles the watcher loaded since the last call; keeps the rest.</summary>
    public async Task SyncAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (disposed)
            {
                return;
            }
            foreach (var policy in watcher.Policies)
            {
                if (!watcher.TryAcquire(policy, out var lease))
                {
                    continue;
                }
                var current = Volatile.Read(ref slots).GetValueOrDefault(policy);
                if (current is not null && ReferenceEquals(current.Bundle, lease.Bundle))
                {
                    lease.Dispose();
                    continue;
                }
                await SwapAsync(policy, lease, current, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task SwapAsync(string policy, BundleLease lease, EngineSlot? current, CancellationToken cancellationToken)
    {
        if (JudgeModelCheck.Missing(lease.Bundle, judges) is { Count: > 0 } missing)
        {
            var problem = JudgeModelCheck.Describe(policy, missing);
            if (!allowMissingModels)
            {
                ImmutableInterlocked.Update(ref refusals, (all, text) => all.SetItem(policy, text), problem);
                lease.Dispose();
                logger.LogError("refusing policy {Policy} version {Version}: {Problem}", policy, Version(lease), problem);
                return;
            }
            logger.LogWarning("{Problem}: its judges will fail, and the tier's failure posture decides", problem);
        }
        ImmutableInterlocked.Update(ref refusals, (all, key) => all.Remove(key), policy);
        PolicyEngine engine;
        try
        {
            engine = await PolicyEngine.CreateAsync(lease.Bundle, lease.Bundle.Spec, store, judges, options, time, loggers, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var failure = $"could not start an engine for policy {policy} version {Version(lease)}: {RefusalText.Escape(e.Message)}";
            ImmutableInterlocked.Update(ref startFailures, (all, text) => all.SetItem(policy, text), failure);
            lease.Dispose();
            logger.LogError(e, "could not start an engine for policy {Policy} version {Version}; keeping the one in use", policy, Version(lease));
            return;
        }
        ImmutableInterlocked.Update(ref startFailures, (all, key) => all.Remove(key), policy);
        Started?.Invoke(engine);
        ImmutableInterlocked.Update(ref slots, (all, slot) => all.SetItem(policy, slot), new EngineSlot(lease, engine));
        if (current is not null)
        {
            await current.ReleaseAsync().ConfigureAwait(false);
        }
        logger.LogInformation("serving policy {Policy} version {Version}", policy, Version(lease));
    }

    /// <summary>
    /// The bundle's policy version as a log shows it: the version is free text from the policy's author, and a line break
    /// in it would write a log line of its own, so control and bidi characters are escaped as reload reasons escape them.
    /// </summary>
    private static string Version(BundleLease lease) => RefusalText.Escape(lease.Bundle.Manifest.PolicyVersion);

    public async ValueTask DisposeAsync()
    {
        await gate.WaitAsync().ConfigureAwait(false);
        try
        {
            disposed = true;
            var all = Interlocked.Exchange(ref slots, slots.Clear());
            foreach (var slot in all.Values)
            {
                await slot.ReleaseAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The policy names of one set of slots, sorted.</summary>
    private sealed record PolicyNames(ImmutableDictionary<string, EngineSlot> Slots, IReadOnlyCollection<string> Names);
}
