namespace Airs.Compiler.Diagnostics;

/// <summary>
/// Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), for "did you mean": the
/// compiler attaches suggestions to its diagnostics, and the language server offers them as quick fixes.
/// </summary>
public static class EditDistance
{
    public static int Between(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }
        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }
        return d[a.Length, b.Length];
    }

    /// <summary>The candidates close enough to <paramref name="written"/> to be what was meant, closest first (at most three).</summary>
    public static IReadOnlyList<string> Suggest(string written, IEnumerable<string> candidates)
    {
        var limit = Math.Max(2, written.Length / 3);
        return [.. candidates.Distinct(StringComparer.Ordinal)
            // The distance is at least the difference in length: skipping those keeps a huge name cheap.
            .Where(c => c != written && Math.Abs(c.Length - written.Length) <= limit)
            .Select(c => (Candidate: c, Distance: Between(written, c)))
            .Where(c => c.Distance <= limit)
            .OrderBy(c => c.Distance).ThenBy(c => c.Candidate, StringComparer.Ordinal)
            .Take(3)
            .Select(c => c.Candidate)];
    }
}
