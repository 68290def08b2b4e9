using Airs.Compiler.Binding;
using Airs.Compiler.Bundles;
using Airs.Runtime.Bundles;

namespace Airs.Cli;

/// <summary>Loads policies through real bundles, so `--compiled` and `--bundle` run exactly what a host would.</summary>
public static class CompiledPolicies
{
    /// <summary>Builds an unsigned in-memory bundle of a checked policy and loads it, allowing it by name.</summary>
    public static PolicyBundle BuildAndLoad(Compilation compilation)
    {
        var build = BundleBuilder.Build(compilation, key: null, DateTimeOffset.UtcNow);
        if (build.Manifest is not { } manifest)
        {
            throw new InvalidOperationException(string.Join("; ", build.Diagnostics.Where(d => d.IsError)));
        }
        return PolicyBundle.Load(build.Bundle.AsSpan(), BundleTrust.AllowUnsigned(manifest.Policy), manifest.Policy);
    }

    /// <summary>Loads a bundle file, trusting the given public keys, or allowing it unsigned by name.</summary>
    public static PolicyBundle Load(string path, string[] trustedKeys, string? allowUnsigned)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"`{path}` does not exist");
        }
        var keys = TrustStore.Empty;
        foreach (var keyPath in trustedKeys)
        {
            try
            {
                keys = keys.With(TrustStore.LoadFile(keyPath).Keys);
            }
            catch (PolicyKeyException e)
            {
                throw new UsageException(e.Message);
            }
        }
        var trust = BundleTrust.SignedBy(keys);
        if (allowUnsigned is not null)
        {
            trust = trust.AndAllowUnsigned(allowUnsigned);
        }
        try
        {
            return PolicyBundle.Load(path, trust);
        }
        catch (BundleLoadException e) when (Hint(e.Error) is { } hint)
        {
            throw new BundleLoadException(e.Error, $"{e.Message}; {hint}", e);
        }
    }

    /// <summary>What to pass when the bundle is fine but not trusted yet.</summary>
    private static string? Hint(BundleError error) => error switch
    {
        BundleError.UntrustedKey => "pass `--trust <public-key.pem>` with the key it was signed by (`airs keys new` wrote it as `airs-signing.pub.pem`)",
        BundleError.UnsignedNotAllowed => "pass `--allow-unsigned <policy>` to evaluate it anyway",
        _ => null,
    };
}
