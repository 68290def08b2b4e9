using Airs.Runtime.Bundles;

namespace Airs.Compiler.Bundles;

/// <summary>Signs bundles: writes the <c>signature.json</c> entry that <see cref="BundleSignature"/> verifies.</summary>
public static class BundleSigner
{
    /// <summary>The <c>signature.json</c> bytes for these entries, signed by <paramref name="key"/>.</summary>
    public static byte[] Sign(ReadOnlySpan<byte> manifestJson, ReadOnlySpan<byte> assembly, PolicySigningKey key)
    {
        var signature = key.Sign(BundleSignature.Payload(manifestJson, assembly));
        // ECDSA gives a high s about half the time; the loader takes only the low form (one bundle, one file).
        BundleSignature.ToLowS(signature);
        return BundleJson.SerializeSignature(new SignatureDocument(
            BundleManifest.CurrentFormatVersion,
            BundleSignature.Algorithm,
            key.KeyId,
            Convert.ToBase64String(signature)));
    }
}
