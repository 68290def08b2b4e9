namespace Airs.Runtime.Audit;

/// <summary>One link of the audit chain, as stored.</summary>
/// <param name="Sequence">1, 2, 3, … without gaps, within its <see cref="Segment"/>.</param>
/// <param name="PreviousHash">The <see cref="Hash"/> of the record before, or <see cref="AuditHash.Genesis"/> for the first.</param>
/// <param name="Hash">SHA-256 over the canonical encoding of every other field (see <see cref="AuditHash"/>).</param>
public sealed record AuditRecord(
    long Sequence,
    DateTimeOffset Time,
    string Kind,
    string Actor,
    string Payload,
    string PreviousHash,
    string Hash)
{
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
        var hash = AuditHash.Compute(segment, sequence, time, entry.Kind, entry.Actor, entry.Payload, previousHash);
        return new AuditRecord(sequence, time, entry.Kind, entry.Actor, entry.Payload, previousHash, hash) { Segment = segment };
    }
}
