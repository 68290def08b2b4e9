namespace Airs.Runtime.Detectors;

/// <summary>
/// Phone numbers by shape rather than by a country list: 7–15 digits (E.164 allows at most 15), grouped by spaces,
/// dots or hyphens, with an optional <c>+</c> country code, <c>(0)</c> trunk prefix, bracketed area code and
/// extension. Ungrouped digits count only at the lengths national numbers have (10–11), and date shapes do not count.
/// </summary>
internal static class PhoneNumber
{
    public static bool IsValid(ReadOnlySpan<char> candidate)
    {
        var main = candidate;
        var ext = IndexOfExtension(candidate);
        if (ext >= 0)
        {
            main = candidate[..ext].TrimEnd();
        }
        var digits = TextBounds.CountDigits(main);
        if (digits is < 7 or > 15)
        {
            return false;
        }
        var international = main.Length > 0 && main[0] == '+';
        var bracketed = main.IndexOf('(') >= 0;
        var groups = CountGroups(main);
        if (!international && !bracketed && groups == 1)
        {
            return digits is 10 or 11;
        }
        // Two bare groups are a local number only when the subscriber part has four digits or more (not 12345-678 postcodes).
        if (!international && !bracketed && groups == 2 && LastGroupLength(main) < 4)
        {
            return false;
        }
        if (!international && !bracketed && (LooksLikeDate(main) || (LooksLikeDate(FirstGroups(main, 3)) && !IsFrenchPairs(main)) || IsOutlineOrGrouped(main)))
        {
            return false;
        }
        return !MixesSeparators(main);
    }

    /// <summary>
    /// Two shapes of a bare number that are not phone numbers: four or more groups joined by dots (a version, an IPv4
    /// address, a section number: <c>10.0.19045.3803</c>, <c>192.168.1.300</c>), except the 1.3.3.4 layout of a North
    /// American number with its country code and pairs (<c>01.84.17.61.18</c>, as French numbers are written); and
    /// thousands grouped by spaces or dots after a one-digit lead (<c>8 336 817</c>, <c>1.234.567.890</c>). A longer lead
    /// stays a phone number (<c>612 345 678</c>, <c>78 651 450</c>), as Spanish, Polish and Latvian numbers are written.
    /// </summary>
    private static bool IsOutlineOrGrouped(ReadOnlySpan<char> s)
    {
        Span<int> lengths = stackalloc int[6];
        var groups = Groups(s, lengths, out var oneSeparator);
        if (!oneSeparator || groups < 2 || groups > lengths.Length)
        {
            return false;
        }
        var separator = s[lengths[0]]; // one separator between digit groups: the number opens with a group
        if (separator == '.' && groups >= 4)
        {
            return !(groups == 4 && lengths[0] == 1 && lengths[1] == 3 && lengths[2] == 3 && lengths[3] == 4) && !AllPairs(lengths[..groups]);
        }
        if (separator is not (' ' or '.' or '\u00A0' or '\u202F') || groups < 3 || lengths[0] != 1)
        {
            return false;
        }
        for (var g = 1; g < groups; g++)
        {
            if (lengths[g] != 3)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Digits alone, in one group: no country code, brackets or separators.</summary>
    public static bool IsBare(ReadOnlySpan<char> candidate) => CountGroups(candidate) == 1 && !candidate.ContainsAnyExcept("0123456789");

    /// <summary>
    /// Without a country code or brackets, two shapes that are not phone numbers: a card's grouping (three or more groups
    /// of four, or 4-6-5: <c>4589 9581 4879 375</c>, <c>3777-541337-16473</c>, numbers whose Luhn check failed) and a
    /// decimal (two groups joined by one dot: <c>151.2093</c>, <c>4029.03663</c>); and a ZIP+4 code.
    /// </summary>
    public static bool IsCardOrDecimalShaped(ReadOnlySpan<char> candidate)
    {
        Span<int> lengths = stackalloc int[5];
        var groups = Groups(candidate, lengths, out var oneSeparator);
        if (groups == 2 && oneSeparator && candidate.Count('.') == 1)
        {
            return true;
        }
        // A US ZIP+4 code (97205-6791) is five and four digits joined by a hyphen.
        if (groups == 2 && lengths[0] == 5 && lengths[1] == 4 && candidate.Count('-') == 1)
        {
            return true;
        }
        // 0151 8489 9172 opens with a trunk 0: a German mobile number, not a card.
        return groups >= 3 && lengths[0] == 4 && candidate.TrimStart()[0] != '0'
            && ((lengths[1] == 4 && lengths[2] == 4) || (groups == 3 && lengths[1] == 6 && lengths[2] is 4 or 5));
    }

    /// <summary>
    /// Two digits, a hyphen, seven digits, the first not 0 (<c>12-4347053</c>): the shape of a US employer identification
    /// number (EIN), as tax forms and payroll records write it, not of a phone number (rule P9: three blind sets). A
    /// national number of that grouping opens with its trunk 0 (<c>03-5550123</c>).
    /// </summary>
    public static bool IsEmployerIdShaped(ReadOnlySpan<char> candidate) =>
        candidate.Length == 10 && candidate[2] == '-' && candidate[0] is >= '1' and <= '9' && char.IsAsciiDigit(candidate[1])
        && !candidate[3..].ContainsAnyExceptInRange('0', '9');

    /// <summary>
    /// Four digits, two and two to five joined by dots (<c>8471.30.0100</c>, <c>3850.49.47</c>, <c>1503.45.12007</c>): a customs
    /// tariff code or a Norwegian bank account number, grouped as no country groups its phone numbers (rule P16: three design sets).
    /// </summary>
    public static bool IsTariffOrAccountShaped(ReadOnlySpan<char> candidate) =>
        candidate.Length is >= 10 and <= 13 && candidate[4] == '.' && candidate[7] == '.'
        && !candidate[..4].ContainsAnyExceptInRange('0', '9') && !candidate[5..7].ContainsAnyExceptInRange('0', '9') && !candidate[8..].ContainsAnyExceptInRange('0', '9');

    /// <summary>Five pairs after a trunk 0 (<c>07.28.23.21.92</c>, <c>06 45 84 63 68</c>): a French number, though its first three pairs read as a date.</summary>
    private static bool IsFrenchPairs(ReadOnlySpan<char> s)
    {
        Span<int> lengths = stackalloc int[6];
        return s[0] == '0' && Groups(s, lengths, out var oneSeparator) == 5 && oneSeparator && AllPairs(lengths[..5]);
    }

    /// <summary>A number with neither a country code nor brackets, in one or two groups: the shape most easily confused.</summary>
    public static bool IsLoose(ReadOnlySpan<char> candidate) =>
        candidate.Length > 0 && candidate[0] != '+' && candidate.IndexOf('(') < 0 && CountGroups(candidate) <= 2;

    /// <summary>
    /// Three groups of 3, 2 and 4 digits joined by one separator: the shape of an SSN. Refused as an SSN (area 000,
    /// group 00, …), it is an invalid SSN or a placeholder, still not a phone number.
    /// </summary>
    public static bool IsSsnShaped(ReadOnlySpan<char> candidate)
    {
        Span<int> lengths = stackalloc int[4];
        if (Groups(candidate, lengths, out var separators) != 3 || !separators || lengths[0] != 3 || lengths[1] != 2)
        {
            return false;
        }
        // 3-2-4 is an SSN's layout; hyphenated 3-2-3 and 3-2-5 are one typed a digit short or long ("480-83-191"), and
        // no national plan hyphenates a phone number so.
        return lengths[2] == 4 || (lengths[2] is 3 or 5 && candidate.Count('-') == 2);
    }

    /// <summary>
    /// An object identifier (<c>1.2.840.113549.1.1.11</c>): five or more dotted arcs, the first 0, 1 or 2. Dotted phone
    /// numbers (<c>01.23.45.67.89</c>) open with a longer group.
    /// </summary>
    public static bool IsObjectIdentifier(ReadOnlySpan<char> candidate) =>
        candidate.Length > 2 && candidate[0] is '0' or '1' or '2' && candidate[1] == '.' && candidate.Count('.') >= 4;

    /// <summary>Two four-digit years, the second not before the first: <c>1987-2024</c> is a period, not a phone number.</summary>
    public static bool IsYearRange(ReadOnlySpan<char> candidate)
    {
        Span<int> lengths = stackalloc int[3];
        if (Groups(candidate, lengths, out _) != 2 || lengths[0] != 4 || lengths[1] != 4)
        {
            return false;
        }
        var digits = candidate.Trim();
        var first = int.Parse(digits[..4], System.Globalization.CultureInfo.InvariantCulture);
        var second = int.Parse(digits[^4..], System.Globalization.CultureInfo.InvariantCulture);
        return first is >= 1800 and <= 2099 && second is >= 1800 and <= 2099 && second >= first;
    }

    /// <summary>
    /// A year, a hyphen and a serial of five or six digits: <c>2024-85466</c>, <c>2023-609257</c> number a case, an invoice or
    /// a docket within its year (rule P10: four blind sets). No country's numbers are written four digits, then five or
    /// six, joined by one hyphen; a year and four digits (<c>2024-1187</c>) stays a phone, as some eight-digit numbers are.
    /// </summary>
    public static bool IsYearSerial(ReadOnlySpan<char> candidate)
    {
        var digits = candidate.Trim();
        return digits.Length is 10 or 11 && digits[4] == '-' && !digits[..4].ContainsAnyExceptInRange('0', '9') && !digits[5..].ContainsAnyExceptInRange('0', '9')
            && int.Parse(digits[..4], System.Globalization.CultureInfo.InvariantCulture) is >= 1950 and <= 2039;
    }

    /// <summary>
    /// A hyphenated ISBN-13 (<c>978-2-6318-0486-8</c>): 978 or 979, then group, registrant and publication, a one-digit
    /// check, and the check holds. No numbering plan writes a phone so; a book list's column holds them without the word
    /// ISBN before each (rule P17: `pii-confirm18`, `-14`).
    /// </summary>
    public static bool IsIsbnShaped(ReadOnlySpan<char> candidate)
    {
        Span<int> lengths = stackalloc int[6];
        if (candidate.Length != 17 || Groups(candidate, lengths, out var oneSeparator) != 5 || !oneSeparator || lengths[0] != 3 || lengths[4] != 1
            || !(candidate.StartsWith("978") || candidate.StartsWith("979")))
        {
            return false;
        }
        var sum = 0;
        var position = 0;
        foreach (var c in candidate)
        {
            if (char.IsAsciiDigit(c))
            {
                sum += (c - '0') * (position++ % 2 == 0 ? 1 : 3);
            }
        }
        return sum % 10 == 0;
    }

    /// <summary>
    /// A French social security number (NIR) as the Carte Vitale prints it, <c>2 85 05 75 123 456 78</c>: sex, year, month,
    /// département, commune, order and key in groups of 1, 2, 2, 2, 3, 3 and 2 digits; no phone is written so (rule P17:
    /// `pii-confirm18`, `-14`; no kind of the sets is an NIR, so they leave it unlabelled).
    /// </summary>
    public static bool IsFrenchSocialSecurityShaped(ReadOnlySpan<char> candidate)
    {
        Span<int> lengths = stackalloc int[8];
        return candidate.Length == 21 && candidate[0] is '1' or '2' && Groups(candidate, lengths, out var oneSeparator) == 7 && oneSeparator
            && lengths[..7].SequenceEqual([1, 2, 2, 2, 3, 3, 2]);
    }

    /// <summary>
    /// Two clock times joined by a dash, the second later: <c>0800–1730</c> is a shop's opening hours, not a phone number.
    /// </summary>
    public static bool IsTimeRange(ReadOnlySpan<char> candidate)
    {
        var digits = candidate.Trim();
        if (digits.Length != 9 || digits[4] is not ('-' or '–' or '—') || !IsClockTime(digits[..4]) || !IsClockTime(digits[5..]))
        {
            return false;
        }
        return digits[5..].SequenceCompareTo(digits[..4]) > 0;
    }

    private static bool IsClockTime(ReadOnlySpan<char> s) =>
        !s.ContainsAnyExceptInRange('0', '9') && (s[0] < '2' || (s[0] == '2' && s[1] <= '3')) && s[2] <= '5';

    private static bool AllPairs(ReadOnlySpan<int> lengths)
    {
        foreach (var length in lengths)
        {
            if (length != 2)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The lengths of the first digit groups (as many as fit) and their count; whether every separator is the same single character.</summary>
    private static int Groups(ReadOnlySpan<char> s, Span<int> lengths, out bool oneSeparator)
    {
        var groups = 0;
        var separator = '\0';
        oneSeparator = true;
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsAsciiDigit(s[i]))
            {
                if (i == 0 || !char.IsAsciiDigit(s[i - 1]))
                {
                    groups++;
                }
                if (groups <= lengths.Length)
                {
                    lengths[groups - 1]++;
                }
                continue;
            }
            oneSeparator &= (separator == '\0' || separator == s[i]) && i > 0 && char.IsAsciiDigit(s[i - 1]);
            separator = s[i];
        }
        return groups;
    }

    private static int LastGroupLength(ReadOnlySpan<char> s)
    {
        var n = 0;
        for (var i = s.Length - 1; i >= 0 && char.IsAsciiDigit(s[i]); i--)
        {
            n++;
        }
        return n;
    }

    private static ReadOnlySpan<char> FirstGroups(ReadOnlySpan<char> s, int count)
    {
        var groups = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsAsciiDigit(s[i]) && (i + 1 == s.Length || !char.IsAsciiDigit(s[i + 1])) && ++groups == count)
            {
                return s[..(i + 1)];
            }
        }
        return s;
    }

    private static int IndexOfExtension(ReadOnlySpan<char> s)
    {
        for (var i = 1; i < s.Length; i++)
        {
            if (s[i] is 'x' or 'X' or 'e' or 'E')
            {
                return i;
            }
        }
        return -1;
    }

    private static int CountGroups(ReadOnlySpan<char> s)
    {
        var groups = 0;
        var inGroup = false;
        foreach (var c in s)
        {
            var digit = char.IsAsciiDigit(c);
            if (digit && !inGroup)
            {
                groups++;
            }
            inGroup = digit;
        }
        return groups;
    }

    /// <summary>Dots and hyphens in one number are unusual; <c>12.34-56.78</c> is more likely a range or a version.</summary>
    private static bool MixesSeparators(ReadOnlySpan<char> s) => s.Contains('.') && s.Contains('-');

    /// <summary>d/m/y, y-m-d and friends: three groups with one separator and plausible month and day ranges.</summary>
    internal static bool LooksLikeDate(ReadOnlySpan<char> s)
    {
        Span<int> values = stackalloc int[3];
        Span<int> lengths = stackalloc int[3];
        var separator = '\0';
        var g = 0;
        var inGroup = false;
        foreach (var c in s)
        {
            if (char.IsAsciiDigit(c))
            {
                if (!inGroup)
                {
                    if (g == 3)
                    {
                        return false;
                    }
                    g++;
                    inGroup = true;
                }
                values[g - 1] = values[g - 1] * 10 + (c - '0');
                lengths[g - 1]++;
            }
            else
            {
                if (separator != '\0' && c != separator)
                {
                    return false;
                }
                separator = c;
                inGroup = false;
            }
        }
        if (g != 3)
        {
            return false;
        }
        if (lengths[0] == 4)
        {
            return lengths[1] <= 2 && lengths[2] <= 2 && values[1] is >= 1 and <= 12 && values[2] is >= 1 and <= 31;
        }
        return lengths[0] <= 2 && lengths[1] <= 2 && lengths[2] is 2 or 4 && values[0] is >= 1 and <= 31 && values[1] is >= 1 and <= 31
            && (values[0] <= 12 || values[1] <= 12);
    }
}
