using System.Collections.Immutable;
using System.Text;

namespace Airs.Runtime.Decisions;

/// <summary>Merging and applying redactions.</summary>
public static class RedactionSet
{
    /// <summary>
    /// Sorts by field then start and merges overlapping or touching spans of the same field into
    /// their union. A merged span keeps the replacement of the span that starts first (on a tie,
    /// the one given first), so the result does not depend on evaluation order beyond that rule.
    /// </summary>
    public static ImmutableArray<Redaction> Merge(IReadOnlyList<Redaction> redactions)
    {
        if (redactions.Count == 0)
        {
            return [];
        }
        if (redactions.Count == 1)
        {
            // The common case (one detector match): nothing to sort or merge, and no LINQ pipeline to allocate.
            return redactions[0].Length > 0 ? [redactions[0]] : [];
        }
        var ordered = redactions
            .Select((r, i) => (r, i))
            .Where(x => x.r.Length > 0)
            .OrderBy(x => x.r.Field, StringComparer.Ordinal)
            .ThenBy(x => x.r.Start)
            .ThenBy(x => x.i)
            .Select(x => x.r);
        var merged = ImmutableArray.CreateBuilder<Redaction>();
        Redaction? current = null;
        foreach (var r in ordered)
        {
            if (current is not null && current.Field == r.Field && r.Start <= current.Start + current.Length)
            {
                var end = Math.Max(current.Start + current.Length, r.Start + r.Length);
                current = current with { Length = end - current.Start };
            }
            else
            {
                if (current is not null)
                {
                    merged.Add(current);
                }
                current = r;
            }
        }
        if (current is not null)
        {
            merged.Add(current);
        }
        return merged.ToImmutable();
    }

    /// <summary>Applies the merged redactions of one field to its text.</summary>
    public static string Apply(string text, string field, ImmutableArray<Redaction> merged)
    {
        var builder = new StringBuilder(text.Length);
        var position = 0;
        foreach (var r in merged)
        {
            if (r.Field != field || r.Start < position || r.Start > text.Length)
            {
                continue;
            }
            var length = Math.Min(r.Length, text.Length - r.Start);
            builder.Append(text, position, r.Start - position).Append(r.Replacement);
            position = r.Start + length;
        }
        return builder.Append(text, position, text.Length - position).ToString();
    }
}
