namespace Airs.Runtime.Detectors;

/// <summary>Token-boundary checks that NonBacktracking regexes cannot express (no lookarounds).</summary>
internal static class TextBounds
{
    public static bool IsAsciiAlnum(char c) => char.IsAsciiLetterOrDigit(c);

    /// <summary>True when the span is not glued to a letter or digit on either side.</summary>
    public static bool IsStandalone(ReadOnlySpan<char> text, int start, int end) =>
        (start == 0 || !char.IsLetterOrDigit(text[start - 1])) && (end >= text.Length || !char.IsLetterOrDigit(text[end]));

    /// <summary>A number is standalone when no digit or digit-joining separator continues it on either side.</summary>
    public static bool IsStandaloneNumber(ReadOnlySpan<char> text, int start, int end)
    {
        if (!IsStandalone(text, start, end))
        {
            return false;
        }
        if (start >= 2 && IsJoiner(text[start - 1]) && char.IsAsciiDigit(text[start - 2]))
        {
            return false;
        }
        return !(end + 1 < text.Length && IsJoiner(text[end]) && char.IsAsciiDigit(text[end + 1]));
    }

    public static int CountDigits(ReadOnlySpan<char> s)
    {
        var n = 0;
        foreach (var c in s)
        {
            if (char.IsAsciiDigit(c))
            {
                n++;
            }
        }
        return n;
    }

    private static bool IsJoiner(char c) => c is '-' or '.' or '/' or ',';
}
