using System.Collections.Immutable;

namespace Airs.Runtime.Detectors;

/// <summary>
/// Matches kept sorted by start and never overlapping: a candidate that overlaps one already kept is dropped,
/// so adding in priority order resolves conflicts (a card number is not also a phone number).
/// Allocates nothing until the first match is kept.
/// </summary>
internal sealed class MatchSet
{
    private List<DetectorMatch>? _matches;

    public int Count => _matches?.Count ?? 0;

    public bool Overlaps(int start, int length)
    {
        if (_matches is null)
        {
            return false;
        }
        var i = LowerBound(start);
        // The previous match may reach into this span; the next one may start inside it.
        return (i > 0 && _matches[i - 1].End > start) || (i < _matches.Count && _matches[i].Start < start + length);
    }

    public bool TryAdd(DetectorMatch match)
    {
        if (match.Length <= 0 || Overlaps(match.Start, match.Length))
        {
            return false;
        }
        _matches ??= [];
        _matches.Insert(LowerBound(match.Start), match);
        return true;
    }

    /// <summary>
    /// The plain matches with those found in a revealed view of the text added. A revealed match that covers plain ones
    /// whole replaces them (the token behind an invisible character is longer than the part before it); one that only
    /// overlaps a plain match is dropped.
    /// </summary>
    public static ImmutableArray<DetectorMatch> Merge(ImmutableArray<DetectorMatch> plain, List<DetectorMatch> revealed)
    {
        var merged = new MatchSet();
        foreach (var r in revealed)
        {
            if (plain.All(p => p.End <= r.Start || p.Start >= r.End || (p.Start >= r.Start && p.End <= r.End)))
            {
                merged.TryAdd(r);
            }
        }
        if (merged.Count == 0)
        {
            return plain;
        }
        foreach (var p in plain)
        {
            merged.TryAdd(p);
        }
        return merged.ToImmutable();
    }

    public ImmutableArray<DetectorMatch> ToImmutable(Func<DetectorMatch, bool>? keep = null)
    {
        if (_matches is null)
        {
            return ImmutableArray<DetectorMatch>.Empty;
        }
        var builder = ImmutableArray.CreateBuilder<DetectorMatch>(_matches.Count);
        foreach (var m in _matches)
        {
            if (keep is null || keep(m))
            {
                builder.Add(m);
            }
        }
        return builder.Count == 0 ? ImmutableArray<DetectorMatch>.Empty : builder.ToImmutable();
    }

    private int LowerBound(int start)
    {
        int lo = 0, hi = _matches!.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_matches[mid].Start < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }
}
