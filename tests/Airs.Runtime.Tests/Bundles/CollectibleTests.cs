using System.Runtime.CompilerServices;
using Airs.Runtime.Bundles;
using Airs.Runtime.Decisions;
using static Airs.Runtime.Tests.Bundles.BundleFixtures;

namespace Airs.Runtime.Tests.Bundles;

public sealed class CollectibleTests
{
    [Fact]
    public void Disposing_a_bundle_unloads_its_assembly()
    {
        var context = LoadEvaluateAndDispose();
        for (var i = 0; context.IsAlive && i < 20; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        Assert.False(context.IsAlive, "the policy's load context was not collected after dispose");
    }

    [Fact]
    public void An_undisposed_bundle_stays_loaded()
    {
        using var bundle = PolicyBundle.Load(Signed(), Trust);
        var context = new WeakReference(bundle.LoadContext);
        for (var i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        Assert.True(context.IsAlive);
        Assert.Equal(Outcome.Block, bundle.Evaluate(Stage.Input, Injection).Outcome);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference LoadEvaluateAndDispose()
    {
        var bundle = PolicyBundle.Load(Signed(), Trust);
        Assert.Equal(Outcome.Block, bundle.Evaluate(Stage.Input, Injection).Outcome);
        var context = new WeakReference(bundle.LoadContext);
        Assert.True(bundle.LoadContext.IsCollectible);
        bundle.Dispose();
        return context;
    }
}
