using Airs.Runtime.Stores;

namespace Airs.Runtime.Audit;

/// <summary>
/// Walks the audit chain in sequence order and reports the first broken link. A chain alone cannot
/// reveal records cut from its end, nor a chain rewritten from scratch by someone with write access:
/// keep the <see cref="AuditVerification.Head"/> of each verification somewhere else (a ticket, a log
/// shipper) and pass it back as <c>anchor</c> to detect both.
/// </summary>
public static class AuditVerifier
{
    public static async Task<AuditVerification> VerifyAsync(IAuditStore store, AuditRecord? anchor = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        AuditRecord? previous = null;
        long count = 0;
        await foreach (var record in store.ReadAuditAsync(afterSequence: 0, cancellationToken).ConfigureAwait(false))
        {
            var broken = Check(previous, record);
            if (broken is not null)
            {
                return broken with { RecordsChecked = count, Head = previous };
            }

            if (anchor is not null && record.Sequence == anchor.Sequence && record.Hash != anchor.Hash)
            {
                return new AuditVerification(count, AuditBreak.BrokenLink, record.Sequence,
                    $"record {record.Sequence} differs from the anchor: the chain was rewritten", previous);
            }

            previous = record;
            count++;
        }

        if (anchor is not null && (previous?.Sequence ?? 0) < anchor.Sequence)
        {
            var first = (previous?.Sequence ?? 0) + 1;
            return new AuditVerification(count, AuditBreak.Truncated, first,
                $"records {first} to {anchor.Sequence} are missing from the end of the log", previous);
        }

        return new AuditVerification(count, AuditBreak.None, null, null, previous);
    }

    private static AuditVerification? Check(AuditRecord? previous, AuditRecord record)
    {
        var expected = (previous?.Sequence ?? 0) + 1;
        if (record.Sequence > expected)
        {
            var range = record.Sequence - 1 == expected ? $"record {expected} is" : $"records {expected} to {record.Sequence - 1} are";
            return Broken(AuditBreak.Missing, expected, $"{range} missing: deleted from the log");
        }

        if (record.Sequence < expected)
        {
            return Broken(AuditBreak.Reordered, record.Sequence, $"record {record.Sequence} appears after record {expected - 1}");
        }

        var intact = AuditHash.Compute(record) == record.Hash;
        var linked = record.PreviousHash == (previous?.Hash ?? AuditHash.Genesis);
        return (intact, linked) switch
        {
            (true, true) => null,
            (false, true) => Broken(AuditBreak.Modified, record.Sequence,
                $"record {record.Sequence} was modified: its hash does not match its contents"),
            (true, false) => Broken(AuditBreak.BrokenLink, record.Sequence,
                $"record {record.Sequence} does not link to record {expected - 1}: a record was removed or the chain rewritten"),
            (false, false) => Broken(AuditBreak.Reordered, record.Sequence,
                $"record {record.Sequence} is out of place: records were reordered or replaced"),
        };
    }

    private static AuditVerification Broken(AuditBreak kind, long at, string message) => new(0, kind, at, message, null);
}
