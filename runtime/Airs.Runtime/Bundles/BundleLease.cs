namespace Airs.Runtime.Bundles;

/// <summary>
/// A bundle held for the duration of some work: a hot swap cannot unload it until the lease is disposed.
/// Dispose it exactly once (a <c>using</c> does).
/// </summary>
public sealed class BundleLease : IDisposable
{
    private BundleSlot? _slot;

    internal BundleLease(BundleSlot slot)
    {
        _slot = slot;
        Bundle = slot.Bundle;
    }

    public PolicyBundle Bundle { get; }

    public void Dispose() => Interlocked.Exchange(ref _slot, null)?.Release();
}

/// <summary>
/// One loaded bundle with a reference count: the watcher holds one reference while the bundle is current,
/// each reader one while it uses it; the last release unloads it. So a swap never pulls code out from under a reader.
/// </summary>
internal sealed class BundleSlot(PolicyBundle bundle, string path)
{
    private int _references = 1;

    public PolicyBundle Bundle { get; } = bundle;

    public string Path { get; } = path;

    public bool TryAcquire()
    {
        while (true)
        {
            var current = Volatile.Read(ref _references);
            if (current == 0)
            {
                return false;
            }
            if (Interlocked.CompareExchange(ref _references, current + 1, current) == current)
            {
                return true;
            }
        }
    }

    public void Release()
    {
        if (Interlocked.Decrement(ref _references) == 0)
        {
            Bundle.Dispose();
        }
    }
}
