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
internal readonly record struct NumberSummary(bool HasDigit, int MaxDigits, bool HasDottedQuad, bool IbanOpening, bool NinoOpening, int MaxChainDigits);

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
        bool any = false, quad = false, iban = false, nino = false;
        int max = 0, chain = 0, maxChain = 0, previousEnd = -2;
        foreach (var zone in new NumberZones(text))
        {
            any = true;
            max = Math.Max(max, zone.Digits);
            chain = JoinsChain(text, previousEnd, zone.Start) ? chain + zone.Digits : zone.Digits;
            maxChain = Math.Max(maxChain, chain);
            previousEnd = zone.End;
            quad |= zone.Digits >= 4 && zone.Dots >= 3;
            iban |= zone.IbanOpening;
            nino |= zone.NinoOpening;
        }
        return new NumberSummary(any, max, quad, iban, nino, maxChain);
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
