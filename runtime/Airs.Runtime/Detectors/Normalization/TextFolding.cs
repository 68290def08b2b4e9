using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace Airs.Runtime.Detectors;

/// <summary>
/// The character-level folding every detector shares (injection through <see cref="NormalizedText"/>, PII and secrets
/// through <see cref="RevealedText"/>): invisible characters are dropped and compatibility forms (full-width,
/// mathematical, ligatures, accented Latin) become ASCII. Case is kept; the injection view lower-cases afterwards.
/// </summary>
internal static class TextFolding
{
    private static readonly ConcurrentDictionary<int, string> FoldCache = new();

    /// <summary>U+0000–U+007F (a search, not a range: <c>IndexOfAnyExceptInRange</c> allocated until tiered up).</summary>
    private static readonly SearchValues<char> AsciiCharacters = CharsWhere(char.IsAscii);

    /// <summary>How many characters at the start of <paramref name="text"/> are ASCII.</summary>
    public static int AsciiPrefixLength(ReadOnlySpan<char> text) => text.IndexOfAnyExcept(AsciiCharacters) is var length and >= 0 ? length : text.Length;

    /// <summary>Every character a predicate accepts, as one search: the predicate stays the one definition.</summary>
    public static SearchValues<char> CharsWhere(Func<char, bool> accepts) =>
        SearchValues.Create(string.Concat(Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(accepts)));

    /// <summary>Latin-1, Latin Extended-A and -B (U+00C0–U+024F), then Latin Extended Additional (U+1E00–U+1EFF).</summary>
    private static readonly char[] LatinLetters = [.. Enumerable.Range(0xC0, 0x250 - 0xC0).Concat(Enumerable.Range(0x1E00, 0x100)).Select(c => AsciiLetterOfFolding((char)c))];

    /// <summary>
    /// A Latin letter with marks (é, Ç, ű, ạ) as the one ASCII letter <see cref="NormalizedText"/> folds it to, or '\0':
    /// for any other character, and for Latin look-alikes the normaliser reads per word (ı).
    /// </summary>
    public static char AsciiLetterOf(char c) =>
        c is >= '\u00C0' and < '\u0250' ? LatinLetters[c - 0xC0]
        : c is >= '\u1E00' and <= '\u1EFF' ? LatinLetters[c - 0x1E00 + (0x250 - 0xC0)] : '\0';

    private static char AsciiLetterOfFolding(char c)
    {
        if (!char.IsLetter(c) || Confusables.TryFold(char.ToLowerInvariant(c), out _, out _))
        {
            return '\0';
        }
        return FoldCompatibility(new Rune(c)) is [var letter] && char.IsAsciiLetter(letter) ? letter : '\0';
    }

    /// <summary>Zero-width and bidi controls, soft hyphen, other format characters, variation selectors and enclosing marks (the keycap of 6️⃣): they render as nothing or as a frame.</summary>
    public static bool IsInvisible(Rune rune, UnicodeCategory category) =>
        category is UnicodeCategory.Format or UnicodeCategory.EnclosingMark || rune.Value is >= 0xFE00 and <= 0xFE0F;

    /// <summary>Compatibility decomposition without accents when the result is plain ASCII (ｉ, 𝐢, ﬁ, é, ＠ → i, i, fi, e, @); empty otherwise.</summary>
    public static string FoldCompatibility(Rune rune)
    {
        var v = rune.Value;
        var candidate = v < 0x0250 || v is >= 0x1D00 and <= 0x1EFF || v is >= 0x2100 and <= 0x24FF || v is >= 0xFB00 and <= 0xFB06
            || v is >= 0xFF00 and <= 0xFFEF || v is >= 0x1D400 and <= 0x1D7FF || v is >= 0x1F100 and <= 0x1F1FF;
        if (!candidate)
        {
            return "";
        }
        return FoldCache.GetOrAdd(v, static value =>
        {
            var decomposed = new Rune(value).ToString().Normalize(NormalizationForm.FormKD);
            var sb = new StringBuilder(decomposed.Length);
            foreach (var ch in decomposed)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
                {
                    continue;
                }
                if (ch >= 0x80)
                {
                    return "";
                }
                sb.Append(ch);
            }
            return sb.ToString();
        });
    }
}
