using System.Security.Cryptography;

using Airs.Runtime.Bundles;

namespace Airs.Compiler.Bundles;

/// <summary>
/// An ECDSA P-256 private key that signs bundles. Keep it in CI secrets; hosts only need its
/// <see cref="PublicKey"/> in their <see cref="TrustStore"/>.
/// </summary>
public sealed class PolicySigningKey : IDisposable
{
    private readonly ECDsa _key;

    private PolicySigningKey(ECDsa key)
    {
        _key = key;
        PublicKey = PolicyPublicKey.FromSubjectPublicKeyInfo(key.ExportSubjectPublicKeyInfo());
    }

    public PolicyPublicKey PublicKey { get; }

    /// <summary>The short id of the public key, written into every signature this key makes.</summary>
    public string KeyId => PublicKey.KeyId;

    /// <summary>A fresh P-256 key pair.</summary>
    public static PolicySigningKey Create() => new(ECDsa.Create(ECCurve.NamedCurves.nistP256));

    /// <summary>The private key as an unencrypted PKCS#8 PEM block (<c>-----BEGIN PRIVATE KEY-----</c>).</summary>
    public string ExportPrivateKeyPem() => _key.ExportPkcs8PrivateKeyPem();

    /// <summary>The public key as a SubjectPublicKeyInfo PEM block (<c>-----BEGIN PUBLIC KEY-----</c>).</summary>
    public string ExportPublicKeyPem() => PublicKey.ExportPem();

    /// <summary>Reads a PKCS#8 PEM private key.</summary>
    /// <exception cref="PolicyKeyException">Not a PKCS#8 P-256 private key.</exception>
    public static PolicySigningKey FromPrivateKeyPem(string pem)
    {
        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(pem);
            var parameters = key.ExportParameters(includePrivateParameters: true);
            if (parameters.D is null)
            {
                throw new PolicyKeyException("the PEM text holds a public key, not a private key");
            }
            PolicyPublicKey.RequireP256(key);
            return new PolicySigningKey(key);
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException)
        {
            key.Dispose();
            throw new PolicyKeyException("the PEM text is not a PKCS#8 P-256 private key", e);
        }
        catch (PolicyKeyException)
        {
            key.Dispose();
            throw;
        }
    }

    public static PolicySigningKey LoadPrivateKeyFile(string path) => FromPrivateKeyPem(PolicyPublicKey.ReadKeyFile(path));

    /// <summary>Signs <paramref name="data"/> (SHA-256, IEEE P1363 fixed-length r||s, 64 bytes); safe from several threads at once.</summary>
    public byte[] Sign(ReadOnlySpan<byte> data)
    {
        lock (_key)
        {
            return _key.SignData(data, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        }
    }

    public void Dispose() => _key.Dispose();
}
