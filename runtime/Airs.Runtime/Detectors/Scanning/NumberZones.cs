namespace Airs.Runtime.Detectors;

/// <summary>
/// A maximal run of the characters numbers are written with (digits, spaces, <c>. - + ( )</c>) that holds a digit,
/// joined across a phone extension (<c>x</c>, <c>ext</c>, <c>extension</c>) to the digits after it. The card, SSN, IPv4
/// and phone patterns cannot consume any other character, so no match of theirs crosses a zone's edges and running
/// them on each zone alone gives exactly the matches they give on the whole text.
/// </summary>
internal readonly record struct NumberZone(int Start, int End, int Digits, int Dots, bool IbanOpening, bool NinoOpening);

/// <summary>What one pass over the zones found: enough to skip every kind that cannot match.</summary>
/// <param name="MaxChainDigits">The most digits in a chain of zones joined by single <c>/</c> or <c>_</c> (a card written
/// <c>4111/1111/…</c>); those characters are not zone characters, so that dates and paths do not widen every zone.</param>
/// <param name="Retyped">Whether some number may be retyped so that no format reads it (groups joined by <c>| ~ ` ·</c>, a
/// line break or a chain of three by <c>/</c> or <c>_</c>, letters for digits, digits spread one space apart or each joined
/// by a dot or a hyphen, an IBAN or NINO opening with a mark or after capitals and a space): only then is <see cref="RevealedText.MayRevealNumbers"/> asked.</param>
internal readonly record struct NumberSummary(bool HasDigit, int MaxDigits, bool HasDottedQuad, bool IbanOpening, bool NinoOpening, int MaxChainDigits, bool Retyped);

/// <summary>Enumerates the <see cref="NumberZone"/>s of a text, left to right, allocation-free.</summary>
internal ref struct NumberZones(string text)
{
    private readonly ReadOnlySpan<char> _text = text;
    private DigitFinder _digits = new(text);
    private int _next;

    public NumberZone Current { get; private set; }

    public readonly NumberZones GetEnumerator() => this;

    public bool MoveNext()
    {
        var text = _text;
        if (_next >= text.Length)
        {
            return false;
        }
        var digit = _digits.Next(_next);
        if (digit < 0)
        {
            _next = text.Length;
            return false;
        }
        // The previous zone ended on a character outside the alphabet, so this walk stops after it.
        var start = digit;
        while (start > 0 && IsNumberChar(text[start - 1]))
        {
            start--;
        }
        int end = start, digits = 0, dots = 0;
        bool iban = false, nino = false;
        while (true)
        {
            while (end < text.Length && IsNumberChar(text[end]))
            {
                var c = text[end];
                if (char.IsAsciiDigit(c))
                {
                    if (end == 0 || !char.IsAsciiDigit(text[end - 1]))
                    {
                        // A digit run that opens like an IBAN (two letters, two digits) or a NINO (two letters, optional space, a digit).
                        var letters = end >= 2 && char.IsAsciiLetter(text[end - 1]) && char.IsAsciiLetter(text[end - 2]);
                        iban |= letters && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]);
                        nino |= letters || (end >= 3 && text[end - 1] == ' ' && char.IsAsciiLetter(text[end - 2]) && char.IsAsciiLetter(text[end - 3]));
                    }
                    digits++;
                }
                dots += c == '.' ? 1 : 0;
                end++;
            }
            var extension = ExtensionLength(text, end);
            if (extension == 0)
            {
                break;
            }
            end += extension;
        }
        _next = end;
        Current = new NumberZone(start, end, digits, dots, iban, nino);
        return true;
    }

    /// <summary>Digits and <c>space . - + ( )</c>: all below 64, so one shift and mask.</summary>
    private const ulong NumberChars = (0x3FFUL << '0') | (1UL << ' ') | (1UL << '.') | (1UL << '-') | (1UL << '+') | (1UL << '(') | (1UL << ')');

    public static bool IsNumberChar(char c) => c < 64 && ((NumberChars >> c) & 1) != 0;

    /// <summary>
    /// One pass: the largest digit count of a zone, whether a zone is shaped like a dotted quad, and whether a digit run
    /// opens like an IBAN (two letters, two digits) or a NINO (two letters, optional space, a digit).
    /// </summary>
    public static NumberSummary Summarize(string text)
    {
        bool any = false, quad = false, iban = false, nino = false, retyped = false;
        int max = 0, chain = 0, links = 0, maxChain = 0, previousEnd = -2;
        foreach (var zone in new NumberZones(text))
        {
            any = true;
            max = Math.Max(max, zone.Digits);
            var joined = JoinsChain(text, previousEnd, zone.Start);
            chain = joined ? chain + zone.Digits : zone.Digits;
            links = joined ? links + 1 : 0;
            maxChain = Math.Max(maxChain, chain);
            previousEnd = zone.End;
            quad |= zone.Digits >= 4 && zone.Dots >= 3;
            iban |= zone.IbanOpening;
            nino |= zone.NinoOpening;
            retyped |= links >= 2 || (links == 1 && chain >= 11) || OddJoinAfter(text, zone.End) || (zone.Digits >= 5 && HasSpreadDigits(text, zone))
                || (zone.Digits >= 13 && HasMixedMarks(text, zone)) || (zone.Digits >= 7 && HasSpacedHyphen(text, zone)) || LooseOpening(text, zone.Start)
                || CardGroupBeforeComma(text, zone) || (zone.Digits >= MarkedDigitsMin && HasMarkedDigits(text, zone));
        }
        return new NumberSummary(any, max, quad, iban, nino, maxChain, retyped);
    }

    /// <summary>After a zone: a mark no number format uses, a line break or letters typed for digits, then a digit.</summary>
    private static bool OddJoinAfter(ReadOnlySpan<char> text, int end)
    {
        if (end >= text.Length || text[end] is not ('|' or '~' or '`' or '\u00B7' or '\n' or '\r' or 'O' or 'o' or 'I' or 'l'))
        {
            return false;
        }
        for (var k = end; k < text.Length && k < end + 7; k++)
        {
            var c = text[k];
            if (char.IsAsciiDigit(c))
            {
                return k > end || c != text[end];
            }
            if (c is not (' ' or '\t' or '|' or '~' or '`' or '\u00B7' or '\n' or '\r' or 'O' or 'o' or 'I' or 'l'))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>Digit groups joined by more than one kind of mark (<c>4111-1111 1111.1111</c>): a card typed carelessly.</summary>
    private static bool HasMixedMarks(ReadOnlySpan<char> text, NumberZone zone)
    {
        var first = '\0';
        for (var k = zone.Start + 1; k < zone.End - 1; k++)
        {
            if (text[k] is ' ' or '-' or '.' && char.IsAsciiDigit(text[k - 1]) && char.IsAsciiDigit(text[k + 1]))
            {
                first = first == '\0' ? text[k] : first;
                if (text[k] != first)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>A hyphen with a space on each side between digits (<c>623 - 920 - 376</c>).</summary>
    private static bool HasSpacedHyphen(ReadOnlySpan<char> text, NumberZone zone) =>
        text[zone.Start..zone.End].IndexOf(" - ", StringComparison.Ordinal) is var at and > 0 && char.IsAsciiDigit(text[zone.Start + at - 1]);

    /// <summary>Four digits, a comma, four digits (<c>6011,1414,…</c>): a card's groups joined by commas.</summary>
    private static bool CardGroupBeforeComma(ReadOnlySpan<char> text, NumberZone zone) =>
        zone.Digits == 4 && zone.End - zone.Start == 4 && zone.End + 5 < text.Length && text[zone.End] == ','
        && !text.Slice(zone.End + 1, 4).ContainsAnyExceptInRange('0', '9');

    /// <summary>Three single digits one space apart inside the zone (<c>7 2 4 - 6 6</c>, <c>B E 6 2 2 9 …</c>).</summary>
    private static bool HasSpreadDigits(ReadOnlySpan<char> text, NumberZone zone)
    {
        var run = 0;
        for (var k = zone.Start; k < zone.End; k++)
        {
            var single = char.IsAsciiDigit(text[k]) && (k == 0 || text[k - 1] == ' ') && (k + 1 >= text.Length || text[k + 1] == ' ');
            run = single ? run + 1 : text[k] == ' ' ? run : 0;
            if (run >= 3)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The fewest single digits <see cref="MarkedDigits"/> counts as one number: the shortest phone numbers have seven.</summary>
    public const int MarkedDigitsMin = 7;

    /// <summary>Whether a run of <see cref="MarkedDigits"/> starts inside the zone.</summary>
    private static bool HasMarkedDigits(ReadOnlySpan<char> text, NumberZone zone)
    {
        for (var k = zone.Start; k < zone.End; k++)
        {
            if (char.IsAsciiDigit(text[k]) && MarkedDigits(text, k).Count >= MarkedDigitsMin)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Single digits from <paramref name="i"/>, each joined to the next by the same dot or hyphen (<c>6.1.9.8.5.5.7…</c>,
    /// <c>0-5-3-3-0-9…</c>): a number retyped so that no format reads it (rule P14). The run opens after neither a letter,
    /// a digit nor a mark, and a longer group after its last mark (<c>1.2.3.4.5.6.7.89</c>) makes it a version or an
    /// outline, not one, as <c>1.3.6.1.</c> opens an SNMP object id; its count is 0 then.
    /// </summary>
    public static (int Count, int End) MarkedDigits(ReadOnlySpan<char> text, int i)
    {
        if (i + 2 >= text.Length || text[i + 1] is not ('.' or '-') || (i > 0 && (char.IsAsciiLetterOrDigit(text[i - 1]) || text[i - 1] is '.' or '-' or ',')))
        {
            return (0, i);
        }
        var mark = text[i + 1];
        if (mark == '.' && text[i..].StartsWith("1.3.6.1.", StringComparison.Ordinal))
        {
            return (0, i); // an SNMP object id under the internet arc (1.3.6.1.2.1.1.1.0)
        }
        var (count, k) = (1, i);
        while (k + 2 < text.Length && text[k + 1] == mark && char.IsAsciiDigit(text[k + 2]) && (k + 3 == text.Length || !char.IsAsciiLetterOrDigit(text[k + 3])))
        {
            k += 2;
            count++;
        }
        var longerGroup = k + 2 < text.Length && text[k + 1] == mark && char.IsAsciiLetterOrDigit(text[k + 2]);
        return (longerGroup || (k + 1 < text.Length && char.IsAsciiLetterOrDigit(text[k + 1])) ? 0 : count, k + 1);
    }

    /// <summary>
    /// Two letters before a zone, joined to its digits by <c>- . /</c> or a line break (<c>HW-23-…</c>, <c>KR/285089/C</c>),
    /// or two capitals and a space (<c>NL 67 NPEC …</c>): a NINO or IBAN typed loosely.
    /// </summary>
    private static bool LooseOpening(ReadOnlySpan<char> text, int start)
    {
        var digit = start;
        while (digit < text.Length && !char.IsAsciiDigit(text[digit]))
        {
            digit++;
        }
        if (digit < 3 || digit - start > 1 || digit + 1 >= text.Length || !char.IsAsciiDigit(text[digit + 1]))
        {
            return false;
        }
        var mark = text[digit - 1];
        var (a, b) = (text[digit - 3], text[digit - 2]);
        var opens = digit < 4 || !char.IsAsciiLetterOrDigit(text[digit - 4]);
        return opens && char.IsAsciiLetter(a) && char.IsAsciiLetter(b)
            && (mark is '-' or '.' or '/' or '\n' || (mark == ' ' && char.IsAsciiLetterUpper(a) && char.IsAsciiLetterUpper(b)));
    }

    /// <summary>Whether a zone starting at <paramref name="start"/> continues the previous one across a single <c>/</c> or <c>_</c>.</summary>
    public static bool JoinsChain(ReadOnlySpan<char> text, int previousEnd, int start) =>
        previousEnd >= 0 && start == previousEnd + 1 && text[previousEnd] is '/' or '_';

    /// <summary>The length of a phone extension word at <paramref name="index"/> that is followed by a number character, else 0.</summary>
    private static int ExtensionLength(ReadOnlySpan<char> text, int index)
    {
        if (index >= text.Length || text[index] is not ('x' or 'e'))
        {
            return 0;
        }
        foreach (var word in (ReadOnlySpan<string>)["extension", "ext", "x"])
        {
            var after = index + word.Length;
            if (after < text.Length && text[index..].StartsWith(word, StringComparison.Ordinal) && IsNumberChar(text[after]))
            {
                return word.Length;
            }
        }
        return 0;
    }
}

/// <summary>Enumerates the start of every run of ASCII digits, left to right, allocation-free.</summary>
internal ref struct DigitRuns(string text)
{
    private readonly ReadOnlySpan<char> _text = text;
    private int _next;

    public int Current { get; private set; }

    public readonly DigitRuns GetEnumerator() => this;

    public bool MoveNext()
    {
        var text = _text;
        if (_next >= text.Length)
        {
            return false;
        }
        var digit = text[_next..].IndexOfAnyInRange('0', '9');
        if (digit < 0)
        {
            _next = text.Length;
            return false;
        }
        Current = _next + digit;
        var after = text[Current..].IndexOfAnyExceptInRange('0', '9');
        _next = after < 0 ? text.Length : Current + after;
        return true;
    }
}
