using System.Text.RegularExpressions;

namespace Airs.Runtime.Detectors;

/// <summary>
/// Helpers for running a detector's regex on a small window instead of the whole text. A window gives the same matches
/// as the whole text when no match can cross its edges: either the edges sit on characters the pattern cannot consume
/// (a segment), or the window starts at a candidate start and is longer than any match from there (an anchored window).
/// </summary>
internal static class RegexWindow
{
    /// <summary>
    /// The length of the match that starts exactly at <paramref name="start"/>, searching <c>text[start..end]</c>;
    /// 0 when the first match starts later or there is none. For patterns without anchors or lookarounds.
    /// </summary>
    public static int MatchLengthAt(Regex regex, string text, int start, int end)
    {
        foreach (var m in regex.EnumerateMatches(text.AsSpan(start, end - start)))
        {
            return m.Index == 0 ? m.Length : 0;
        }
        return 0;
    }

    /// <summary>ASCII case-insensitive comparison at an index, false when the text is too short.</summary>
    public static bool HasAt(ReadOnlySpan<char> text, int index, string literal) =>
        index >= 0 && index + literal.Length <= text.Length && text.Slice(index, literal.Length).Equals(literal, StringComparison.OrdinalIgnoreCase);

    /// <summary>Ordinal comparison at an index, false when the text is too short.</summary>
    public static bool HasOrdinalAt(ReadOnlySpan<char> text, int index, string literal) =>
        index >= 0 && index + literal.Length <= text.Length && text.Slice(index, literal.Length).SequenceEqual(literal);
}
