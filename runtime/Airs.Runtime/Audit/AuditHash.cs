using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Airs.Runtime.Audit;

/// <summary>
/// The chain hash: SHA-256 over <c>"airs.audit.v1"</c>, the sequence number and the UTC time in ticks
/// (8 bytes big-endian each), then kind, actor, payload and previous hash, each as a 4-byte big-endian
/// length followed by its UTF-8 bytes. Length prefixes make the encoding unambiguous: no two different
/// records encode to the same bytes. Hex, lowercase.
/// </summary>
public static class AuditHash
{
    /// <summary>The previous hash of the first record.</summary>
    public static readonly string Genesis = new('0', 64);

    private static readonly byte[] DomainTag = "airs.audit.v1"u8.ToArray();

    public static string Compute(long sequence, DateTimeOffset time, string kind, string actor, string payload, string previousHash)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> number = stackalloc byte[8];
        hash.AppendData(DomainTag);
        BinaryPrimitives.WriteInt64BigEndian(number, sequence);
        hash.AppendData(number);
        BinaryPrimitives.WriteInt64BigEndian(number, time.UtcTicks);
        hash.AppendData(number);
        AppendField(hash, kind);
        AppendField(hash, actor);
        AppendField(hash, payload);
        AppendField(hash, previousHash);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public static string Compute(AuditRecord record) =>
        Compute(record.Sequence, record.Time, record.Kind, record.Actor, record.Payload, record.PreviousHash);

    private static void AppendField(IncrementalHash hash, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
        hash.AppendData(length);
        hash.AppendData(bytes);
    }
}
