using System.Text;

namespace Airs.Runtime.Audit;

/// <summary>One link of the audit chain, as stored.</summary>
/// <param name="Sequence">1, 2, 3, … without gaps, within its <see cref="Segment"/>.</param>
/// <param name="PreviousHash">The <see cref="Hash"/> of the record before, or <see cref="AuditHash.Genesis"/> for the first.</param>
/// <param name="Hash">SHA-256 over the canonical encoding of every other field (see <see cref="AuditHash"/>).</param>
/// <remarks>
/// A record chained from an entry given as UTF-8 (<see cref="AuditEntry"/>) keeps those bytes, hashed and stored as
/// they are, and decodes <see cref="Payload"/> only when it is read.
/// </remarks>
public sealed record AuditRecord(
    long Sequence,
    DateTimeOffset Time,
    string Kind,
    string Actor,
    string Payload,
    string PreviousHash,
    string Hash)
{
    private string? payload = Payload;
    private byte[]? utf8Payload;

    private AuditRecord(long sequence, DateTimeOffset time, string kind, string actor, byte[] utf8Payload, string previousHash, string hash)
        : this(sequence, time, kind, actor, Payload: null!, previousHash, hash) => this.utf8Payload = utf8Payload;

    public string Payload
    {
        get => payload ??= Encoding.UTF8.GetString(utf8Payload!);
        init
        {
            payload = value;
            utf8Payload = null;
        }
    }

    /// <summary>The payload's UTF-8 bytes when its entry gave them; null when the payload is text (every record read back).</summary>
    internal byte[]? Utf8Payload => utf8Payload;

    /// <summary>
    /// The payload as UTF-8 without decoding it, when the record was chained from an entry given as UTF-8: a store
    /// writes these bytes as they are. False for a payload held as text.
    /// </summary>
    public bool TryGetUtf8Payload(out ReadOnlyMemory<byte> utf8)
    {
        utf8 = utf8Payload;
        return utf8Payload is not null;
    }

    /// <summary>HMAC-SHA256 of the record under the store's <see cref="AuditKey"/>; null when written without a key.</summary>
    public string? Mac { get; init; }

    /// <summary>
    /// The chain this record belongs to: <c>""</c> for the shared chain (format v1, every record of SQLite and of the
    /// in-memory store, and PostgreSQL's state changes), otherwise one writer's segment (format v2, see <see cref="AuditHash"/>).
    /// </summary>
    public string Segment { get; init; } = "";

    /// <summary>Builds the record that follows <paramref name="previous"/> (null for the first record).</summary>
    public static AuditRecord Chain(AuditRecord? previous, AuditEntry entry) =>
        Chain(previous?.Sequence ?? 0, previous?.Hash ?? AuditHash.Genesis, entry);

    public static AuditRecord Chain(long previousSequence, string previousHash, AuditEntry entry) =>
        Chain("", previousSequence, previousHash, entry);

    /// <summary>The record after <paramref name="previousSequence"/> in <paramref name="segment"/> (<c>""</c>: the shared chain).</summary>
    public static AuditRecord Chain(string segment, long previousSequence, string previousHash, AuditEntry entry)
    {
        var sequence = previousSequence + 1;
        var time = entry.Time.ToUniversalTime();
        if (entry.Utf8Payload is { } utf8)
        {
            var fromBytes = AuditHash.Compute(segment, sequence, time, entry.Kind, entry.Actor, utf8, previousHash);
            return new AuditRecord(sequence, time, entry.Kind, entry.Actor, utf8, previousHash, fromBytes) { Segment = segment };
        }
        var hash = AuditHash.Compute(segment, sequence, time, entry.Kind, entry.Actor, entry.Payload, previousHash);
        return new AuditRecord(sequence, time, entry.Kind, entry.Actor, entry.Payload, previousHash, hash) { Segment = segment };
    }

    // Equal by what the record says, not by the form its payload was given in.
    public bool Equals(AuditRecord? other) =>
        other is not null && Sequence == other.Sequence && Time.Equals(other.Time) && Kind == other.Kind && Actor == other.Actor
        && Payload == other.Payload && PreviousHash == other.PreviousHash && Hash == other.Hash && Mac == other.Mac && Segment == other.Segment;

    public override int GetHashCode() => HashCode.Combine(Sequence, Hash, Segment);
}
