using System.Buffers;
using System.Globalization;
using System.Text;

namespace Airs.Runtime.Detectors;

/// <summary>
/// The text as injection rules see it, with a map back to the original: every normalised character knows the
/// original range it came from, so evidence spans point into the text the caller passed.
/// Steps, in order: drop zero-width, bidi and other format characters; NFKC/NFKD compatibility folding of Latin-like
/// letters (full-width, mathematical, ligatures, accents); lower case; confusable folding in mixed-script words;
/// leetspeak folding in words that mix letters and digits; dropping punctuation inserted inside words; joining
/// letters spread out by spaces; squeezing runs of whitespace. The character steps (invisible characters, compatibility
/// forms) are <see cref="TextFolding"/>, shared with PII and secrets. Buffers come from <see cref="ArrayPool{T}"/>.
/// </summary>
internal sealed class NormalizedText : IDisposable
{
    private char[] _chars;
    private int[] _starts;
    private int[] _ends;
    private char[] _alt = [];

    /// <summary>Whether <see cref="Fold"/> emitted a look-alike: only then has <see cref="FoldConfusableWords"/> anything to decide.</summary>
    private bool _anyConfusable;

    public int Length { get; private set; }

    public ReadOnlySpan<char> Span => _chars.AsSpan(0, Length);

    private NormalizedText(int capacity)
    {
        _chars = ArrayPool<char>.Shared.Rent(capacity);
        _starts = ArrayPool<int>.Shared.Rent(capacity);
        _ends = ArrayPool<int>.Shared.Rent(capacity);
    }

    /// <summary>The original range of normalised characters [start, start + length).</summary>
    public (int Start, int Length) ToOriginal(int start, int length)
    {
        var s = _starts[start];
        var e = _ends[start + length - 1];
        // Reversed text maps each character's end to its start, so the range may come out backwards.
        return e >= s ? (s, e - s) : (e, s - e);
    }

    public static NormalizedText Create(ReadOnlySpan<char> text)
    {
        var n = new NormalizedText(text.Length + 16);
        n._alt = ArrayPool<char>.Shared.Rent(n._chars.Length);
        try
        {
            n.Fold(text);
            if (n._anyConfusable)
            {
                n.FoldConfusableWords(n._alt);
            }
            n.FoldLeetspeak();
            n.DropInsertedPunctuation();
            n.JoinSpacedLetters();
            n.SqueezeWhitespace();
        }
        finally
        {
            ArrayPool<char>.Shared.Return(n._alt);
            n._alt = [];
        }
        return n;
    }

    /// <summary>
    /// How many letters of this view stand for ASCII text it spells differently: letters joined to the one before
    /// them across spaces, and leetspeak digits read as letters in a word that keeps at least one plain letter for
    /// every two digits (<c>1gn0r3</c>, <c>5y573m</c>; not an order number or a time stamp the normaliser also folds).
    /// Case, leetspeak symbols (<c>@</c>, <c>|</c>, <c>$</c>: addresses and tables), marks dropped inside a word
    /// (<c>don't</c>, <c>e-mail</c>) and text beyond ASCII (which the learned scorer normalises itself) do not count.
    /// </summary>
    public int RewrittenLetters(ReadOnlySpan<char> original)
    {
        int count = 0, plain = 0, digits = 0;
        for (var i = 0; i <= Length; i++)
        {
            if (i == Length || !char.IsAsciiLetter(_chars[i]))
            {
                // A word ends: its leetspeak digits count when plain letters carry it.
                count += digits <= 2 * plain ? digits : 0;
                (plain, digits) = (0, 0);
                continue;
            }
            var o = original[_starts[i]];
            if (o >= 0x80)
            {
                continue;
            }
            if (i > 0 && char.IsAsciiLetter(_chars[i - 1]) && _starts[i] > _ends[i - 1] && original[_ends[i - 1].._starts[i]].ContainsAny(' ', '\t'))
            {
                count++;
            }
            else if (char.IsAsciiDigit(o))
            {
                digits++;
            }
            else if ((char)(o | 0x20) == _chars[i])
            {
                plain++;
            }
        }
        return count;
    }

    /// <summary>The same text read backwards, for payloads written in reverse.</summary>
    public NormalizedText Reversed()
    {
        var r = new NormalizedText(Length + 1);
        for (var i = 0; i < Length; i++)
        {
            var j = Length - 1 - i;
            r._chars[i] = _chars[j];
            r._starts[i] = _ends[j];
            r._ends[i] = _starts[j];
        }
        r.Length = Length;
        return r;
    }

    /// <summary>The same text with its ASCII letters rotated by 13 (<see cref="Rot13"/>), each character where it was.</summary>
    public NormalizedText Rotated13()
    {
        var r = new NormalizedText(Length + 1);
        for (var i = 0; i < Length; i++)
        {
            r._chars[i] = Rot13.Rotate(_chars[i]);
        }
        _starts.AsSpan(0, Length).CopyTo(r._starts);
        _ends.AsSpan(0, Length).CopyTo(r._ends);
        r.Length = Length;
        return r;
    }

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(_chars);
        ArrayPool<int>.Shared.Return(_starts);
        ArrayPool<int>.Shared.Return(_ends);
        _chars = [];
        _starts = [];
        _ends = [];
        Length = 0;
    }

    private void Emit(char c, int start, int end, char original = '\0')
    {
        if (Length == _chars.Length || Length == _alt.Length)
        {
            Grow();
        }
        _chars[Length] = c;
        _starts[Length] = start;
        _ends[Length] = end;
        _alt[Length] = original;
        Length++;
    }

    /// <summary>A run of ASCII characters, lower-cased, each mapped to itself.</summary>
    private void EmitAscii(ReadOnlySpan<char> run, int start)
    {
        while (Length + run.Length > _chars.Length || Length + run.Length > _alt.Length)
        {
            Grow();
        }
        Ascii.ToLower(run, _chars.AsSpan(Length), out _);
        for (var k = 0; k < run.Length; k++)
        {
            _starts[Length + k] = start + k;
            _ends[Length + k] = start + k + 1;
        }
        _alt.AsSpan(Length, run.Length).Clear();
        Length += run.Length;
    }

    private void Grow()
    {
        var size = _chars.Length * 2;
        var chars = ArrayPool<char>.Shared.Rent(size);
        var starts = ArrayPool<int>.Shared.Rent(size);
        var ends = ArrayPool<int>.Shared.Rent(size);
        var alt = ArrayPool<char>.Shared.Rent(size);
        _chars.AsSpan(0, Length).CopyTo(chars);
        _starts.AsSpan(0, Length).CopyTo(starts);
        _ends.AsSpan(0, Length).CopyTo(ends);
        _alt.AsSpan(0, Length).CopyTo(alt);
        ArrayPool<char>.Shared.Return(_chars);
        ArrayPool<int>.Shared.Return(_starts);
        ArrayPool<int>.Shared.Return(_ends);
        ArrayPool<char>.Shared.Return(_alt);
        (_chars, _starts, _ends, _alt) = (chars, starts, ends, alt);
    }

    private void Fold(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[2];
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c < 0x80)
            {
                var run = TextFolding.AsciiPrefixLength(text[i..]);
                EmitAscii(text.Slice(i, run), i);
                i += run;
                continue;
            }
            if (TextFolding.AsciiLetterOf(c) is not '\0' and var letter)
            {
                Emit(char.ToLowerInvariant(letter), i, i + 1); // an accented Latin letter, as the general path below folds it
                i++;
                continue;
            }
            if (Rune.DecodeFromUtf16(text[i..], out var rune, out var used) != OperationStatus.Done)
            {
                i += Math.Max(used, 1);
                continue;
            }
            var end = i + used;
            var category = Rune.GetUnicodeCategory(rune);
            if (TextFolding.IsInvisible(rune, category) || (category == UnicodeCategory.NonSpacingMark && Length > 0 && _chars[Length - 1] < 0x80))
            {
                i = end;
                continue;
            }
            if (Rune.IsWhiteSpace(rune))
            {
                Emit(category is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator ? '\n' : ' ', i, end);
                i = end;
                continue;
            }
            var lower = Rune.ToLowerInvariant(rune);
            if (lower.IsBmp && Confusables.TryFold((char)lower.Value, out var latin, out var strong))
            {
                // Keep the original in alt; a later pass decides per word. Weak ones are marked by upper case.
                Emit(strong ? latin : char.ToUpperInvariant(latin), i, end, (char)lower.Value);
                _anyConfusable = true;
                i = end;
                continue;
            }
            var folded = TextFolding.FoldCompatibility(rune);
            if (folded.Length > 0)
            {
                foreach (var f in folded)
                {
                    Emit(char.ToLowerInvariant(f), i, end);
                }
            }
            else
            {
                var written = lower.EncodeToUtf16(buffer);
                for (var k = 0; k < written; k++)
                {
                    Emit(buffer[k], i, end);
                }
            }
            i = end;
        }
    }

    /// <summary>Look-alikes become Latin in words that mix scripts or consist only of strong look-alikes.</summary>
    private void FoldConfusableWords(char[] alt)
    {
        var i = 0;
        while (i < Length)
        {
            if (!char.IsLetter(_chars[i]))
            {
                i++;
                continue;
            }
            var start = i;
            bool latin = false, allStrong = true;
            while (i < Length && char.IsLetter(_chars[i]))
            {
                var isConfusable = alt[i] != '\0';
                latin |= !isConfusable && char.IsAsciiLetter(_chars[i]);
                allStrong &= isConfusable && char.IsAsciiLetterLower(_chars[i]);
                i++;
            }
            var fold = latin || (allStrong && i - start >= 3);
            for (var k = start; k < i; k++)
            {
                if (alt[k] != '\0')
                {
                    _chars[k] = fold ? char.ToLowerInvariant(_chars[k]) : alt[k];
                }
            }
        }
    }

    internal static bool IsLeetDigit(char c) => c is '0' or '1' or '3' or '4' or '5' or '7' or '8';

    internal static bool IsLeetSymbol(char c) => c is '@' or '$' or '!' or '|';

    private static readonly SearchValues<char> LeetChars = TextFolding.CharsWhere(c => IsLeetDigit(c) || IsLeetSymbol(c));

    /// <summary>The letter a leetspeak digit or symbol stands for (the prefilter reads words with the same map).</summary>
    internal static char Leet(char c) => c switch
    {
        '0' => 'o', '1' => 'i', '3' => 'e', '4' => 'a', '5' => 's', '7' => 't', '8' => 'b',
        '@' => 'a', '$' => 's', '!' => 'i', '|' => 'l', _ => c,
    };

    /// <summary>A character of a leetspeak token: an ASCII letter or digit, or a leetspeak symbol (the prefilter reads tokens the same way).</summary>
    internal static bool IsLeetTokenChar(char c) => char.IsAsciiLetterOrDigit(c) || IsLeetSymbol(c);

    /// <summary>
    /// Whether a digit or symbol of a token that mixes letters with leetspeak reads as a letter: a symbol at the edge
    /// of the token (<paramref name="inner"/> false) is punctuation ("now!") unless it is @ or $.
    /// </summary>
    internal static bool ReadsAsLetter(char c, bool inner) => IsLeetDigit(c) || (IsLeetSymbol(c) && (inner || c is '@' or '$'));

    /// <summary>In a token that mixes letters with digits or symbols (1gn0r3, pa$$), those stand for letters.</summary>
    private void FoldLeetspeak()
    {
        // Only a token that holds a leetspeak digit or symbol can change: the search jumps from one to the next.
        var from = 0;
        while (from < Length && Span[from..].IndexOfAny(LeetChars) is var skip and >= 0)
        {
            var start = from + skip;
            while (start > from && IsLeetTokenChar(_chars[start - 1]))
            {
                start--;
            }
            var end = from + skip;
            bool letter = false, leet = false;
            for (var k = start; k < Length && IsLeetTokenChar(_chars[k]); k++, end = k)
            {
                letter |= char.IsAsciiLetter(_chars[k]);
                leet |= IsLeetDigit(_chars[k]) || IsLeetSymbol(_chars[k]);
            }
            if (letter && leet)
            {
                for (var k = start; k < end; k++)
                {
                    if (ReadsAsLetter(_chars[k], inner: k > start && k < end - 1))
                    {
                        _chars[k] = Leet(_chars[k]);
                    }
                }
            }
            from = end;
        }
    }

    /// <summary>Marks dropped between two letters (the prefilter skips the same ones).</summary>
    internal static bool IsInsertable(char c) => c is '.' or '-' or '_' or '*' or '~' or '\'' or '`' or '^' or '+' or '’' or '‘' or '·' or '•' or '/' or '\\';

    private static readonly SearchValues<char> Insertables = TextFolding.CharsWhere(IsInsertable);

    /// <summary>ig.no-re and don't become ignore and dont: one mark between two letters is dropped.</summary>
    private void DropInsertedPunctuation()
    {
        // From one mark to the next; what lies between moves as a block (nowhere, until a mark is dropped).
        int w = 0, r = 0;
        while (r < Length && Span[r..].IndexOfAny(Insertables) is var skip and >= 0)
        {
            MoveRange(r, w, skip);
            (r, w) = (r + skip, w + skip);
            if (w > 0 && char.IsLetter(_chars[w - 1]) && r + 1 < Length && char.IsLetter(_chars[r + 1]))
            {
                r++;
                continue;
            }
            Move(r++, w++);
        }
        MoveRest(r, w);
    }

    /// <summary>"i g n o r e" becomes "ignore": three or more single letters each one separator apart are joined.</summary>
    private void JoinSpacedLetters()
    {
        // Three spaced letters hold two separators two characters apart: only the letter before such a pair can open a
        // run; what lies between moves as a block.
        int w = 0, r = 0;
        while (NextSeparatorPair(r + 1) is var pair and >= 0)
        {
            MoveRange(r, w, pair - 1 - r);
            (w, r) = (w + pair - 1 - r, pair - 1);
            if (IsSingleLetter(r))
            {
                var end = r;
                var count = 1;
                while (end + 2 < Length && _chars[end + 1] is ' ' or '\t' && IsSingleLetter(end + 2))
                {
                    end += 2;
                    count++;
                }
                if (count >= 3)
                {
                    for (var k = r; k <= end; k += 2)
                    {
                        Move(k, w++);
                    }
                    r = end + 1;
                    continue;
                }
            }
            Move(r++, w++);
        }
        MoveRest(r, w);
    }

    /// <summary>The first space or tab at or after <paramref name="from"/> with another two characters after it.</summary>
    private int NextSeparatorPair(int from)
    {
        var view = Span;
        for (var at = from >= view.Length ? -1 : view[from..].IndexOfAny(' ', '\t') is var first and >= 0 ? from + first : -1;
             at >= 0 && at + 2 < view.Length;
             at = view[(at + 1)..].IndexOfAny(' ', '\t') is var next and >= 0 ? at + 1 + next : -1)
        {
            if (view[at + 2] is ' ' or '\t')
            {
                return at;
            }
        }
        return -1;
    }

    private bool IsSingleLetter(int i) =>
        char.IsLetter(_chars[i]) && (i == 0 || !char.IsLetter(_chars[i - 1])) && (i + 1 >= Length || !char.IsLetter(_chars[i + 1]));

    private void SqueezeWhitespace()
    {
        // From one whitespace character to the next; what lies between moves as a block.
        int w = 0, r = 0;
        while (r < Length && Span[r..].IndexOfAny(Whitespace) is var skip and >= 0)
        {
            MoveRange(r, w, skip);
            (r, w) = (r + skip, w + skip);
            var newline = _chars[r] == '\n';
            var start = r;
            while (r + 1 < Length && Whitespace.Contains(_chars[r + 1]))
            {
                newline |= _chars[++r] == '\n';
            }
            _chars[w] = newline ? '\n' : ' ';
            _starts[w] = _starts[start];
            _ends[w] = _ends[r];
            (r, w) = (r + 1, w + 1);
        }
        MoveRest(r, w);
    }

    private static readonly SearchValues<char> Whitespace = SearchValues.Create(" \t\r\n\f\v");

    /// <summary>Ends a compacting pass: the characters from <paramref name="from"/> on move down to <paramref name="to"/>, and the text ends after them.</summary>
    private void MoveRest(int from, int to)
    {
        MoveRange(from, to, Length - from);
        Length = to + Length - from;
    }

    /// <summary>Moves <paramref name="count"/> characters with their ranges down from <paramref name="from"/> to <paramref name="to"/> (≤ from).</summary>
    private void MoveRange(int from, int to, int count)
    {
        if (from != to && count > 0)
        {
            _chars.AsSpan(from, count).CopyTo(_chars.AsSpan(to));
            _starts.AsSpan(from, count).CopyTo(_starts.AsSpan(to));
            _ends.AsSpan(from, count).CopyTo(_ends.AsSpan(to));
        }
    }

    private void Move(int from, int to)
    {
        _chars[to] = _chars[from];
        _starts[to] = _starts[from];
        _ends[to] = _ends[from];
    }
}
