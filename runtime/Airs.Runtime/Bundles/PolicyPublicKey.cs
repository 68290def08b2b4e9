using System.Security.Cryptography;

namespace Airs.Runtime.Bundles;

/// <summary>An ECDSA P-256 public key that verifies bundle signatures. Immutable.</summary>
public sealed class PolicyPublicKey
{
    /// <summary>Hex digits of the key id: the first 8 bytes of SHA-256 over the SubjectPublicKeyInfo DER.</summary>
    public const int KeyIdLength = 16;

    private readonly byte[] _subjectPublicKeyInfo;

    private PolicyPublicKey(byte[] subjectPublicKeyInfo)
    {
        _subjectPublicKeyInfo = subjectPublicKeyInfo;
        KeyId = Convert.ToHexStringLower(SHA256.HashData(subjectPublicKeyInfo))[..KeyIdLength];
    }

    public string KeyId { get; }

    public ReadOnlySpan<byte> SubjectPublicKeyInfo => _subjectPublicKeyInfo;

    public string ExportPem() => PemEncoding.WriteString("PUBLIC KEY", _subjectPublicKeyInfo);

    /// <summary>Reads a SubjectPublicKeyInfo PEM public key.</summary>
    /// <exception cref="PolicyKeyException">Not a P-256 public key.</exception>
    public static PolicyPublicKey FromPem(string pem)
    {
        if (!PemEncoding.TryFind(pem, out var fields) || pem[fields.Label] is not "PUBLIC KEY")
        {
            throw new PolicyKeyException("the PEM text holds no `PUBLIC KEY` block");
        }
        try
        {
            return FromSubjectPublicKeyInfo(Convert.FromBase64String(pem[fields.Base64Data]));
        }
        catch (FormatException e)
        {
            throw new PolicyKeyException("the `PUBLIC KEY` block is not valid base64", e);
        }
    }

    /// <summary>Every <c>PUBLIC KEY</c> block in a PEM text (a trust file may list several).</summary>
    public static IReadOnlyList<PolicyPublicKey> AllFromPem(string pem)
    {
        var keys = new List<PolicyPublicKey>();
        var rest = pem.AsMemory();
        while (PemEncoding.TryFind(rest.Span, out var fields))
        {
            var block = rest[fields.Location];
            if (rest.Span[fields.Label] is "PUBLIC KEY")
            {
                keys.Add(FromPem(block.ToString()));
            }
            rest = rest[fields.Location.End..];
        }
        return keys;
    }

    public static PolicyPublicKey FromSubjectPublicKeyInfo(ReadOnlySpan<byte> der)
    {
        using var key = ECDsa.Create();
        try
        {
            key.ImportSubjectPublicKeyInfo(der, out var read);
            if (read != der.Length)
            {
                throw new PolicyKeyException("the public key has trailing bytes");
            }
            RequireP256(key);
        }
        catch (CryptographicException e)
        {
            throw new PolicyKeyException("the public key is not an ECDSA P-256 key", e);
        }
        return new PolicyPublicKey(der.ToArray());
    }

    /// <summary>Checks a P1363 signature over <paramref name="data"/>. Never throws for bad input.</summary>
    public bool Verify(ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        using var key = ECDsa.Create();
        key.ImportSubjectPublicKeyInfo(_subjectPublicKeyInfo, out _);
        try
        {
            return key.VerifyData(data, signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    public override string ToString() => KeyId;

    internal static void RequireP256(ECDsa key)
    {
        var curve = key.ExportParameters(includePrivateParameters: false).Curve;
        if (!curve.IsNamed || curve.Oid.Value != ECCurve.NamedCurves.nistP256.Oid.Value)
        {
            throw new PolicyKeyException("the key is not on curve P-256");
        }
    }

    /// <summary>The most a key file holds: a PEM key is well under a kilobyte, and a file of a few hundred of them fits.</summary>
    internal const int MaxKeyFileBytes = 64 * 1024;

    internal static string ReadKeyFile(string path)
    {
        try
        {
            // A FIFO named *.pem would hold start-up in its open until a writer came, and a large file given as a key (a log,
            // a sparse file) was read whole: the opened file is checked and read with a bound (see RegularFile).
            return RegularFile.ReadAllText(path, MaxKeyFileBytes)
                ?? throw new PolicyKeyException($"cannot read key file `{path}`: it is not a regular file (a FIFO, device, socket or directory)");
        }
        catch (InvalidDataException)
        {
            throw new PolicyKeyException($"cannot read key file `{path}`: it is over {MaxKeyFileBytes} bytes, more than any key file holds");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PolicyKeyException($"cannot read key file `{path}`: {e.Message.TrimEnd('.')}", e);
        }
    }
}
