using Airs.Runtime.Stores;

namespace Airs.Runtime.Audit;

/// <summary>
/// Walks the audit chain in sequence order and reports the first problem. Without a key, only the hash chain is
/// checked: anyone with write access can recompute it. With the store's <see cref="AuditKey"/>, every record after
/// the key was adopted must carry a valid MAC and the log must end exactly at the keyed head, so a rewrite, records
/// cut from the end and a forged append are all found. What the key cannot catch is the whole database rolled back
/// to an earlier copy: keep the <see cref="AuditVerification.Head"/> of each verification outside it (an anchor file)
/// and pass it back as <c>anchor</c>. When the store is an <see cref="IAuditInspection"/>, every row must be walked
/// and the state tables must agree with the log.
/// </summary>
public static class AuditVerifier
{
    public static Task<AuditVerification> VerifyAsync(IAuditStore store, AuditRecord? anchor = null, CancellationToken cancellationToken = default) =>
        VerifyAsync(store, anchor, key: null, cancellationToken);

    public static async Task<AuditVerification> VerifyAsync(IAuditStore store, AuditRecord? anchor, AuditKey? key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var inspection = store as IAuditInspection;
        var state = new AuditStateCheck();
        AuditRecord? previous = null;
        long count = 0;
        var keyedFrom = 0L; // the first record with a MAC: every later one needs one too
        await foreach (var record in store.ReadAuditAsync(afterSequence: long.MinValue, cancellationToken).ConfigureAwait(false))
        {
            var broken = Check(previous, record) ?? CheckMac(record, key, ref keyedFrom);
            if (broken is null)
            {
                try
                {
                    state.Add(record);
                }
                catch (FormatException e)
                {
                    broken = Broken(AuditBreak.Unreadable, record.Sequence, e.Message);
                }
            }
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

        if (inspection is not null)
        {
            var rows = await inspection.CountAuditRowsAsync(cancellationToken).ConfigureAwait(false);
            if (rows != count)
            {
                return new AuditVerification(count, AuditBreak.OutsideChain, null,
                    $"the audit table holds {rows} rows but the chain reaches {count}: {rows - count} rows are outside it", previous);
            }
        }

        if (key is not null)
        {
            var seal = inspection is null ? null : await inspection.GetAuditSealAsync(cancellationToken).ConfigureAwait(false);
            if (SealProblem(previous, seal, key) is { } problem)
            {
                return problem with { RecordsChecked = count, Head = previous };
            }
        }

        if (inspection is not null)
        {
            var problems = state.Compare(await inspection.ReadAuditedStateAsync(cancellationToken).ConfigureAwait(false));
            if (problems.Count > 0)
            {
                var more = problems.Count == 1 ? "" : $" (and {problems.Count - 1} more)";
                return new AuditVerification(count, AuditBreak.StateMismatch, null, problems[0] + more, previous) { Keyed = key is not null };
            }
        }

        return new AuditVerification(count, AuditBreak.None, null, null, previous) { Keyed = key is not null };
    }

    private static AuditVerification? Check(AuditRecord? previous, AuditRecord record)
    {
        if (record.Sequence <= 0)
        {
            return Broken(AuditBreak.OutsideChain, record.Sequence,
                $"a row has sequence {record.Sequence}: the chain starts at 1, so it was inserted outside the chain");
        }

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

    /// <summary>Records before the first MAC predate the key (the MACs after them cover them through the chain).</summary>
    private static AuditVerification? CheckMac(AuditRecord record, AuditKey? key, ref long keyedFrom)
    {
        if (key is null)
        {
            return null;
        }
        if (record.Mac is null)
        {
            return keyedFrom == 0 ? null : Broken(AuditBreak.Forged, record.Sequence,
                $"record {record.Sequence} has no MAC but follows keyed record {keyedFrom}: it was written without the key");
        }
        if (!key.Verifies(record))
        {
            return Broken(AuditBreak.Forged, record.Sequence,
                $"record {record.Sequence} has a MAC that does not verify: it was written or rewritten without the key");
        }
        if (keyedFrom == 0)
        {
            keyedFrom = record.Sequence;
        }
        return null;
    }

    private static AuditVerification? SealProblem(AuditRecord? tail, AuditSeal? seal, AuditKey key)
    {
        var last = tail?.Sequence ?? 0;
        if (seal is null)
        {
            return Broken(AuditBreak.BadHead, null, "the audit log has no keyed head: it was never opened with this key, or the head was deleted");
        }
        var problem = AuditChain.Problem(tail, seal, key);
        if (problem is null)
        {
            return null;
        }
        var kind = seal.KeyId != key.Id || !key.Verifies(seal) ? AuditBreak.BadHead
            : seal.Sequence > last ? AuditBreak.Truncated
            : seal.Sequence < last ? AuditBreak.Forged
            : AuditBreak.Modified;
        var at = kind == AuditBreak.Truncated ? last + 1 : kind == AuditBreak.Forged ? seal.Sequence + 1 : (long?)null;
        return Broken(kind, at, problem);
    }

    private static AuditVerification Broken(AuditBreak kind, long? at, string message) => new(0, kind, at, message, null);
}
