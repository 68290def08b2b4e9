using System.Numerics;
using System.Security.Cryptography;

namespace Airs.Runtime.Bundles;

/// <summary>
/// What a bundle signature covers, and the <c>signature.json</c> entry that carries it.
/// The signed payload is <c>"airs-bundle-v1\n" || SHA-256(manifest.json) || SHA-256(policy.dll)</c>
/// (15 + 32 + 32 bytes), signed with ECDSA P-256 over SHA-256, in IEEE P1363 form (r||s, 64 bytes), with s in its
/// low form (s ≤ n/2).
/// The runtime only verifies; signing is on the authoring side (<c>Airs.Compiler.Bundles.BundleSigner</c>).
/// </summary>
public static class BundleSignature
{
    public const string Algorithm = "ES256";

    private static ReadOnlySpan<byte> Domain => "airs-bundle-v1\n"u8;

    /// <summary>Half the order n of the P-256 group: the largest s of a signature in low form.</summary>
    private static readonly BigInteger HalfOrder = Order / 2;

    private static BigInteger Order => new(Convert.FromHexString("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551"), isUnsigned: true, isBigEndian: true);

    /// <summary>The exact bytes that are signed, for the manifest and assembly entries as stored.</summary>
    public static byte[] Payload(ReadOnlySpan<byte> manifestJson, ReadOnlySpan<byte> assembly)
    {
        var payload = new byte[Domain.Length + 2 * SHA256.HashSizeInBytes];
        Domain.CopyTo(payload);
        SHA256.HashData(manifestJson, payload.AsSpan(Domain.Length));
        SHA256.HashData(assembly, payload.AsSpan(Domain.Length + SHA256.HashSizeInBytes));
        return payload;
    }

    /// <summary>
    /// Checks <c>signature.json</c> against the entries and returns the key that signed them.
    /// The document must be byte-for-byte canonical, so no byte of the bundle is left unauthenticated.
    /// </summary>
    /// <exception cref="BundleLoadException">Malformed, by an untrusted key, or not matching.</exception>
    internal static PolicyPublicKey Verify(ReadOnlySpan<byte> signatureJson, ReadOnlySpan<byte> manifestJson, ReadOnlySpan<byte> assembly, TrustStore keys)
    {
        var document = BundleJson.DeserializeSignature(signatureJson)
            ?? throw Malformed("it is not a signature document");
        if (!BundleJson.SerializeSignature(document).AsSpan().SequenceEqual(signatureJson))
        {
            throw Malformed("it is not in canonical form");
        }
        if (document.FormatVersion != BundleManifest.CurrentFormatVersion || document.Algorithm != Algorithm)
        {
            throw Malformed($"algorithm `{document.Algorithm}` (format {document.FormatVersion}) is not `{Algorithm}` (format {BundleManifest.CurrentFormatVersion})");
        }
        if (document.KeyId.Length != PolicyPublicKey.KeyIdLength || !Hex.IsLowerHex(document.KeyId))
        {
            throw Malformed($"key id `{Truncate(document.KeyId)}` is not {PolicyPublicKey.KeyIdLength} lowercase hex digits");
        }
        var signature = new byte[64];
        if (!Convert.TryFromBase64String(document.Signature, signature, out var written) || written != signature.Length)
        {
            throw Malformed("the signature is not 64 bytes of base64");
        }
        // The decoder ignores the unused low bits of the last character before the padding: without this, up to 16
        // spellings of one signature would verify, and those bytes of the bundle would be unauthenticated.
        if (Convert.ToBase64String(signature) != document.Signature)
        {
            throw Malformed("the signature's base64 is not in canonical form");
        }
        // (r, s) and (r, n − s) both verify: taking only one of them gives a signed bundle one file, so one hash in the audit.
        if (S(signature) > HalfOrder)
        {
            throw Malformed("the signature's s is not in low form (s > n/2)");
        }
        if (!keys.TryGet(document.KeyId, out var key))
        {
            throw new BundleLoadException(BundleError.UntrustedKey, $"signed by key `{document.KeyId}`, which is not in the trust store");
        }
        if (!key.Verify(Payload(manifestJson, assembly), signature))
        {
            throw new BundleLoadException(BundleError.SignatureInvalid,
                $"the signature by key `{document.KeyId}` does not verify: the bundle was changed after it was signed");
        }
        return key;
    }

    /// <summary>A P1363 signature in the low-s form the loader accepts: s, or n − s when s is over n/2. Changed in place.</summary>
    internal static void ToLowS(Span<byte> signature)
    {
        var s = S(signature);
        if (s > HalfOrder)
        {
            var low = Order - s;
            signature[32..].Clear();
            low.TryWriteBytes(signature[(64 - low.GetByteCount(isUnsigned: true))..], out _, isUnsigned: true, isBigEndian: true);
        }
    }

    private static BigInteger S(ReadOnlySpan<byte> signature) => new(signature[32..], isUnsigned: true, isBigEndian: true);

    private static BundleLoadException Malformed(string reason) =>
        new(BundleError.SignatureMalformed, $"`{BundleEntries.Signature}` is malformed: {reason}");

    private static string Truncate(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
