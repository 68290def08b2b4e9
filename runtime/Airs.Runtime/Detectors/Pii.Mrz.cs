namespace Airs.Runtime.Detectors;

/// <summary>
/// The date of birth in a passport's or ID card's machine-readable zone (ICAO 9303): a line of 30, 36 or 44 characters
/// of <c>A–Z</c>, <c>0–9</c> and <c>&lt;</c> names it by position, YYMMDD, with no label beside it. Check digits are not
/// required: OCR and retyping get them wrong, and the line's shape (filler, nationality, sex) already says what it is.
/// <c>UTO</c> (Utopia) is the standard's specimen state: its lines are the examples documents and parsers' tests quote.
/// </summary>
public static partial class Pii
{
    /// <summary>Each machine-readable line's date of birth; only for text with a filler run (<c>&lt;&lt;</c>) and a six-digit zone.</summary>
    private static void AddMrzDatesOfBirth(string text, MatchSet found)
    {
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            var line = text.AsSpan(lineStart, lineEnd - lineStart);
            var lead = line.Length - line.TrimStart().Length;
            line = line.Trim();
            if (MrzBirthOffset(line) is >= 0 and var offset)
            {
                found.TryAdd(new DetectorMatch(lineStart + lead + offset, 6, "dob"));
            }
            lineStart = lineEnd + 1;
        }
    }

    /// <summary>Where a machine-readable line holds a date of birth, or -1.</summary>
    internal static int MrzBirthOffset(ReadOnlySpan<char> line)
    {
        if (line.Length is not (30 or 36 or 44) || line.ContainsAnyExcept(MrzChars) || !line.Contains("<<", StringComparison.Ordinal))
        {
            return -1;
        }
        // TD1's second line opens with it: birth date, check digit, sex, expiry date, check digit, nationality.
        if (line.Length == 30 && IsMrzDate(line[..6]) && IsMrzSex(line[7]) && IsMrzDate(line[8..14]) && IsMrzLetters(line[15..18]) && line[15..18] is not "UTO")
        {
            return 0;
        }
        // TD2's and TD3's second line: document number, check digit, nationality, birth date, check digit, sex, expiry date.
        if (line.Length != 30 && IsMrzLetters(line[10..13]) && line[10..13] is not "UTO" && IsMrzDate(line[13..19]) && IsMrzSex(line[20]) && IsMrzDate(line[21..27]))
        {
            return 13;
        }
        return -1;
    }

    private static readonly System.Buffers.SearchValues<char> MrzChars = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<");

    /// <summary>YYMMDD with a month 01–12 and a day 01–31.</summary>
    private static bool IsMrzDate(ReadOnlySpan<char> s) =>
        !s.ContainsAnyExceptInRange('0', '9') && TwoDigits(s, 2) is >= 1 and <= 12 && TwoDigits(s, 4) is >= 1 and <= 31;

    private static int TwoDigits(ReadOnlySpan<char> s, int at) => (s[at] - '0') * 10 + (s[at + 1] - '0');

    private static bool IsMrzSex(char c) => c is 'M' or 'F' or 'X' or '<';

    private static bool IsMrzLetters(ReadOnlySpan<char> s) => !s.ContainsAnyExceptInRange('A', 'Z') || (s.IndexOf('<') > 0 && !s.ContainsAnyExcept(MrzLetterChars));

    private static readonly System.Buffers.SearchValues<char> MrzLetterChars = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ<");
}
