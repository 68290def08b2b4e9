namespace Airs.Runtime.Audit;

/// <summary>
/// The append rule shared by every store, run inside its write transaction: with a key, the stored tail must be the
/// one the keyed head names (else records were cut or forged, and nothing more is appended), the new record gets a
/// MAC and becomes the new head. Without a key, a log that was keyed refuses appends, so it never grows unkeyed.
/// </summary>
public static class AuditChain
{
    public static (AuditRecord Record, AuditSeal? Seal) Append(AuditRecord? tail, AuditSeal? seal, AuditKey? key, AuditEntry entry) =>
        Append(tail?.Sequence ?? 0, tail?.Hash ?? AuditHash.Genesis, seal, key, entry);

    /// <summary>The same, given only the tail's sequence and hash (0 and <see cref="AuditHash.Genesis"/> for an empty log).</summary>
    public static (AuditRecord Record, AuditSeal? Seal) Append(long tailSequence, string tailHash, AuditSeal? seal, AuditKey? key, AuditEntry entry) =>
        Append("", tailSequence, tailHash, seal, key, entry);

    /// <summary>The same in <paramref name="segment"/> (<c>""</c>: the shared chain); <paramref name="seal"/> is that segment's keyed head.</summary>
    public static (AuditRecord Record, AuditSeal? Seal) Append(string segment, long tailSequence, string tailHash, AuditSeal? seal, AuditKey? key, AuditEntry entry)
    {
        if (key is null)
        {
            if (seal is not null)
            {
                throw new AuditTamperedException("the audit log is keyed: open the store with its audit key (`--audit-key`)");
            }
            return (AuditRecord.Chain(segment, tailSequence, tailHash, entry), null);
        }

        EnsureSealed(tailSequence, tailHash, seal, key);
        var record = AuditRecord.Chain(segment, tailSequence, tailHash, entry);
        record = record with { Mac = key.Sign(record) };
        return (record, key.Seal(record.Sequence, record.Hash));
    }

    /// <summary>
    /// The seal a keyed store writes when it opens a log with no keyed head: the current tail (or the empty head),
    /// covering the records written before the key through their hash chain. Null when the log is already sealed.
    /// </summary>
    public static AuditSeal? Adopt(AuditRecord? tail, AuditSeal? seal, bool hasKeyedRecords, AuditKey key) =>
        Adopt(tail?.Sequence ?? 0, tail?.Hash ?? AuditHash.Genesis, seal, hasKeyedRecords, key);

    public static AuditSeal? Adopt(long tailSequence, string tailHash, AuditSeal? seal, bool hasKeyedRecords, AuditKey key)
    {
        if (seal is not null || hasKeyedRecords)
        {
            EnsureSealed(tailSequence, tailHash, seal, key);
            return null;
        }
        return key.Seal(tailSequence, tailHash);
    }

    /// <exception cref="AuditTamperedException">The tail is not the record the keyed head names.</exception>
    public static void EnsureSealed(AuditRecord? tail, AuditSeal? seal, AuditKey key) =>
        EnsureSealed(tail?.Sequence ?? 0, tail?.Hash ?? AuditHash.Genesis, seal, key);

    private static void EnsureSealed(long tailSequence, string tailHash, AuditSeal? seal, AuditKey key)
    {
        var problem = Problem(tailSequence, tailHash, seal, key);
        if (problem is not null)
        {
            throw new AuditTamperedException($"{problem}; run `airs audit verify` and restore the store");
        }
    }

    /// <summary>Why <paramref name="tail"/> and <paramref name="seal"/> disagree under <paramref name="key"/>, or null.</summary>
    public static string? Problem(AuditRecord? tail, AuditSeal? seal, AuditKey key) =>
        Problem(tail?.Sequence ?? 0, tail?.Hash ?? AuditHash.Genesis, seal, key);

    internal static string? Problem(long last, string tailHash, AuditSeal? seal, AuditKey key)
    {
        if (seal is null)
        {
            return "the audit log has keyed records but no keyed head: the head was deleted";
        }
        if (seal.KeyId != key.Id)
        {
            return $"the audit log was keyed with another key (id {seal.KeyId}, this key is {key.Id})";
        }
        if (!key.Verifies(seal))
        {
            return "the audit log's keyed head does not verify: it was forged";
        }
        if (seal.Sequence > last)
        {
            return $"the keyed head is record {seal.Sequence} but the log ends at record {last}: records were cut from the end";
        }
        if (seal.Sequence < last)
        {
            return $"records {seal.Sequence + 1} to {last} follow the keyed head: they were appended without the key";
        }
        return seal.Hash != tailHash
            ? $"record {last} is not the one the keyed head names: the log was rewritten"
            : null;
    }
}
