using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Airs.Runtime.Audit;

/// <summary>
/// The secret that keys the audit log: an HMAC-SHA256 over each record's hash and over the head, so that someone
/// who can write the database but not read this key cannot rewrite, cut or extend the log unnoticed. Kept outside
/// the database: a file (<c>airs serve --audit-key</c>) or the <see cref="EnvironmentVariable"/>. Text form: base64
/// of at least 32 random bytes, as written by <c>airs audit new-key</c>.
/// </summary>
public sealed class AuditKey
{
    public const string EnvironmentVariable = "AIRS_AUDIT_KEY";

    public const int MinimumBytes = 32;

    private static ReadOnlySpan<byte> RecordTag => "airs.audit.record.v1"u8;
    private static ReadOnlySpan<byte> HeadTag => "airs.audit.head.v1"u8;

    private readonly byte[] secret;

    private AuditKey(byte[] secret)
    {
        this.secret = secret;
        // Names the key without revealing it: the verifier can tell "another key" from "forged".
        Id = Convert.ToHexStringLower(HMACSHA256.HashData(secret, "airs.audit.key-id"u8))[..16];
    }

    /// <summary>16 hex digits derived from the key; stored beside the head.</summary>
    public string Id { get; }

    /// <summary>
    /// The key that hashes <c>sensitive</c> context attributes in the audit log (<see cref="Engine.PolicyEngineOptions.AttributeHashKey"/>),
    /// derived from this one under its own label, so one secret serves both and neither MAC can stand in for the other.
    /// </summary>
    public byte[] DeriveAttributeHashKey() => HMACSHA256.HashData(secret, "airs.audit.attribute-hash.v1"u8);

    public static AuditKey Generate() => new(RandomNumberGenerator.GetBytes(MinimumBytes));

    /// <summary>The key's text form: base64, one line.</summary>
    public string ToText() => Convert.ToBase64String(secret);

    /// <exception cref="FormatException">The text is not base64 of at least <see cref="MinimumBytes"/> bytes.</exception>
    public static AuditKey Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buffer = new byte[text.Length];
        if (!Convert.TryFromBase64String(text.Trim(), buffer, out var length))
        {
            throw new FormatException("an audit key is base64 text (as written by `airs audit new-key`)");
        }
        if (length < MinimumBytes)
        {
            throw new FormatException($"an audit key needs at least {MinimumBytes} bytes; this one has {length}");
        }
        return new AuditKey(buffer[..length]);
    }

    /// <summary>A key file holds one line of base64 (about 44 characters): anything this long is not one.</summary>
    private const int MaxFileBytes = 4096;

    /// <summary>The key in a file, read only when it is a regular file (a FIFO held the reader in its open for ever) and at most <see cref="MaxFileBytes"/> long.</summary>
    /// <exception cref="FormatException">The file does not hold a key, is not a regular file or is too long for one.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static AuditKey Load(string path)
    {
        try
        {
            return Parse(Bundles.RegularFile.ReadAllText(path, MaxFileBytes)
                ?? throw new FormatException("it is not a regular file (a FIFO, device, socket or directory)"));
        }
        catch (InvalidDataException)
        {
            throw new FormatException($"an audit key file holds one line of base64; this one is over {MaxFileBytes} bytes");
        }
    }

    /// <summary>The MAC of a record: over its sequence and chain hash, which covers every field and every record before it.</summary>
    public string Sign(AuditRecord record) => Mac(RecordTag, record.Sequence, record.Hash);

    public bool Verifies(AuditRecord record) => record.Mac is { } mac && FixedTimeEquals(mac, Sign(record));

    /// <summary>The keyed head for the record <paramref name="sequence"/> with chain hash <paramref name="hash"/> (0 and genesis: empty).</summary>
    public AuditSeal Seal(long sequence, string hash) => new(sequence, hash, Id, Mac(HeadTag, sequence, hash));

    public bool Verifies(AuditSeal seal) => seal.KeyId == Id && FixedTimeEquals(seal.Mac, Mac(HeadTag, seal.Sequence, seal.Hash));

    private string Mac(ReadOnlySpan<byte> tag, long sequence, string hash)
    {
        // tag, sequence, hash: well under 256 bytes for a hex hash, so the stack holds it and one call MACs it (a
        // longer "hash" can only come from an edited database, and gets an array).
        var size = tag.Length + 8 + Encoding.UTF8.GetMaxByteCount(hash.Length);
        var message = size <= 256 ? stackalloc byte[256] : new byte[size];
        tag.CopyTo(message);
        BinaryPrimitives.WriteInt64BigEndian(message[tag.Length..], sequence);
        var length = tag.Length + 8 + Encoding.UTF8.GetBytes(hash, message[(tag.Length + 8)..]);
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(secret, message[..length], mac);
        return Convert.ToHexStringLower(mac);
    }

    private static bool FixedTimeEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(a), Encoding.ASCII.GetBytes(b));
}
