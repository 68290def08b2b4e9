namespace Airs.Runtime.Detectors;

/// <summary>
/// A provider's key cut into pieces by spaces, a line break or the quotes of adjacent string literals
/// (<c>ghp_vFn5 mLSq …</c>, <c>AIza…⏎    PABx…</c>, <c>'SG.4MLb…'⏎  '.rTSS…'</c>): the pieces are joined when together they
/// make the provider's length (or, for keys of no fixed length, while each piece still looks like key material), so the
/// provider's own rule then reads the whole key.
/// </summary>
internal sealed partial class RevealedText
{
    /// <summary>Prefixes, longest first, and the whole key's length (0: no fixed length).</summary>
    private static readonly (string Prefix, int Length)[] KeyPrefixes =
    [
        ("github_pat_", 93), ("dop_v1_", 71), ("doo_v1_", 71), ("dor_v1_", 71), ("sk-proj-", 0), ("sk-ant-", 0), ("GOCSPX-", 35),
        ("glpat-", 26), ("xoxb-", 0), ("xoxp-", 0), ("sk_live_", 0), ("rk_live_", 0), ("ghp_", 40), ("gho_", 40), ("ghu_", 40),
        ("ghs_", 40), ("ghr_", 40), ("npm_", 40), ("AIza", 39), ("hf_", 37), ("SG.", 69), ("eyJ", 0),
    ];

    /// <summary>
    /// Whether a key prefix is followed by a piece and a gap that <see cref="JoinKeyPieces"/> may close: the cheap check
    /// before it. Every occurrence inside one run of key characters ends where the run ends, so the search goes on from
    /// there: a text of one prefix repeated (<c>eyJeyJ…</c>) is read once per prefix, not once per occurrence to its end
    /// (32 KB of it took 0.34 s, 128 KB 5.4 s).
    /// </summary>
    public static bool MayJoinKeyPieces(ReadOnlySpan<char> text)
    {
        foreach (var (prefix, _) in KeyPrefixes)
        {
            var from = 0;
            while (text[from..].IndexOf(prefix, StringComparison.Ordinal) is var next and >= 0)
            {
                var end = from + next + prefix.Length;
                while (end < text.Length && IsKeyChar(text[end]))
                {
                    end++;
                }
                if (end + 1 < text.Length && text[end] is ' ' or '\t' or '\r' or '\n' or '\'' or '"')
                {
                    return true;
                }
                from = end;
            }
        }
        return false;
    }

    private static Mapped JoinKeyPieces(Mapped src)
    {
        if (!MayJoinKeyPieces(src.Span))
        {
            return src; // a few vectorised searches, where trying every prefix at every word took most of the secrets' view
        }
        Mapped? dst = null;
        var copied = 0;
        Span<Range> gaps = stackalloc Range[24];
        for (var i = 0; i < src.Count; i++)
        {
            if (i > 0 && IsKeyChar(src.Chars[i - 1]))
            {
                continue;
            }
            var (prefix, length) = KeyPrefixAt(src, i);
            if (prefix == 0)
            {
                continue;
            }
            var n = KeyGaps(src, i, prefix, length, gaps, out var end);
            if (n == 0)
            {
                continue;
            }
            dst ??= new Mapped(src.Count);
            dst.CopyFrom(src, copied, i);
            var at = i;
            foreach (var gap in gaps[..n])
            {
                dst.CopyFrom(src, at, gap.Start.Value);
                at = gap.End.Value;
            }
            dst.CopyFrom(src, at, end);
            copied = i = end;
        }
        if (dst is null)
        {
            return src;
        }
        dst.CopyFrom(src, copied, src.Count);
        return dst;
    }

    private static (int Prefix, int Length) KeyPrefixAt(Mapped m, int i)
    {
        var rest = m.Chars.AsSpan(i, m.Count - i);
        foreach (var (prefix, length) in KeyPrefixes)
        {
            if (rest.StartsWith(prefix, StringComparison.Ordinal))
            {
                return (prefix.Length, length);
            }
        }
        return (0, 0);
    }

    /// <summary>
    /// The gaps to drop between the pieces of the key at <paramref name="start"/>, or 0 when nothing is to be joined: a
    /// fixed-length key must come out at its length exactly; a key of no fixed length takes pieces while each has a
    /// digit, two capitals, or an underscore or hyphen (never a plain word), and a token (<c>eyJ…</c>) only across a dot.
    /// </summary>
    private static int KeyGaps(Mapped m, int start, int prefix, int length, Span<Range> gaps, out int end)
    {
        var isJwt = prefix == 3 && m.Chars[start] == 'e';
        end = KeyCharsEnd(m, start + prefix);
        var total = end - start;
        var n = 0;
        while (n < gaps.Length && (length == 0 || total < length))
        {
            var gapEnd = end;
            var quote = gapEnd < m.Count && m.Chars[gapEnd] is '\'' or '"' ? m.Chars[gapEnd++] : '\0';
            var breaks = 0;
            while (gapEnd < m.Count && gapEnd - end < 16 && m.Chars[gapEnd] is ' ' or '\t' or '\r' or '\n')
            {
                breaks += m.Chars[gapEnd++] == '\n' ? 1 : 0;
            }
            if (quote != '\0' && (gapEnd >= m.Count || m.Chars[gapEnd++] != quote))
            {
                break;
            }
            var pieceEnd = KeyCharsEnd(m, gapEnd);
            var piece = m.Chars.AsSpan(gapEnd, pieceEnd - gapEnd);
            var joinsAcrossDot = m.Chars[end - 1] == '.' || (piece.Length > 0 && piece[0] == '.');
            var fits = length > 0 ? total + piece.Length <= length && piece.Length >= 3
                : piece.Length >= 4 && LooksLikeKeyPiece(piece) && (!isJwt || joinsAcrossDot);
            if (gapEnd == end || breaks > 1 || !fits)
            {
                break;
            }
            gaps[n++] = end..gapEnd;
            total += piece.Length;
            end = pieceEnd;
        }
        var whole = length == 0 || total == length;
        return whole && (end >= m.Count || !IsKeyChar(m.Chars[end])) ? n : 0;
    }

    private static bool LooksLikeKeyPiece(ReadOnlySpan<char> piece)
    {
        var capitals = 0;
        foreach (var c in piece)
        {
            if (char.IsAsciiDigit(c) || c is '_' or '-')
            {
                return true;
            }
            capitals += char.IsAsciiLetterUpper(c) ? 1 : 0;
        }
        return capitals >= 2;
    }

    private static int KeyCharsEnd(Mapped m, int i)
    {
        while (i < m.Count && IsKeyChar(m.Chars[i]))
        {
            i++;
        }
        return i;
    }

    private static bool IsKeyChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.';
}
