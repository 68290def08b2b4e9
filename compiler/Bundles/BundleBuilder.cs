using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Airs.Compiler.Binding;
using Airs.Compiler.Diagnostics;
using Airs.Compiler.Emit;
using Airs.Compiler.Lowering;
using Airs.Runtime.Bundles;
using Airs.Runtime.Decisions;

namespace Airs.Compiler.Bundles;

/// <summary>The result of building one policy into a bundle.</summary>
/// <param name="Bundle">The `.airsb` bytes, or empty when the build failed.</param>
/// <param name="Manifest">The manifest written into the bundle (null when the build failed).</param>
/// <param name="Emit">What the emitter produced, including the generated C#.</param>
/// <param name="Diagnostics">Compilation and emitter diagnostics.</param>
public sealed record BundleBuild(ImmutableArray<byte> Bundle, BundleManifest? Manifest, EmitResult? Emit, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool Success => Manifest is not null;
}

/// <summary>
/// Checked policy → emitted evaluator → manifest → signed bundle: the one path `airs build`, the tests and the
/// benchmarks use, so a bundle is always made the same way.
/// </summary>
public static class BundleBuilder
{
    /// <summary>The compiler version recorded in manifests.</summary>
    public static readonly string CompilerVersion = PolicyEmitter.CompilerVersion;

    public static BundleBuild Build(Compilation compilation, PolicySigningKey? key, DateTimeOffset createdAt)
    {
        if (compilation.Policy is not { } policy)
        {
            return new BundleBuild([], null, null, compilation.Diagnostics);
        }
        var emit = PolicyEmitter.Emit(policy);
        if (!emit.Success)
        {
            return new BundleBuild([], null, emit, [.. compilation.Diagnostics, .. emit.Diagnostics]);
        }
        var manifest = BundleManifest.Create(policy.Spec, Controls(policy), SourceHash(compilation), CompilerVersion, emit.TypeName, createdAt);
        var (bytes, stamped) = BundleWriter.Build(manifest, [.. emit.Assembly], key);
        return new BundleBuild([.. bytes], stamped, emit, [.. compilation.Diagnostics, .. emit.Diagnostics]);
    }

    /// <summary>Every control the host may see findings from: guards, judges and the implicit permission checks.</summary>
    public static ImmutableArray<ControlManifest> Controls(PolicyIR policy) =>
    [
        .. policy.Guards.Select(g => new ControlManifest(g.Id, g.Name, Layer.Guardrail, g.Stage, g.Mode)),
        .. policy.Spec.Judges.Select(j => new ControlManifest(j.Id, j.Name, Layer.Judge, j.Stage, j.Mode)),
    ];

    /// <summary>SHA-256 over the path-independent text of the policy and everything it uses, in use order.</summary>
    public static string SourceHash(Compilation compilation)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var tree in compilation.Trees)
        {
            var bytes = Encoding.UTF8.GetBytes(tree.Source.Text);
            hash.AppendData(BitConverter.GetBytes((long)bytes.Length));
            hash.AppendData(bytes);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
