using System.Runtime;
using System.Text;
using Airs.Runtime.Bundles;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;

namespace Airs.Runtime.AspNetCore.Tests.Sidecar;

/// <summary>
/// A bundle is warmed up before it is swapped in: the first real decision finds the policy's code compiled.
/// Counted, not timed: the JIT reports how many methods it compiled on this thread during that decision.
/// </summary>
public sealed class BundleWarmUpTests
{
    private const int GuardsPerStage = 120;

    private static string ManyGuards()
    {
        var source = new StringBuilder("policy warm_bot {\n  version \"1.0.0\"\n  tier low\n  owner \"ops@example.com\"\n");
        foreach (var stage in new[] { "input", "output" })
        {
            for (var i = 0; i < GuardsPerStage; i++)
            {
                source.Append($"  guard {stage}_{i} on {stage} {{\n    when {stage}.text contains \"word{i}x\"\n    block \"no {i}\"\n  }}\n");
            }
        }
        return source.Append("}\n").ToString();
    }

    [Fact]
    public async Task TheFirstDecisionAfterALoadCompilesAlmostNothing()
    {
        var directory = SidecarTestHost.NewDirectory();
        var path = SidecarTestHost.WriteBundleFromSource(ManyGuards(), directory);
        using var watcher = await BundleWatcher.StartForFileAsync(path, BundleTrust.AllowUnsigned("warm_bot"), new BundleWatcherOptions { WatchFileSystem = false });
        using var lease = watcher.Acquire();

        foreach (var (stage, context) in new[] { (Stage.Input, new RequestContext { InputText = "hello" }), (Stage.Output, new RequestContext { OutputText = "word7x" }) })
        {
            var before = JitInfo.GetCompiledMethodCount(currentThread: true);
            var evaluation = lease.Bundle.Evaluate(stage, context);
            var compiled = JitInfo.GetCompiledMethodCount(currentThread: true) - before;
            Assert.Equal(stage == Stage.Output ? Outcome.Block : Outcome.Allow, evaluation.Outcome);
            // Cold, this compiles one method per guard of the stage (120) and the stage's own.
            Assert.True(compiled < GuardsPerStage / 4, $"{stage}: the first evaluation compiled {compiled} methods");
        }
    }
}
