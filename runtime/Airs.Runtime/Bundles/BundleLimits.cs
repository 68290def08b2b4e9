namespace Airs.Runtime.Bundles;

/// <summary>Upper bounds on what the loader reads, so a hostile file cannot exhaust memory.</summary>
public sealed record BundleLimits(
    long MaxBundleBytes = 64L * 1024 * 1024,
    int MaxManifestBytes = 4 * 1024 * 1024,
    int MaxAssemblyBytes = 48 * 1024 * 1024,
    int MaxSignatureBytes = 4 * 1024)
{
    public static readonly BundleLimits Default = new();

    internal int MaxBytesOf(string entry) => entry switch
    {
        BundleEntries.Manifest => MaxManifestBytes,
        BundleEntries.Assembly => MaxAssemblyBytes,
        BundleEntries.Signature => MaxSignatureBytes,
        _ => 0,
    };
}

/// <summary>The three entry names a bundle may hold, in the order it holds them.</summary>
public static class BundleEntries
{
    public const string Manifest = "manifest.json";
    public const string Assembly = "policy.dll";
    public const string Signature = "signature.json";

    internal static bool IsKnown(string name) => name is Manifest or Assembly or Signature;

    /// <summary>The place of a known entry in the order the writer puts them.</summary>
    internal static int Rank(string name) => name switch
    {
        Manifest => 0,
        Assembly => 1,
        _ => 2,
    };
}
