using System.Runtime.CompilerServices;

namespace Airs.Runtime.Detectors;

/// <summary>
/// The tokens <see cref="InjectionFeatures"/> reads: runs of letters and digits, each with the FNV-1a hash of its
/// lower-cased characters and of its first <see cref="InjectionConcepts.StemChars"/>, and what the separators before
/// it say (a sentence opens or ends, a line opens). One call per token, not inlined: alone, the per-character loops
/// keep their state in registers; inside the token loop the hash lived in a stack slot. ASCII goes through a table and
/// no call; a text with other characters is read by the general loop, with the same results.
/// </summary>
internal static class TokenReader
{
    /// <summary>The character is a letter or a digit.</summary>
    public const int WordFlag = 1;

    /// <summary>A sentence opens after it: <c>. ! ? \n : &gt; "</c>.</summary>
    public const int SentenceStartFlag = 2;

    /// <summary>A sentence ends at it: <c>. ! ? \n</c>.</summary>
    public const int SentenceEndFlag = 4;

    /// <summary>A line opens after it.</summary>
    public const int LineStartFlag = 8;

    private static readonly byte[] AsciiFlags = BuildFlags();

    /// <summary>
    /// The next token at or after <paramref name="from"/>: returns its start (-1 when there is none) and gives its
    /// <paramref name="end"/>, hashes, and the flags of the separators between <paramref name="from"/> and it.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int Next(ReadOnlySpan<char> view, int from, out int separators, out int end, out uint hash, out uint stem)
    {
        var flags = AsciiFlags;
        var seen = 0;
        var i = from;
        while (true)
        {
            if ((uint)i >= (uint)view.Length)
            {
                (separators, end, hash, stem) = (seen, i, 0, 0);
                return -1;
            }
            var c = view[i];
            if (c >= 0x80)
            {
                return NextBeyondAscii(view, from, out separators, out end, out hash, out stem);
            }
            var f = flags[c];
            if ((f & WordFlag) != 0)
            {
                break;
            }
            seen |= f;
            i++;
        }
        var start = i;
        var h = InjectionFeatures.FnvBasis;
        var s = InjectionFeatures.FnvBasis;
        for (; (uint)i < (uint)view.Length; i++)
        {
            var c = view[i];
            if (c >= 0x80)
            {
                return NextBeyondAscii(view, from, out separators, out end, out hash, out stem);
            }
            if ((flags[c] & WordFlag) == 0)
            {
                break;
            }
            // Lower-case letters and digits already have the 0x20 bit, so this lower-cases ASCII alone.
            h = (h ^ (uint)(c | 0x20)) * InjectionFeatures.FnvPrime;
            if (i - start == InjectionConcepts.StemChars - 1)
            {
                s = h;
            }
        }
        (separators, end, hash, stem) = (seen, i, h, s);
        return start;
    }

    /// <summary><see cref="Next"/> for text with characters beyond ASCII (normalised text), from <paramref name="from"/> again.</summary>
    private static int NextBeyondAscii(ReadOnlySpan<char> view, int from, out int separators, out int end, out uint hash, out uint stem)
    {
        var seen = 0;
        var i = from;
        while (i < view.Length && !IsWordChar(view[i]))
        {
            seen |= view[i] < 0x80 ? AsciiFlags[view[i]] : 0;
            i++;
        }
        separators = seen;
        if (i == view.Length)
        {
            (end, hash, stem) = (i, 0, 0);
            return -1;
        }
        var start = i;
        var h = InjectionFeatures.FnvBasis;
        var s = InjectionFeatures.FnvBasis;
        while (i < view.Length && IsWordChar(view[i]))
        {
            h = (h ^ (char.IsAsciiLetterUpper(view[i]) ? (char)(view[i] | 0x20) : view[i])) * InjectionFeatures.FnvPrime;
            i++;
            if (i - start == InjectionConcepts.StemChars)
            {
                s = h;
            }
        }
        (end, hash, stem) = (i, h, s);
        return start;
    }

    private static bool IsWordChar(char c) => c < 0x80 ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c);

    private static byte[] BuildFlags()
    {
        var flags = new byte[0x80];
        for (var c = (char)0; c < 0x80; c++)
        {
            flags[c] = (byte)((char.IsAsciiLetterOrDigit(c) ? WordFlag : 0)
                | (c is '.' or '!' or '?' or '\n' or ':' or '>' or '"' ? SentenceStartFlag : 0)
                | (c is '.' or '!' or '?' or '\n' ? SentenceEndFlag : 0)
                | (c == '\n' ? LineStartFlag : 0));
        }
        return flags;
    }
}
