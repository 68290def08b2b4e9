using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Airs.Runtime.Audit;

/// <summary>
/// The chain hash: SHA-256 over <c>"airs.audit.v1"</c>, the sequence number and the UTC time in ticks
/// (8 bytes big-endian each), then kind, actor, payload and previous hash, each as a 4-byte big-endian
/// length followed by its UTF-8 bytes. Length prefixes make the encoding unambiguous: no two different
/// records encode to the same bytes. Hex, lowercase.
/// <para>
/// Format v2, for a writer's segment (<see cref="AuditRecord.Segment"/> not empty): the same over <c>"airs.audit.v2"</c>,
/// with the segment id (4-byte length and UTF-8) right after the tag, so a record cannot be moved to another segment.
/// The shared chain (segment <c>""</c>) keeps format v1, so every record written before segments still verifies.
/// </para>
/// </summary>
public static class AuditHash
{
    /// <summary>The previous hash of the first record.</summary>
    public static readonly string Genesis = new('0', 64);

    private const int StackBytes = 2048;

    private static ReadOnlySpan<byte> DomainTag => "airs.audit.v1"u8;
    private static ReadOnlySpan<byte> SegmentTag => "airs.audit.v2"u8;

    public static string Compute(long sequence, DateTimeOffset time, string kind, string actor, string payload, string previousHash) =>
        Compute("", sequence, time, kind, actor, payload, previousHash);

    /// <summary>Format v1 when <paramref name="segment"/> is empty (the shared chain), v2 otherwise.</summary>
    public static string Compute(string segment, long sequence, DateTimeOffset time, string kind, string actor, string payload, string previousHash)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return Compute(segment, sequence, time, kind, actor, payload, default, previousHash);
    }

    /// <summary>The same, for a payload given as its UTF-8 bytes: hashed as they are, the hash of the text they encode.</summary>
    internal static string Compute(string segment, long sequence, DateTimeOffset time, string kind, string actor, ReadOnlySpan<byte> utf8Payload, string previousHash) =>
        Compute(segment, sequence, time, kind, actor, null, utf8Payload, previousHash);

    // The payload is the text when given, else the bytes.
    private static string Compute(string segment, long sequence, DateTimeOffset time, string kind, string actor, string? payload,
        ReadOnlySpan<byte> utf8Payload, string previousHash)
    {
        ArgumentNullException.ThrowIfNull(segment);
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(previousHash);

        // The whole encoding in one buffer (the stack, or a pooled array for a long payload) and one SHA-256 call:
        // no byte array per field and no incremental hash object per record.
        var payloadBytes = payload is null ? utf8Payload.Length : Encoding.UTF8.GetMaxByteCount(payload.Length);
        var max = DomainTag.Length + 4 + 16 + 16 + 4 + payloadBytes
            + Encoding.UTF8.GetMaxByteCount(segment.Length + kind.Length + actor.Length + previousHash.Length);
        byte[]? rented = null;
        var buffer = max <= StackBytes ? stackalloc byte[StackBytes] : (rented = ArrayPool<byte>.Shared.Rent(max));
        try
        {
            int at;
            if (segment.Length == 0)
            {
                DomainTag.CopyTo(buffer);
                at = DomainTag.Length;
            }
            else
            {
                SegmentTag.CopyTo(buffer);
                at = AppendField(buffer, SegmentTag.Length, segment);
            }
            BinaryPrimitives.WriteInt64BigEndian(buffer[at..], sequence);
            BinaryPrimitives.WriteInt64BigEndian(buffer[(at + 8)..], time.UtcTicks);
            at += 16;
            at = AppendField(buffer, at, kind);
            at = AppendField(buffer, at, actor);
            if (payload is null)
            {
                BinaryPrimitives.WriteInt32BigEndian(buffer[at..], utf8Payload.Length);
                utf8Payload.CopyTo(buffer[(at + 4)..]);
                at += 4 + utf8Payload.Length;
            }
            else
            {
                at = AppendField(buffer, at, payload);
            }
            at = AppendField(buffer, at, previousHash);
            Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer[..at], digest);
            return Convert.ToHexStringLower(digest);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    public static string Compute(AuditRecord record) => record.Utf8Payload is { } utf8
        ? Compute(record.Segment, record.Sequence, record.Time, record.Kind, record.Actor, utf8, record.PreviousHash)
        : Compute(record.Segment, record.Sequence, record.Time, record.Kind, record.Actor, record.Payload, record.PreviousHash);

    private static int AppendField(Span<byte> buffer, int at, string value)
    {
        var length = Encoding.UTF8.GetBytes(value, buffer[(at + 4)..]);
        BinaryPrimitives.WriteInt32BigEndian(buffer[at..], length);
        return at + 4 + length;
    }
}
