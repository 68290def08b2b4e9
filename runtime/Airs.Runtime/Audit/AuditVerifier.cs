using Airs.Runtime.Stores;

namespace Airs.Runtime.Audit;

/// <summary>
/// Walks the audit log chain by chain — the shared chain, then each writer's segment — in sequence order, and
/// reports the first problem. Without a key, only the hash chains are checked: anyone with write access can recompute
/// them. With the store's <see cref="AuditKey"/>, every record after a chain's first MAC must carry a valid MAC and
/// each chain must end exactly at its keyed head, so a rewrite, records cut from the end and a forged append are all
/// found. Cross-anchors (<see cref="AuditAnchor"/>) must name records that are still there with the same hash. What
/// the key cannot catch is the whole database rolled back to an earlier copy: keep the <see cref="AuditVerification.Head"/>
/// of each verification outside it (an anchor file) and pass it back as <c>anchor</c>. When the store is an
/// <see cref="IAuditInspection"/>, every row must be walked and the state tables must agree with the log.
/// </summary>
public static class AuditVerifier
{
    public static Task<AuditVerification> VerifyAsync(IAuditStore store, AuditRecord? anchor = null, CancellationToken cancellationToken = default) =>
        VerifyAsync(store, anchor, key: null, cancellationToken);

    public static Task<AuditVerification> VerifyAsync(IAuditStore store, AuditRecord? anchor, AuditKey? key, CancellationToken cancellationToken = default) =>
        VerifyAnchoredAsync(store, anchor is null ? [] : [new AuditHead("", anchor.Sequence, anchor.Hash)], key, cancellationToken);

    /// <summary>
    /// Verifies against the heads of an earlier verification (<see cref="AuditVerification.Heads"/>), one per chain: each
    /// chain must still hold its anchored record with the same hash. With segments, the shared chain's head alone let a
    /// segment be cut back to an older keyed head unseen.
    /// </summary>
    public static async Task<AuditVerification> VerifyAnchoredAsync(IAuditStore store, IReadOnlyCollection<AuditHead> anchors, AuditKey? key,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(anchors);
        var anchored = new Dictionary<string, AuditHead>(StringComparer.Ordinal);
        foreach (var head in anchors)
        {
            anchored[head.Segment] = head;
        }
        var inspection = store as IAuditInspection;
        var state = new AuditStateCheck();
        var chains = new Dictionary<string, Chain>(StringComparer.Ordinal);
        var claims = new Dictionary<(string Segment, long Sequence), List<Claim>>();
        Chain? chain = null;
        AuditRecord? sharedHead = null;
        long count = 0;
        await foreach (var record in store.ReadAuditAsync(afterSequence: long.MinValue, cancellationToken).ConfigureAwait(false))
        {
            if (chain?.Segment != record.Segment)
            {
                if (chains.ContainsKey(record.Segment))
                {
                    return Broken(AuditBreak.Reordered, record, $"record {Name(record)} appears after another segment's records") with { RecordsChecked = count, Head = sharedHead };
                }
                chain = new Chain(record.Segment);
                chains.Add(record.Segment, chain);
            }

            var broken = Check(chain.Tail, record) ?? CheckMac(record, key, chain);
            if (broken is null)
            {
                try
                {
                    state.Add(record);
                    // A segment's anchors name the other chains; the shared chain's name a segment's first records.
                    if (record.Kind == AuditKinds.SegmentAnchor)
                    {
                        foreach (var head in AuditAnchor.Read(record))
                        {
                            var at = (head.Segment, head.Sequence);
                            if (!claims.TryGetValue(at, out var list))
                            {
                                claims[at] = list = [];
                            }
                            list.Add(new Claim(head.Hash, Name(record)));
                        }
                    }
                }
                catch (FormatException e)
                {
                    broken = Broken(AuditBreak.Unreadable, record, e.Message);
                }
            }
            if (broken is not null)
            {
                return broken with { RecordsChecked = count, Head = sharedHead };
            }

            if (anchored.TryGetValue(record.Segment, out var anchor) && record.Sequence == anchor.Sequence && record.Hash != anchor.Hash)
            {
                return new AuditVerification(count, AuditBreak.BrokenLink, record.Sequence,
                    $"record {Name(record)} differs from the anchor: the chain was rewritten", sharedHead) { Segment = record.Segment };
            }

            chain.Tail = record;
            if (record.Segment.Length == 0)
            {
                sharedHead = record;
            }
            count++;
        }

        var done = new Done(count, sharedHead, chains.Count, key is not null);
        // The shared chain first, then each segment, so a verdict does not depend on the anchors' order.
        foreach (var anchor in anchored.Values.OrderBy(a => a.Segment, StringComparer.Ordinal))
        {
            var last = chains.GetValueOrDefault(anchor.Segment)?.Tail?.Sequence ?? 0;
            if (last < anchor.Sequence)
            {
                var first = last + 1;
                var end = anchor.Segment.Length == 0 ? "the log" : $"segment {anchor.Segment}";
                return done.With(AuditBreak.Truncated, first, anchor.Segment,
                    $"records {AuditAnchor.Name(anchor.Segment, first)} to {anchor.Sequence} are missing from the end of {end}");
            }
        }

        if (inspection is not null)
        {
            var rows = await inspection.CountAuditRowsAsync(cancellationToken).ConfigureAwait(false);
            if (rows != count)
            {
                return done.With(AuditBreak.OutsideChain, null, "", $"the audit table holds {rows} rows but the chains reach {count}: {rows - count} rows are outside them");
            }
        }

        if (key is not null)
        {
            try
            {
                var seal = inspection is null ? null : await inspection.GetAuditSealAsync(cancellationToken).ConfigureAwait(false);
                if (SealProblem(sharedHead, seal, key) is { } problem)
                {
                    return problem with { RecordsChecked = count, Head = sharedHead, Segments = chains.Count };
                }
                var seals = inspection is null ? new Dictionary<string, AuditSeal>() : await inspection.GetSegmentSealsAsync(cancellationToken).ConfigureAwait(false);
                if (SegmentSealProblem(chains, seals, key, done) is { } segmentProblem)
                {
                    return segmentProblem;
                }
            }
            catch (FormatException e)
            {
                // A keyed head the store cannot read (a NULL in it): edited, as a forged one is.
                return done.With(AuditBreak.BadHead, null, "", $"a keyed head cannot be read: {e.Message}");
            }
        }

        if (claims.Count > 0 && await AnchorProblemAsync(store, claims, chains, done, cancellationToken).ConfigureAwait(false) is { } anchorProblem)
        {
            return anchorProblem;
        }
        var crossAnchors = claims.Values.Sum(list => list.Count);

        if (inspection is not null)
        {
            var problems = state.Compare(await inspection.ReadAuditedStateAsync(cancellationToken).ConfigureAwait(false));
            if (problems.Count > 0)
            {
                var more = problems.Count == 1 ? "" : $" (and {problems.Count - 1} more)";
                return done.With(AuditBreak.StateMismatch, null, "", problems[0] + more);
            }
        }

        return new AuditVerification(count, AuditBreak.None, null, null, sharedHead)
        {
            Keyed = key is not null,
            Segments = chains.Count,
            AnchorsChecked = crossAnchors,
            Heads = [.. chains.Values.Where(c => c.Tail is not null).Select(c => new AuditHead(c.Segment, c.Tail!.Sequence, c.Tail.Hash))
                .OrderBy(h => h.Segment, StringComparer.Ordinal)],
        };
    }

    /// <summary>One chain as the walk left it: its last record, and its first keyed record (every later one needs a MAC too).</summary>
    private sealed class Chain(string segment)
    {
        public string Segment { get; } = segment;

        public AuditRecord? Tail { get; set; }

        public long KeyedFrom { get; set; }
    }

    /// <summary>An anchor's claim: the record it names has <paramref name="Hash"/>.</summary>
    private sealed record Claim(string Hash, string By);

    /// <summary>What the walk established, for the verdicts given after it.</summary>
    private sealed record Done(long Count, AuditRecord? Head, int Segments, bool Keyed)
    {
        public AuditVerification With(AuditBreak kind, long? at, string segment, string message) =>
            new(Count, kind, at, message, Head) { Segment = segment, Segments = Segments, Keyed = Keyed };
    }

    private static AuditVerification? Check(AuditRecord? previous, AuditRecord record)
    {
        var name = Name(record);
        if (record.Sequence <= 0)
        {
            return Broken(AuditBreak.OutsideChain, record,
                $"a row has sequence {record.Sequence}{In(record.Segment)}: a chain starts at 1, so it was inserted outside the chain");
        }

        var expected = (previous?.Sequence ?? 0) + 1;
        if (record.Sequence > expected)
        {
            var range = record.Sequence - 1 == expected
                ? $"record {AuditAnchor.Name(record.Segment, expected)} is"
                : $"records {AuditAnchor.Name(record.Segment, expected)} to {record.Sequence - 1} are";
            return Broken(AuditBreak.Missing, record, $"{range} missing: deleted from the log") with { BrokenAt = expected };
        }

        if (record.Sequence < expected)
        {
            return Broken(AuditBreak.Reordered, record, $"record {name} appears after record {expected - 1}");
        }

        var intact = AuditHash.Compute(record) == record.Hash;
        var linked = record.PreviousHash == (previous?.Hash ?? AuditHash.Genesis);
        return (intact, linked) switch
        {
            (true, true) => null,
            (false, true) => Broken(AuditBreak.Modified, record,
                $"record {name} was modified: its hash does not match its contents"),
            (true, false) => Broken(AuditBreak.BrokenLink, record,
                $"record {name} does not link to record {expected - 1}: a record was removed or the chain rewritten"),
            (false, false) => Broken(AuditBreak.Reordered, record,
                $"record {name} is out of place: records were reordered or replaced"),
        };
    }

    /// <summary>Records before a chain's first MAC predate the key (the MACs after them cover them through the chain).</summary>
    private static AuditVerification? CheckMac(AuditRecord record, AuditKey? key, Chain chain)
    {
        if (key is null)
        {
            return null;
        }
        if (record.Mac is null)
        {
            return chain.KeyedFrom == 0 ? null : Broken(AuditBreak.Forged, record,
                $"record {Name(record)} has no MAC but follows keyed record {chain.KeyedFrom}: it was written without the key");
        }
        if (!key.Verifies(record))
        {
            return Broken(AuditBreak.Forged, record,
                $"record {Name(record)} has a MAC that does not verify: it was written or rewritten without the key");
        }
        if (chain.KeyedFrom == 0)
        {
            chain.KeyedFrom = record.Sequence;
        }
        return null;
    }

    private static AuditVerification? SealProblem(AuditRecord? tail, AuditSeal? seal, AuditKey key, string segment = "")
    {
        var last = tail?.Sequence ?? 0;
        var prefix = segment.Length == 0 ? "" : $"segment {segment}: ";
        if (seal is null)
        {
            return new AuditVerification(0, AuditBreak.BadHead, null,
                $"{prefix}the audit log has no keyed head: it was never opened with this key, or the head was deleted", null) { Segment = segment };
        }
        var problem = AuditChain.Problem(last, tail?.Hash ?? AuditHash.Genesis, seal, key);
        if (problem is null)
        {
            return null;
        }
        var kind = seal.KeyId != key.Id || !key.Verifies(seal) ? AuditBreak.BadHead
            : seal.Sequence > last ? AuditBreak.Truncated
            : seal.Sequence < last ? AuditBreak.Forged
            : AuditBreak.Modified;
        var at = kind == AuditBreak.Truncated ? last + 1 : kind == AuditBreak.Forged ? seal.Sequence + 1 : (long?)null;
        return new AuditVerification(0, kind, at, prefix + problem, null) { Segment = segment };
    }

    /// <summary>
    /// Each writer's segment ends at its keyed head. A segment with records but neither MACs nor a head was written by a
    /// writer without the key (a keyed store adopts a segment written before the key by sealing it on open).
    /// </summary>
    private static AuditVerification? SegmentSealProblem(Dictionary<string, Chain> chains, IReadOnlyDictionary<string, AuditSeal> seals, AuditKey key, Done done)
    {
        foreach (var chain in chains.Values.Where(c => c.Segment.Length > 0))
        {
            seals.TryGetValue(chain.Segment, out var seal);
            if (seal is null && chain.KeyedFrom == 0)
            {
                return done.With(AuditBreak.Forged, 1, chain.Segment,
                    $"segment {chain.Segment} has neither MACs nor a keyed head: it was written without the key");
            }
            if (SealProblem(chain.Tail, seal, key, chain.Segment) is { } problem)
            {
                return done.With(problem.Break, problem.BrokenAt, chain.Segment, problem.Message!);
            }
        }
        foreach (var (segment, seal) in seals.Where(s => !chains.ContainsKey(s.Key)))
        {
            return done.With(AuditBreak.Truncated, 1, segment,
                $"segment {segment}: the keyed head is record {seal.Sequence} but the segment has no records: they were deleted");
        }
        return null;
    }

    /// <summary>Reads the log a second time for the records the anchors name, and reports the first claim that fails.</summary>
    private static async Task<AuditVerification?> AnchorProblemAsync(
        IAuditStore store, Dictionary<(string Segment, long Sequence), List<Claim>> claims, Dictionary<string, Chain> chains, Done done,
        CancellationToken cancellationToken)
    {
        var found = new HashSet<(string, long)>();
        await foreach (var record in store.ReadAuditAsync(afterSequence: long.MinValue, cancellationToken).ConfigureAwait(false))
        {
            if (!claims.TryGetValue((record.Segment, record.Sequence), out var list))
            {
                continue;
            }
            found.Add((record.Segment, record.Sequence));
            if (list.FirstOrDefault(c => c.Hash != record.Hash) is { } wrong)
            {
                return done.With(AuditBreak.BrokenAnchor, record.Sequence, record.Segment,
                    $"the anchor at record {wrong.By} names record {Name(record)} with hash {Short(wrong.Hash)}, but that record's hash is " +
                    $"{Short(record.Hash)}: {SegmentName(record.Segment)} was rewritten after it was anchored, or the anchor was forged");
            }
        }
        foreach (var ((segment, sequence), list) in claims.Where(c => !found.Contains(c.Key)))
        {
            var end = chains.TryGetValue(segment, out var chain) && chain.Tail is { } tail ? $"ends at record {tail.Sequence}" : "has no records";
            return done.With(AuditBreak.BrokenAnchor, sequence, segment,
                $"the anchor at record {list[0].By} names record {AuditAnchor.Name(segment, sequence)}, but {SegmentName(segment)} {end}: " +
                "records were cut from it or deleted");
        }
        return null;
    }

    private static string Name(AuditRecord record) => AuditAnchor.Name(record.Segment, record.Sequence);

    private static string In(string segment) => segment.Length == 0 ? "" : $" in segment {segment}";

    private static string SegmentName(string segment) => segment.Length == 0 ? "the shared chain" : $"segment {segment}";

    private static string Short(string hash) => hash.Length > 12 ? hash[..12] + "…" : hash;

    private static AuditVerification Broken(AuditBreak kind, AuditRecord record, string message) =>
        new(0, kind, record.Sequence, message, null) { Segment = record.Segment };
}
