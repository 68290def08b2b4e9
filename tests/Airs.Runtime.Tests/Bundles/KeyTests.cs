using Airs.Compiler.Bundles;
using Airs.Runtime.Bundles;

namespace Airs.Runtime.Tests.Bundles;

public sealed class KeyTests
{
    [Fact]
    public void A_private_key_round_trips_through_pkcs8_pem()
    {
        using var key = PolicySigningKey.Create();
        var pem = key.ExportPrivateKeyPem();
        Assert.StartsWith("-----BEGIN PRIVATE KEY-----", pem, StringComparison.Ordinal);

        using var again = PolicySigningKey.FromPrivateKeyPem(pem);
        Assert.Equal(key.KeyId, again.KeyId);
        var signature = again.Sign("data"u8);
        Assert.True(key.PublicKey.Verify("data"u8, signature));
        Assert.False(key.PublicKey.Verify("date"u8, signature));
    }

    [Fact]
    public void A_public_key_round_trips_and_keeps_its_id()
    {
        using var key = PolicySigningKey.Create();
        var pem = key.ExportPublicKeyPem();
        Assert.StartsWith("-----BEGIN PUBLIC KEY-----", pem, StringComparison.Ordinal);
        var again = PolicyPublicKey.FromPem(pem);
        Assert.Equal(key.KeyId, again.KeyId);
        Assert.Matches("^[0-9a-f]{16}$", again.KeyId);
        Assert.Equal(
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(again.SubjectPublicKeyInfo))[..16],
            again.KeyId);
    }

    [Fact]
    public void Different_keys_have_different_ids()
    {
        using var a = PolicySigningKey.Create();
        using var b = PolicySigningKey.Create();
        Assert.NotEqual(a.KeyId, b.KeyId);
    }

    [Fact]
    public void Bad_key_text_is_refused_with_a_one_line_reason()
    {
        using var key = PolicySigningKey.Create();
        var e1 = Assert.Throws<PolicyKeyException>(() => PolicySigningKey.FromPrivateKeyPem(key.ExportPublicKeyPem()));
        var e2 = Assert.Throws<PolicyKeyException>(() => PolicyPublicKey.FromPem("not a key"));
        var e3 = Assert.Throws<PolicyKeyException>(() => PolicyPublicKey.FromPem(key.ExportPrivateKeyPem()));
        using var rsa = System.Security.Cryptography.RSA.Create(2048);
        var e4 = Assert.Throws<PolicyKeyException>(() => PolicyPublicKey.FromPem(rsa.ExportSubjectPublicKeyInfoPem()));
        using var p384 = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP384);
        var e5 = Assert.Throws<PolicyKeyException>(() => PolicyPublicKey.FromPem(p384.ExportSubjectPublicKeyInfoPem()));
        foreach (var e in new[] { e1, e2, e3, e4, e5 })
        {
            Assert.DoesNotContain('\n', e.Message);
            Assert.True(char.IsLower(e.Message[0]), e.Message);
        }
    }

    [Fact]
    public void A_trust_store_loads_every_public_key_of_a_file_and_a_directory()
    {
        using var dir = new TempDirectory();
        using var a = PolicySigningKey.Create();
        using var b = PolicySigningKey.Create();
        using var c = PolicySigningKey.Create();
        File.WriteAllText(dir.File("team.pem"), a.ExportPublicKeyPem() + "\n" + b.ExportPublicKeyPem());
        File.WriteAllText(dir.File("ci.pub"), c.ExportPublicKeyPem());
        File.WriteAllText(dir.File("notes.txt"), "ignored");

        var fromFile = TrustStore.LoadFile(dir.File("team.pem"));
        Assert.Equal(2, fromFile.Count);
        Assert.True(fromFile.TryGet(a.KeyId, out _));
        Assert.False(fromFile.TryGet(c.KeyId, out _));

        var fromDirectory = TrustStore.LoadDirectory(dir.Path);
        Assert.Equal(3, fromDirectory.Count);
        Assert.True(fromDirectory.TryGet(c.KeyId, out var found));
        Assert.Equal(c.KeyId, found.KeyId);
        Assert.False(fromDirectory.TryGet(c.KeyId.ToUpperInvariant(), out _));
    }

    [Fact]
    public void A_trust_file_without_keys_or_a_missing_directory_is_refused()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("empty.pem"), "nothing here");
        Assert.Throws<PolicyKeyException>(() => TrustStore.LoadFile(dir.File("empty.pem")));
        Assert.Throws<PolicyKeyException>(() => TrustStore.LoadFile(dir.File("missing.pem")));
        Assert.Throws<PolicyKeyException>(() => TrustStore.LoadDirectory(dir.File("missing")));
    }

    [Fact]
    public void Unsigned_permission_needs_a_name()
    {
        Assert.Throws<ArgumentException>(() => BundleTrust.AllowUnsigned(""));
        var trust = BundleTrust.AllowUnsigned("a").AndAllowUnsigned("b");
        Assert.True(trust.AllowsUnsigned("a"));
        Assert.True(trust.AllowsUnsigned("b"));
        Assert.False(trust.AllowsUnsigned("c"));
        Assert.False(BundleTrust.SignedBy(TrustStore.Empty).AllowsUnsigned("a"));
    }
}
