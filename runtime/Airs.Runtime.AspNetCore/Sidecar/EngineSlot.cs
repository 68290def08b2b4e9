using Airs.Runtime.Bundles;
using Airs.Runtime.Engine;

namespace Airs.Runtime.AspNetCore.Sidecar;

/// <summary>
/// One loaded bundle and the engine built on it. Requests hold a reference while they run; a swapped-out
/// slot disposes its engine and releases its bundle only after the last in-flight request finishes.
/// </summary>
internal sealed class EngineSlot(BundleLease lease, PolicyEngine engine)
{
    private int references = 1;

    public PolicyBundle Bundle => lease.Bundle;

    public PolicyEngine Engine { get; } = engine;

    public bool TryAcquire()
    {
        while (true)
        {
            var current = Volatile.Read(ref references);
            if (current == 0)
            {
                return false;
            }
            if (Interlocked.CompareExchange(ref references, current + 1, current) == current)
            {
                return true;
            }
        }
    }

    public ValueTask ReleaseAsync() => Interlocked.Decrement(ref references) == 0 ? CloseAsync() : ValueTask.CompletedTask;

    private async ValueTask CloseAsync()
    {
        await Engine.DisposeAsync().ConfigureAwait(false);
        lease.Dispose();
    }
}

/// <summary>A request's hold on an engine; disposing it lets a retired engine close.</summary>
internal readonly struct EngineUse(EngineSlot slot) : IAsyncDisposable
{
    public PolicyEngine Engine => slot.Engine;

    public ValueTask DisposeAsync() => slot.ReleaseAsync();
}
