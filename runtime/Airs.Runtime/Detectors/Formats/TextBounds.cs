namespace Airs.Runtime.Detectors;

/// <summary>Token-boundary checks that NonBacktracking regexes cannot express (no lookarounds).</summary>
internal static class TextBounds
{
    public static bool IsAsciiAlnum(char c) => char.IsAsciiLetterOrDigit(c);

    /// <summary>
    /// True when the span is not glued to a letter or digit on either side. A letter of a script written without spaces
    /// between words (Chinese, Japanese kana, Korean particles, Thai) does not glue: <c>手机号是132-0651-9046，</c>,
    /// <c>010-8682-1363이고</c> stand alone there.
    /// </summary>
    public static bool IsStandalone(ReadOnlySpan<char> text, int start, int end) =>
        (start == 0 || !Glues(text[start - 1])) && (end >= text.Length || !Glues(text[end]));

    private static bool Glues(char c) => c < '\u0E00' ? char.IsLetterOrDigit(c) : char.IsLetterOrDigit(c) && !IsSpacelessScript(c);

    /// <summary>Thai, Lao, kana, CJK ideographs and Hangul syllables: scripts whose words a number is written against without a space.</summary>
    private static bool IsSpacelessScript(char c) =>
        c is >= '\u0E00' and <= '\u0EFF' or >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF'
            or >= '\uAC00' and <= '\uD7AF' or >= '\uF900' and <= '\uFAFF';

    /// <summary>
    /// A number is standalone when no digit or digit-joining separator continues it on either side. A comma joins only
    /// as a thousands separator (three digits on its far side, <c>1,234</c>): in a CSV row or a list
    /// (<c>4111111111111111,09/27</c>, <c>T310,292-06-2098</c>) it separates fields.
    /// </summary>
    public static bool IsStandaloneNumber(ReadOnlySpan<char> text, int start, int end)
    {
        if (!IsStandalone(text, start, end))
        {
            return false;
        }
        if (start >= 2 && IsJoiner(text[start - 1]) && char.IsAsciiDigit(text[start - 2]) && (text[start - 1] != ',' || ThreeDigits(text, start)))
        {
            return false;
        }
        return !(end + 1 < text.Length && IsJoiner(text[end]) && char.IsAsciiDigit(text[end + 1]) && (text[end] != ',' || ThreeDigits(text, end + 1)));
    }

    /// <summary>Exactly three digits from <paramref name="at"/>, not opening a hyphen or slash group (<c>017-69-3082</c>): a thousands group.</summary>
    private static bool ThreeDigits(ReadOnlySpan<char> text, int at) =>
        at + 3 <= text.Length && char.IsAsciiDigit(text[at]) && char.IsAsciiDigit(text[at + 1]) && char.IsAsciiDigit(text[at + 2])
        && (at + 3 == text.Length || !(char.IsAsciiDigit(text[at + 3]) || text[at + 3] is '-' or '/'));

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
