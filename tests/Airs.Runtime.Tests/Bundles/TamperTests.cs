using Airs.Compiler.Bundles;
using Airs.Runtime.Bundles;
using FsCheck;
using FsCheck.Fluent;
using static Airs.Runtime.Tests.Bundles.BundleFixtures;

namespace Airs.Runtime.Tests.Bundles;

/// <summary>No byte of a signed bundle is unauthenticated: changing any one of them gets the bundle refused.</summary>
public sealed class TamperTests
{
    private static readonly byte[] Assembly = PolicyAssemblies.Blocking();
    private static readonly byte[] ManifestJson = Manifest(Assembly).ToJsonBytes();
    private static readonly byte[] SignatureJson = BundleSigner.Sign(ManifestJson, Assembly, Key);
    private static readonly byte[] Original = Repack(ManifestJson, Assembly, SignatureJson);

    [Fact]
    public void The_untampered_bundle_loads()
    {
        using var bundle = PolicyBundle.Load(Original, Trust);
        Assert.Equal("support_bot", bundle.Manifest.Policy);
    }

    /// <summary>Every position of the file, each XOR-ed with a random non-zero mask.</summary>
    [Fact]
    public void Changing_any_byte_of_the_file_gets_the_bundle_refused()
    {
        var random = new Random(20250102);
        var errors = new HashSet<BundleError>();
        for (var position = 0; position < Original.Length; position++)
        {
            errors.Add(Refuse(Flip(Original, position, (byte)random.Next(1, 256)), $"file byte {position}"));
        }
        // Headers are caught by the fixed layout, entry contents by their checksums.
        Assert.Contains(BundleError.MalformedArchive, errors);
        Assert.Contains(BundleError.UnexpectedEntry, errors);
    }

    [Fact]
    public void Changing_any_byte_of_the_file_with_any_mask_gets_the_bundle_refused()
    {
        var flips = from position in Gen.Choose(0, Original.Length - 1)
                    from mask in Gen.Choose(1, 255)
                    select (position, mask);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1000), Prop.ForAll(Arb.From(flips), flip =>
        {
            Refuse(Flip(Original, flip.position, (byte)flip.mask), $"file byte {flip.position} ^ {flip.mask}");
            return true;
        }));
    }

    /// <summary>
    /// A smarter attacker changes an entry and repacks the archive with valid checksums: the signature
    /// (or, for the signature entry itself, its canonical form) must still refuse it. Every byte of the
    /// signature entry, and every third byte of the manifest and the assembly.
    /// </summary>
    [Fact]
    public void Changing_any_entry_and_repacking_gets_the_bundle_refused()
    {
        var random = new Random(7);
        var errors = new HashSet<BundleError>();
        for (var i = 0; i < SignatureJson.Length; i++)
        {
            errors.Add(Refuse(Repack(ManifestJson, Assembly, Flip(SignatureJson, i, (byte)random.Next(1, 256))), $"signature byte {i}"));
        }
        for (var i = 0; i < ManifestJson.Length; i += 3)
        {
            errors.Add(Refuse(Repack(Flip(ManifestJson, i, (byte)random.Next(1, 256)), Assembly, SignatureJson), $"manifest byte {i}"));
        }
        for (var i = 0; i < Assembly.Length; i += 3)
        {
            errors.Add(Refuse(Repack(ManifestJson, Flip(Assembly, i, (byte)random.Next(1, 256)), SignatureJson), $"assembly byte {i}"));
        }
        Assert.Contains(BundleError.SignatureInvalid, errors);
        Assert.Contains(BundleError.SignatureMalformed, errors);
    }

    [Fact]
    public void Changing_any_entry_byte_with_any_mask_and_repacking_gets_the_bundle_refused()
    {
        var changes = from entry in Gen.Choose(0, 2)
                      from position in Gen.Choose(0, int.MaxValue)
                      from mask in Gen.Choose(1, 255)
                      select (entry, position, mask);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(Arb.From(changes), change =>
        {
            byte[][] parts = [ManifestJson, Assembly, SignatureJson];
            parts[change.entry] = Flip(parts[change.entry], change.position % parts[change.entry].Length, (byte)change.mask);
            Refuse(Repack(parts[0], parts[1], parts[2]), $"entry {change.entry} byte {change.position % parts[change.entry].Length} ^ {change.mask}");
            return true;
        }));
    }

    /// <summary>
    /// The base64 decoder ignores the low bits of the last character before the padding, so a signature spelled with
    /// them set decodes to the same 64 bytes: every such spelling must be refused, not only the one that was signed.
    /// </summary>
    [Fact]
    public void A_signature_spelled_with_the_unused_base64_bits_set_is_refused()
    {
        var document = BundleJson.DeserializeSignature(SignatureJson)!;
        var last = document.Signature.Length - 3; // a 64-byte signature ends in one character and "=="
        Assert.EndsWith("==", document.Signature, StringComparison.Ordinal);
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        var value = Alphabet.IndexOf(document.Signature[last], StringComparison.Ordinal);
        for (var unused = 1; unused < 16; unused++)
        {
            // Written as the signer writes documents, so the canonical-JSON check passes and only the base64 differs.
            var respelled = document with { Signature = document.Signature[..last] + Alphabet[(value & ~15) | unused] + "==" };
            var error = Refuse(Repack(ManifestJson, Assembly, BundleJson.SerializeSignature(respelled)), $"unused bits {unused}");
            Assert.Equal(BundleError.SignatureMalformed, error);
        }
    }

    /// <summary>
    /// An ECDSA signature (r, s) has a twin (r, n − s) that verifies too: re-encoded so, a bundle's content is unchanged
    /// but its file hash, which the audit records as its identity, is not. Only the low form (s ≤ n/2) is accepted.
    /// </summary>
    [Fact]
    public void A_signature_with_s_flipped_to_its_high_twin_is_refused()
    {
        var document = BundleJson.DeserializeSignature(SignatureJson)!;
        var signature = Convert.FromBase64String(document.Signature);
        var s = new System.Numerics.BigInteger(signature.AsSpan(32), isUnsigned: true, isBigEndian: true);
        var flipped = (byte[])signature.Clone();
        Assert.True((P256Order - s).TryWriteBytes(flipped.AsSpan(32), out var written, isUnsigned: true, isBigEndian: true) && written <= 32);
        if (written < 32)
        {
            // Right-align a short value in its 32-byte field.
            flipped.AsSpan(32, written).CopyTo(flipped.AsSpan(64 - written));
            flipped.AsSpan(32, 32 - written).Clear();
        }
        Assert.True(Key.PublicKey.Verify(BundleSignature.Payload(ManifestJson, Assembly), flipped)); // the twin is a valid signature

        var respelled = document with { Signature = Convert.ToBase64String(flipped) };
        Assert.Equal(BundleError.SignatureMalformed, Refuse(Repack(ManifestJson, Assembly, BundleJson.SerializeSignature(respelled)), "high s"));
    }

    /// <summary>The signer writes only the form the loader accepts: s ≤ n/2, whatever the random nonce gave.</summary>
    [Fact]
    public void The_signer_always_writes_the_low_s_form()
    {
        for (var i = 0; i < 64; i++)
        {
            var document = BundleJson.DeserializeSignature(BundleSigner.Sign(ManifestJson, [.. Assembly, (byte)i], Key))!;
            var s = new System.Numerics.BigInteger(Convert.FromBase64String(document.Signature).AsSpan(32), isUnsigned: true, isBigEndian: true);
            Assert.True(s <= P256Order / 2, $"signature {i} has a high s");
        }
    }

    /// <summary>
    /// The entries reordered and repacked with valid headers verify as before: six files for one signed bundle, so six
    /// hashes in the audit, where the low-s and canonical-base64 rules make it one. Only the writer's order is taken.
    /// Found by security review (bundles).
    /// </summary>
    [Fact]
    public void Entries_in_another_order_than_the_writers_are_refused()
    {
        KeyValuePair<string, byte[]>[] entries = [new(BundleEntries.Manifest, ManifestJson), new(BundleEntries.Assembly, Assembly), new(BundleEntries.Signature, SignatureJson)];
        int[][] reorders = [[0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]];
        foreach (var reorder in reorders)
        {
            var e = Assert.Throws<BundleLoadException>(() => PolicyBundle.Load(BundleArchiveWriter.Write([.. reorder.Select(i => entries[i])]), Trust).Dispose());
            Assert.Equal(BundleError.MalformedArchive, e.Error);
            Assert.Contains("out of order", e.Message, StringComparison.Ordinal);
        }
    }

    /// <summary>The order n of the P-256 group.</summary>
    private static readonly System.Numerics.BigInteger P256Order = System.Numerics.BigInteger.Parse(
        "0FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", System.Globalization.NumberStyles.HexNumber);

    private static byte[] Repack(byte[] manifest, byte[] assembly, byte[] signature) =>
        BundleArchiveWriter.Write([new(BundleEntries.Manifest, manifest), new(BundleEntries.Assembly, assembly), new(BundleEntries.Signature, signature)]);

    private static byte[] Flip(byte[] bytes, int position, byte mask)
    {
        var copy = (byte[])bytes.Clone();
        copy[position] ^= mask;
        return copy;
    }

    /// <summary>Fails the test unless loading is refused with a bundle error (and nothing raw escapes).</summary>
    private static BundleError Refuse(byte[] tampered, string what)
    {
        try
        {
            PolicyBundle.Load(tampered, Trust).Dispose();
        }
        catch (BundleLoadException e)
        {
            return e.Error;
        }
        catch (Exception e)
        {
            Assert.Fail($"{what}: a raw {e.GetType().Name} escaped: {e.Message}");
        }
        Assert.Fail($"{what}: the tampered bundle loaded");
        return default;
    }
}
