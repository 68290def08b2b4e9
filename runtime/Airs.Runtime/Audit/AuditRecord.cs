namespace Airs.Runtime.Audit;

/// <summary>One link of the audit chain, as stored.</summary>
/// <param name="Sequence">1, 2, 3, … without gaps.</param>
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

    /// <summary>Builds the record that follows <paramref name="previous"/> (null for the first record).</summary>
    public static AuditRecord Chain(AuditRecord? previous, AuditEntry entry) =>
        Chain(previous?.Sequence ?? 0, previous?.Hash ?? AuditHash.Genesis, entry);

    public static AuditRecord Chain(long previousSequence, string previousHash, AuditEntry entry)
    {
        var sequence = previousSequence + 1;
        var time = entry.Time.ToUniversalTime();
        var hash = AuditHash.Compute(sequence, time, entry.Kind, entry.Actor, entry.Payload, previousHash);
        return new AuditRecord(sequence, time, entry.Kind, entry.Actor, entry.Payload, previousHash, hash);
    }
}
