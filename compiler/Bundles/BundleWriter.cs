using Airs.Runtime.Bundles;

namespace Airs.Compiler.Bundles;

/// <summary>
/// Writes a <c>.airsb</c> bundle: <c>manifest.json</c>, <c>policy.dll</c> and, when a key is given,
/// <c>signature.json</c>, in the runtime's canonical archive layout (see docs/bundles.md).
/// </summary>
public static class BundleWriter
{
    /// <summary>
    /// Writes the bundle and returns the manifest as written, with the assembly's SHA-256 stamped in.
    /// Without a key the bundle is unsigned, and hosts load it only for policies they allow by name.
    /// </summary>
    /// <exception cref="ArgumentException">The manifest already states a different assembly hash.</exception>
    public static BundleManifest Write(Stream destination, BundleManifest manifest, byte[] assembly, PolicySigningKey? key)
    {
        var (bytes, written) = Build(manifest, assembly, key);
        destination.Write(bytes);
        return written;
    }

    /// <summary>
    /// Writes the bundle to <paramref name="path"/> atomically (a temporary file beside it, then a rename),
    /// so a watching host never sees half a bundle.
    /// </summary>
    public static BundleManifest Write(string path, BundleManifest manifest, byte[] assembly, PolicySigningKey? key)
    {
        var (bytes, written) = Build(manifest, assembly, key);
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
        return written;
    }

    /// <summary>The bundle's bytes; the same inputs always give the same bytes (signatures aside: ECDSA is randomised).</summary>
    public static (byte[] Bundle, BundleManifest Manifest) Build(BundleManifest manifest, byte[] assembly, PolicySigningKey? key)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(assembly);
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(assembly));
        if (manifest.AssemblySha256.Length > 0 && manifest.AssemblySha256 != sha)
        {
            throw new ArgumentException($"the manifest states assembly hash `{manifest.AssemblySha256}` but the assembly's is `{sha}`", nameof(manifest));
        }
        var stamped = manifest with { AssemblySha256 = sha };
        var manifestJson = stamped.ToJsonBytes();
        List<KeyValuePair<string, byte[]>> entries =
        [
            new(BundleEntries.Manifest, manifestJson),
            new(BundleEntries.Assembly, assembly),
        ];
        if (key is not null)
        {
            entries.Add(new(BundleEntries.Signature, BundleSigner.Sign(manifestJson, assembly, key)));
        }
        return (BundleArchiveWriter.Write(entries), stamped);
    }
}
