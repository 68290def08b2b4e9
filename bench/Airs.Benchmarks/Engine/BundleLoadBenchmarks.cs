using Airs.Compiler.Binding;
using Airs.Compiler.Bundles;
using Airs.Runtime.Bundles;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using BenchmarkDotNet.Attributes;

namespace Airs.Benchmarks.Engine;

/// <summary>
/// A signed support_bot bundle from bytes to its first decision: verify hash and signature, load the assembly in
/// a collectible context, create the evaluator, decide one input; then unload. Goal ≤ 30 ms.
/// </summary>
[MemoryDiagnoser]
public class BundleLoadBenchmarks
{
    private byte[] _bundle = [];
    private BundleTrust _trust = null!;
    private readonly RequestContext _context = new() { InputText = "What is the limit on contactless payments?" };

    [GlobalSetup]
    public void Setup()
    {
        using var key = PolicySigningKey.Create();
        var compilation = Compilation.FromFile(Path.Combine(EnginePolicies.RepoRoot(), "policies", "examples", "support_bot.airs"));
        var build = BundleBuilder.Build(compilation, key, DateTimeOffset.UnixEpoch);
        if (!build.Success)
        {
            throw new InvalidOperationException($"support_bot does not build: {build.Diagnostics.FirstOrDefault()}");
        }
        _bundle = [.. build.Bundle];
        _trust = BundleTrust.SignedBy(key.PublicKey);
    }

    [Benchmark]
    public Outcome LoadToFirstDecision()
    {
        using var bundle = PolicyBundle.Load(_bundle, _trust);
        return bundle.Evaluate(Stage.Input, _context).Outcome;
    }
}
