using System.Buffers;

namespace Airs.Runtime.Detectors;

/// <summary>
/// Numbers retyped so that no format's separators hold them together: digit groups in the layout of a card, an SSN or a
/// phone number joined by <c>|</c>, <c>/</c>, <c>~</c>, <c>_</c>, a comma (cards), a spaced hyphen, backticks, mixed separators or a line break
/// (<c>4066 | 7562 | 4008 | 7825</c>, <c>713/555/0190</c>, <c>200-40-⏎7881</c>), or with letters typed for digits
/// (<c>8O8-555-OI98</c>), or single digits each joined by a dot or a hyphen (<c>6.1.9.8.5.5.7…</c>); and IBANs and NINOs with separators, spacing or case their formats do not use, accepted only
/// when their checksum or structure holds.
/// </summary>
internal sealed partial class RevealedText
{
    /// <summary>The group lengths of the numbers a run may be rewritten as; a run after <c>+</c> (a country code) may have any.</summary>
    private static readonly int[][] Layouts =
    [
        [4, 4, 4, 4], [4, 4, 4, 4, 3], [4, 6, 5], [4, 6, 4], // cards
        [3, 2, 4], // SSN
        [3, 3, 4], [1, 3, 3, 4], [4, 3, 4], [3, 4, 4], [5, 6], [5, 3, 3], [2, 2, 2, 2, 2], [3, 3, 3], [4, 3, 3], [2, 4, 4], // phones
    ];

    private const int MaxGroups = 6;

    /// <summary>A rewritable run: its groups and the character that joins them in the rewrite.</summary>
    private ref struct GroupRun
    {
        public int Count;
        public int End;
        public char Joiner;
    }

    /// <summary>
    /// Whether a run of digits opens something the plain scan would not read: groups <see cref="Regroup"/> rewrites, five
    /// or more single characters one space apart (<c>7 2 4 - 6 6 …</c>, joined by <see cref="JoinSpreadCharacters"/>), or
    /// a loose IBAN or NINO (<see cref="CompactIdentifiers"/>). One pass over the starts of the digit runs, asked only
    /// when the number zones' summary says a retyped number may be there (<see cref="NumberSummary.Retyped"/>).
    /// </summary>
    public static bool MayRevealNumbers(ReadOnlySpan<char> text)
    {
        Span<Range> groups = stackalloc Range[MaxGroups];
        var digits = new DigitFinder(text);
        for (var i = digits.Next(0); i >= 0; i = digits.Next(i + 1))
        {
            // Each check opens at the start of a run; the cheapest tests come first (prose has a few dozen runs in 2 KB).
            if (i > 0 && char.IsAsciiDigit(text[i - 1]))
            {
                continue;
            }
            var start = i > 0 && IsDigitLookalike(text[i - 1]) ? i - 1 : i;
            if ((start == 0 || !char.IsAsciiLetterOrDigit(text[start - 1])) && DigitSoonAfterRun(text, i) && ReadGroups(text, start, groups).Count > 0)
            {
                return true;
            }
            if (i + 1 < text.Length && text[i + 1] == ' ' && SpreadFrom(text, i) >= 5)
            {
                return true;
            }
            if (i + 1 < text.Length && text[i + 1] is '.' or '-' && NumberZones.MarkedDigits(text, i).Count >= NumberZones.MarkedDigitsMin)
            {
                return true;
            }
            if (i >= 2 && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) && LooseIdentifierBefore(text, i))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a digit follows within a separator's reach of the run at <paramref name="i"/>: a second group can.</summary>
    private static bool DigitSoonAfterRun(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || IsDigitLookalike(text[i])))
        {
            i++;
        }
        // A group needs a real digit (O and l are everywhere in prose), and one follows within a separator and a few lookalikes.
        return text[i..Math.Min(text.Length, i + 10)].IndexOfAnyInRange('0', '9') >= 0;
    }

    /// <summary>Single characters one space apart from <paramref name="i"/>.</summary>
    private static int SpreadFrom(ReadOnlySpan<char> text, int i)
    {
        var count = 0;
        while (i < text.Length && IsSpreadChar(text[i]) && (i + 1 == text.Length || text[i + 1] == ' ') && (i == 0 || text[i - 1] == ' '))
        {
            count++;
            i += 2;
        }
        return count;
    }

    /// <summary>
    /// <c>6.1.9.8.5.5.7.6.4.9.7</c>, <c>+4-9-1-5-4-5-7-…</c>: seven or more single digits each joined by the same dot or
    /// hyphen (<see cref="NumberZones.MarkedDigits"/>) become one number in its count's groups (<see cref="MarkedLayout"/>);
    /// the digits keep their places, so a match still spans the marks between them.
    /// </summary>
    private static Mapped JoinMarkedDigits(Mapped src)
    {
        var chars = src.Span;
        Mapped? dst = null;
        var copied = 0;
        for (var i = chars.IndexOfAnyInRange('0', '9'); i >= 0 && i < chars.Length; i = chars[(i + 1)..].IndexOfAnyInRange('0', '9') is var next and >= 0 ? i + 1 + next : -1)
        {
            if (NumberZones.MarkedDigits(chars, i) is not { Count: >= NumberZones.MarkedDigitsMin } run)
            {
                continue;
            }
            dst ??= new Mapped(src.Count);
            dst.CopyFrom(src, copied, i);
            // After a plus the digits stand alone (+4915…); otherwise in the groups of a number of their count, so that the
            // formats read them as they read a number typed with hyphens (060-983-7894), the hyphens standing on the marks.
            var layout = i > 0 && chars[i - 1] == '+' ? 0 : MarkedLayout(run.Count, chars[i + 1]);
            for (int k = i, digit = 0; k < run.End; k += 2, digit++)
            {
                if (digit > 0 && IsGroupStart(layout, digit))
                {
                    dst.Add('-', src.Starts[k - 1], src.Ends[k - 1]);
                }
                dst.CopyOne(src, k);
            }
            copied = run.End;
            i = run.End - 1;
        }
        if (dst is null)
        {
            return src;
        }
        dst.CopyFrom(src, copied, src.Count);
        return dst;
    }

    /// <summary>
    /// The group lengths, four bits each from the lowest, in which <see cref="JoinMarkedDigits"/> writes a number of
    /// <paramref name="digits"/>: an SSN's for nine joined by hyphens (nine joined by dots are an SNMP object id as often:
    /// <c>1.3.6.1.2.1.1.1.0</c>, so three groups of three), a phone number's for seven to thirteen, a card's above; 0 for none.
    /// </summary>
    private static int MarkedLayout(int digits, char mark) => digits switch
    {
        7 => 0x43, 8 => 0x44, 9 => mark == '-' ? 0x423 : 0x333, 10 => 0x433, 11 => 0x434, 12 => 0x444, 13 => 0x544, 14 => 0x464, 15 => 0x564,
        16 => 0x4444, 17 => 0x14444, 18 => 0x24444, 19 => 0x34444, _ => 0,
    };

    /// <summary>Whether digit <paramref name="digit"/> (from 0) opens a group of <paramref name="layout"/>.</summary>
    private static bool IsGroupStart(int layout, int digit)
    {
        for (var sum = 0; layout != 0; layout >>= 4)
        {
            sum += layout & 0xF;
            if (sum == digit)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Every run of <see cref="ReadGroups"/> rewritten as its digits joined by one plain separator.</summary>
    private static Mapped Regroup(Mapped src)
    {
        var chars = src.Span;
        Span<Range> groups = stackalloc Range[MaxGroups];
        Mapped? dst = null;
        var copied = 0;
        var i = 0;
        while (chars[i..].IndexOfAny(DigitsAndLookalikes) is var skip and >= 0)
        {
            i += skip;
            if (i > 0 && char.IsAsciiLetterOrDigit(chars[i - 1]))
            {
                i++;
                continue;
            }
            var run = ReadGroups(chars, i, groups);
            if (run.Count == 0)
            {
                while (i < chars.Length && char.IsAsciiLetterOrDigit(chars[i]))
                {
                    i++;
                }
                continue;
            }
            dst ??= new Mapped(src.Count);
            dst.CopyFrom(src, copied, i);
            for (var g = 0; g < run.Count; g++)
            {
                var (from, to) = (groups[g].Start.Value, groups[g].End.Value);
                if (g > 0)
                {
                    var gapStart = groups[g - 1].End.Value;
                    dst.Add(run.Joiner, src.Starts[gapStart], src.Ends[from - 1]);
                }
                for (var k = from; k < to; k++)
                {
                    dst.Add(AsDigit(chars[k]), src.Starts[k], src.Ends[k]);
                }
            }
            copied = i = run.End;
        }
        if (dst is null)
        {
            return src;
        }
        dst.CopyFrom(src, copied, src.Count);
        return dst;
    }

    /// <summary>
    /// The run of digit groups that starts at <paramref name="start"/> when a plain scan would not read it whole: its
    /// groups follow one of <see cref="Layouts"/>, it is not part of a word, a path or an identifier, and something in it
    /// is odd — a separator no format uses, a line break, separators that differ (cards only), or letters for digits.
    /// </summary>
    private static GroupRun ReadGroups(ReadOnlySpan<char> s, int start, Span<Range> groups)
    {
        var none = default(GroupRun);
        // After a country code the first gap may differ from the rest (+34 623 - 920 - 376).
        var countryCode = start > 0 && s[start - 1] == '+';
        var n = 0;
        var i = start;
        var odd = false;
        var hyphens = true;
        var pipe = false;
        var pathLike = false;
        var firstMark = '\0';
        var mixed = false;
        var mark = '\0';
        var gapOdd = false;
        while (n < groups.Length)
        {
            var groupStart = i;
            var real = 0;
            while (i < s.Length && (char.IsAsciiDigit(s[i]) || IsDigitLookalike(s[i])))
            {
                real += char.IsAsciiDigit(s[i]) ? 1 : 0;
                i++;
            }
            var length = i - groupStart;
            var lookalikes = length - real;
            if (length == 0 || real == 0 || lookalikes > 2 || (lookalikes > 0 && length < 3) || (i < s.Length && char.IsAsciiLetter(s[i])))
            {
                break;
            }
            // The separator before this group counts only now that a group follows it.
            if (n == 1 || (countryCode && n == 2))
            {
                firstMark = mark;
            }
            if (n >= 1)
            {
                mixed |= mark != firstMark;
                hyphens &= mark == '-';
                pipe |= mark is '|' or ',';
                pathLike |= mark is '/' or '_';
                odd |= gapOdd;
            }
            odd |= lookalikes > 0;
            groups[n++] = groupStart..i;
            // The separator: spaces and at most one line break around at most one mark (two backticks: `1234` `5678`).
            var gapEnd = i;
            int marks = 0, breaks = 0, ticks = 0;
            mark = ' ';
            while (gapEnd < s.Length && gapEnd - i < 7)
            {
                var c = s[gapEnd];
                if (c is ' ' or '\t' or '\r')
                {
                }
                else if (c == '\n')
                {
                    breaks++;
                }
                else if (c == '`')
                {
                    ticks++;
                }
                else if (c is '|' or '/' or '~' or '_' or '-' or '.' or ',' or '\u00B7')
                {
                    marks++;
                    mark = c;
                }
                else
                {
                    break;
                }
                gapEnd++;
            }
            if (gapEnd == i || breaks > 1 || marks > 1 || ticks is 1 or > 2 || gapEnd >= s.Length || !(char.IsAsciiDigit(s[gapEnd]) || IsDigitLookalike(s[gapEnd])))
            {
                break;
            }
            // A hyphen or dot with spaces around it ("623 - 920 - 376") is no format's separator either.
            var spacedMark = mark is '-' or '.' && s[i] == ' ' && s[gapEnd - 1] == ' ';
            gapOdd = breaks > 0 || ticks > 0 || spacedMark || mark is '|' or '/' or '~' or '_' or ',' or '\u00B7';
            i = gapEnd;
        }
        if (n < 2)
        {
            return none;
        }
        var end = groups[n - 1].End.Value;
        if (end < s.Length && s[end] == '`')
        {
            end++;
        }
        // A country code: one to three digits after a lone plus, never a 0 (+++090/5431/92965+++ is a Belgian payment reference).
        var afterPlus = start > 0 && s[start - 1] == '+' && (start < 2 || s[start - 2] != '+') && s[start] != '0'
            && groups[0].End.Value - start <= 3;
        var layout = MatchingLayout(groups[..n]);
        var digits = 0;
        for (var g = 0; g < n; g++)
        {
            digits += groups[g].End.Value - groups[g].Start.Value;
        }
        var card = layout is [4, ..];
        var shapeOk = afterPlus ? digits is >= 8 and <= 15 : layout is not null;
        // A path or an identifier goes on past the run (/a/713/555/0190/b, id_859_98_8950_x); a table row's cells are
        // one number only as a card (| 4066 | 7562 | 4008 | 7825 |); differing separators join only a card's groups.
        var before = start > (afterPlus ? 1 : 0) ? s[start - (afterPlus ? 2 : 1)] : ' ';
        var after = end < s.Length ? s[end] : ' ';
        var continues = pathLike && (before is '/' or '_' || after is '/' or '_');
        odd |= mixed && card;
        if (!odd || !shapeOk || continues || (pipe && !card) || (mixed && !card) || char.IsAsciiLetterOrDigit(after))
        {
            return none;
        }
        return new GroupRun { Count = n, End = end, Joiner = hyphens ? '-' : ' ' };
    }

    private static int[]? MatchingLayout(ReadOnlySpan<Range> groups)
    {
        foreach (var layout in Layouts)
        {
            if (layout.Length != groups.Length)
            {
                continue;
            }
            var match = true;
            for (var g = 0; g < layout.Length && match; g++)
            {
                match = groups[g].End.Value - groups[g].Start.Value == layout[g];
            }
            if (match)
            {
                return layout;
            }
        }
        return null;
    }

    /// <summary>Letters typed for digits in a number copied by hand or from a photo: O for 0, I and l for 1.</summary>
    private static bool IsDigitLookalike(char c) => c is 'O' or 'o' or 'I' or 'l';

    private static readonly SearchValues<char> DigitsAndLookalikes = TextFolding.CharsWhere(c => char.IsAsciiDigit(c) || IsDigitLookalike(c));

    private static char AsDigit(char c) => c switch { 'O' or 'o' => '0', 'I' or 'l' => '1', _ => c };

    /// <summary>
    /// An IBAN (two letters, two digits, then letters and digits) whose characters are split by line breaks, pipes,
    /// spaced marks or uneven spacing; rewritten compact when the country is one <see cref="Iban"/> knows, at its length,
    /// with a valid check.
    /// </summary>
    private static readonly LazyRegex LooseIban = new(
        @"[A-Za-z]{2} ?[0-9]{2}(?:(?:[ \t]*[\r\n|/.\-][ \t]*|[ \t]{1,3})?[A-Za-z0-9]){11,32}",
        Options);

    /// <summary>A NINO with hyphens, dots, slashes, line breaks or spacing between its parts, in either case.</summary>
    private static readonly LazyRegex LooseNino = new(
        @"[A-Za-z]{2}(?:" + LooseGap + ")?[0-9]{2}(?:(?:" + LooseGap + ")?[0-9]{2}){2}(?:" + LooseGap + ")?[A-Da-d]",
        Options);

    private const string LooseGap = @"[ \t]*[\r\n\-./][ \t]*|[ \t]{1,3}";

    /// <summary>
    /// Whether an IBAN or a NINO opens (two letters before the digit run at <paramref name="i"/>) in a form
    /// <see cref="CompactIdentifiers"/> reads and the plain scan does not: a line break, a pipe, a slash, a dot or a hyphen
    /// inside it, a space after the country, doubled spaces or lower case.
    /// </summary>
    private static bool LooseIdentifierBefore(ReadOnlySpan<char> text, int i)
    {
        for (var open = i - 2; open >= Math.Max(0, i - 4); open--)
        {
            if (!char.IsAsciiLetter(text[open]) || !char.IsAsciiLetter(text[open + 1]) || (open > 0 && char.IsAsciiLetterOrDigit(text[open - 1]))
                || text[(open + 2)..i].ContainsAnyExcept(GapChars))
            {
                continue; // two letters, at most a separator, two digits (the caller saw them): what both patterns open with
            }
            var window = text[open..Math.Min(text.Length, open + 90)];
            foreach (var pattern in (ReadOnlySpan<LazyRegex>)[LooseIban, LooseNino])
            {
                foreach (var m in pattern.Value.EnumerateMatches(window))
                {
                    // Only the characters of a valid IBAN count: the pattern may run on into the next line's words.
                    var match = window.Slice(m.Index, pattern == LooseIban ? ValidIbanLength(window.Slice(m.Index, m.Length)) : m.Length);
                    if (m.Index == 0 && match.Length > 2
                        && (match.IndexOfAny(LooseMarks) >= 0 || match[2] == ' ' || match.IndexOf("  ") >= 0 || match.IndexOfAnyInRange('a', 'z') >= 0))
                    {
                        return true;
                    }
                    break;
                }
            }
        }
        return false;
    }

    private static readonly System.Buffers.SearchValues<char> GapChars = System.Buffers.SearchValues.Create(" \t\r\n-./");

    private static readonly System.Buffers.SearchValues<char> LooseMarks = System.Buffers.SearchValues.Create("\r\n\t|/.-");

    /// <summary>How many characters of <paramref name="match"/> a valid IBAN of a known country takes, separators included; 0 when none.</summary>
    private static int ValidIbanLength(ReadOnlySpan<char> match)
    {
        Span<char> compact = stackalloc char[34];
        var n = 0;
        for (var k = 0; k < match.Length && n < compact.Length; k++)
        {
            if (!char.IsAsciiLetterOrDigit(match[k]))
            {
                continue;
            }
            compact[n++] = char.ToUpperInvariant(match[k]);
            if (n >= 2 && Iban.KnownLength(compact[..2]) == n)
            {
                return Iban.IsValid(compact[..n]) && (k + 1 == match.Length || !char.IsAsciiLetterOrDigit(match[k + 1])) ? k + 1 : 0;
            }
        }
        return 0;
    }

    /// <summary>
    /// Each pattern runs only where what its rewrite needs is there (the patterns may start at any two letters, so the
    /// engine would stop at each): an IBAN's known country code before its check digits, a NINO's three digit pairs.
    /// </summary>
    private static Mapped CompactIdentifiers(Mapped src)
    {
        var m = MayOpenIban(src.Span) ? Rewrite(src, LooseIban, CompactIban) : src;
        return HasThreeDigitPairs(m.Span) ? Rewrite(m, LooseNino, CompactNino) : m;
    }

    /// <summary>Two digits after a known country code (and a space, perhaps) that no letter or digit comes before: where <see cref="CompactIban"/> can start.</summary>
    private static bool MayOpenIban(ReadOnlySpan<char> text)
    {
        for (var i = text.IndexOfAnyInRange('0', '9'); i >= 0 && i + 1 < text.Length; i = text[(i + 1)..].IndexOfAnyInRange('0', '9') is var next and >= 0 ? i + 1 + next : -1)
        {
            var country = i > 0 && text[i - 1] == ' ' ? i - 3 : i - 2;
            if (char.IsAsciiDigit(text[i + 1]) && country >= 0 && (country == 0 || !char.IsAsciiLetterOrDigit(text[country - 1]))
                && char.IsAsciiLetter(text[country]) && char.IsAsciiLetter(text[country + 1]) && Iban.KnownLength(text.Slice(country, 2)) > 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Three pairs of digits, separated by nothing or by spaces, tabs, line breaks, hyphens, dots or slashes: the body of a NINO.</summary>
    private static bool HasThreeDigitPairs(ReadOnlySpan<char> text)
    {
        for (var i = text.IndexOfAnyInRange('0', '9'); i >= 0; i = text[(i + 1)..].IndexOfAnyInRange('0', '9') is var next and >= 0 ? i + 1 + next : -1)
        {
            var at = i;
            var pairs = 0;
            while (at + 1 < text.Length && char.IsAsciiDigit(text[at]) && char.IsAsciiDigit(text[at + 1]) && ++pairs < 3)
            {
                at += 2;
                while (at < text.Length && text[at] is ' ' or '\t' or '\r' or '\n' or '-' or '.' or '/')
                {
                    at++;
                }
            }
            if (pairs == 3)
            {
                return true;
            }
        }
        return false;
    }

    private static bool CompactIban(Mapped src, int start, int end, Mapped dst)
    {
        if (start > 0 && char.IsAsciiLetterOrDigit(src.Chars[start - 1]))
        {
            return false;
        }
        var ibanEnd = start + ValidIbanLength(src.Chars.AsSpan(start, end - start));
        if (ibanEnd == start || (ibanEnd < src.Count && char.IsAsciiLetterOrDigit(src.Chars[ibanEnd])))
        {
            return false;
        }
        for (var k = start; k < ibanEnd; k++)
        {
            if (char.IsAsciiLetterOrDigit(src.Chars[k]))
            {
                dst.Add(char.ToUpperInvariant(src.Chars[k]), src.Starts[k], src.Ends[k]);
            }
        }
        // What the pattern took beyond the IBAN's length is copied as it was.
        dst.CopyFrom(src, ibanEnd, end);
        return true;
    }

    private static bool CompactNino(Mapped src, int start, int end, Mapped dst)
    {
        if ((start > 0 && char.IsAsciiLetterOrDigit(src.Chars[start - 1])) || (end < src.Count && char.IsAsciiLetterOrDigit(src.Chars[end])))
        {
            return false;
        }
        Span<char> compact = stackalloc char[9];
        var n = 0;
        for (var k = start; k < end; k++)
        {
            if (char.IsAsciiLetterOrDigit(src.Chars[k]))
            {
                compact[n++] = char.ToUpperInvariant(src.Chars[k]);
            }
        }
        if (n != 9 || !UkNino.IsValid(compact))
        {
            return false;
        }
        n = 0;
        for (var k = start; k < end; k++)
        {
            if (char.IsAsciiLetterOrDigit(src.Chars[k]))
            {
                dst.Add(compact[n++], src.Starts[k], src.Ends[k]);
            }
        }
        return true;
    }
}
