using System.Text;

namespace Airs.Runtime.Detectors;

/// <summary>Receives the features of a text token by token: <see cref="Token"/> opens a token, its features follow.</summary>
internal interface IFeatureSink
{
    void Token(int start, int end);

    void Feature(int bucket);
}

/// <summary>
/// Hashed features of a text for the learned injection scorer, shared by training (bench/Airs.Quality) and scoring,
/// so the two cannot disagree. A token is a run of letters and digits, lower-cased; each gives its word, the bigram
/// with the token before it, and, for tokens of four or more characters, the character 4-grams of the token padded with boundary marks. Plain ASCII is read
/// as it is; any other text goes through <see cref="NormalizedText"/> first (look-alikes, full-width, invisible
/// characters), and token spans are mapped back to the original. Texts longer than two segments are read as their
/// first and last <see cref="SegmentChars"/> characters: the cost per call is bounded and the end of a long document,
/// where injections are often appended, is still read. Nothing here allocates for ASCII text.
/// </summary>
internal static class InjectionFeatures
{
    public const int Bits = 16;

    public const int Buckets = 1 << Bits;

    public const int SegmentChars = 8192;

    /// <summary>Shorter tokens (the, and, you) give no 4-grams: their word feature already says all, and they are half the tokens of prose.</summary>
    private const int MinGramChars = 4;

    /// <summary>Longer tokens (base64 runs, hashes) give their word feature but 4-grams of their first characters only.</summary>
    private const int MaxGramChars = 24;

    private const ulong UnigramKey = 0x9E3779B97F4A7C15UL;
    private const ulong BigramKey = 0xC2B2AE3D27D4EB4FUL;
    private const ulong GramKey = 0x165667B19E3779F9UL;
    private const ulong RuleKey = 0xD6E8FEB86659FD93UL;
    private const uint FnvBasis = 2166136261;
    private const uint FnvPrime = 16777619;

    public static void Extract<TSink>(string text, ref TSink sink)
        where TSink : struct, IFeatureSink
    {
        if (text.Length <= 2 * SegmentChars)
        {
            Segment(text, 0, text.Length, ref sink);
            return;
        }
        Segment(text, 0, SegmentChars, ref sink);
        Segment(text, text.Length - SegmentChars, SegmentChars, ref sink);
    }

    /// <summary>The bucket of a piece of rule evidence: its label without the +reversed/+base64 suffix.</summary>
    public static int RuleBucket(string label)
    {
        var plus = label.IndexOf('+');
        var name = plus < 0 ? label.AsSpan() : label.AsSpan(0, plus);
        var h = FnvBasis;
        foreach (var c in name)
        {
            h = (h ^ c) * FnvPrime;
        }
        return Bucket(h, RuleKey);
    }

    /// <summary>The bucket every piece of rule evidence also adds to, whatever its label.</summary>
    public static readonly int AnyRuleBucket = Bucket(0xA1B2C3D4, RuleKey);

    private static void Segment<TSink>(string text, int offset, int length, ref TSink sink)
        where TSink : struct, IFeatureSink
    {
        var span = text.AsSpan(offset, length);
        if (Ascii.IsValid(span))
        {
            Tokens(span, null, offset, ref sink);
            return;
        }
        using var normalized = NormalizedText.Create(span);
        Tokens(normalized.Span, normalized, offset, ref sink);
    }

    private static void Tokens<TSink>(ReadOnlySpan<char> view, NormalizedText? map, int offset, ref TSink sink)
        where TSink : struct, IFeatureSink
    {
        var previous = FnvBasis;
        var i = 0;
        while (i < view.Length)
        {
            if (!IsWordChar(view[i]))
            {
                i++;
                continue;
            }
            var start = i;
            var h = FnvBasis;
            while (i < view.Length && IsWordChar(view[i]))
            {
                h = (h ^ Lower(view[i])) * FnvPrime;
                i++;
            }
            if (map is null)
            {
                sink.Token(offset + start, offset + i);
            }
            else
            {
                var (s, l) = map.ToOriginal(start, i - start);
                sink.Token(offset + s, offset + s + l);
            }
            sink.Feature(Bucket(h, UnigramKey));
            sink.Feature(Bucket(((ulong)previous << 32) | h, BigramKey));
            Grams(view[start..Math.Min(i, start + MaxGramChars)], ref sink);
            previous = h;
        }
    }

    /// <summary>The 4-grams of ^token$, four 16-bit characters packed in one word and hashed by one multiply.</summary>
    private static void Grams<TSink>(ReadOnlySpan<char> token, ref TSink sink)
        where TSink : struct, IFeatureSink
    {
        if (token.Length < MinGramChars)
        {
            return;
        }
        ulong packed = '^';
        for (var k = 0; k <= token.Length; k++)
        {
            var c = k < token.Length ? Lower(token[k]) : '$';
            packed = (packed << 16) | c;
            if (k >= 2)
            {
                sink.Feature(Bucket(packed, GramKey));
            }
        }
    }

    private static int Bucket(ulong value, ulong key) => (int)((value * key) >> (64 - Bits));

    private static bool IsWordChar(char c) => c < 0x80 ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c);

    private static char Lower(char c) => char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
}
