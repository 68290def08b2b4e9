using System.Collections.Frozen;

namespace Airs.Runtime.Detectors;

/// <summary>IBANs: country code, two check digits, the national part; ISO 13616 mod-97 must equal 1.</summary>
internal static class Iban
{
    /// <summary>Registered lengths for common countries; other country codes accept 15–34 characters.</summary>
    private static readonly FrozenDictionary<string, int> LengthByCountry = new Dictionary<string, int>
    {
        ["AD"] = 24, ["AE"] = 23, ["AT"] = 20, ["BE"] = 16, ["BG"] = 22, ["BH"] = 22, ["BR"] = 29, ["CH"] = 21,
        ["CY"] = 28, ["CZ"] = 24, ["DE"] = 22, ["DK"] = 18, ["EE"] = 20, ["ES"] = 24, ["FI"] = 18, ["FR"] = 27,
        ["GB"] = 22, ["GI"] = 23, ["GR"] = 27, ["HR"] = 21, ["HU"] = 28, ["IE"] = 22, ["IL"] = 23, ["IS"] = 26,
        ["IT"] = 27, ["LI"] = 21, ["LT"] = 20, ["LU"] = 20, ["LV"] = 21, ["MC"] = 27, ["MT"] = 31, ["NL"] = 18,
        ["NO"] = 15, ["PL"] = 28, ["PT"] = 25, ["RO"] = 24, ["SA"] = 24, ["SE"] = 24, ["SI"] = 19, ["SK"] = 24,
        ["SM"] = 27, ["TR"] = 26, ["UA"] = 29,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The registered length of the country's IBANs, or 0 when the table does not know the country.</summary>
    public static int KnownLength(ReadOnlySpan<char> country) =>
        LengthByCountry.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(country, out var length) ? length : 0;

    /// <summary>Checks the compact or space-grouped form, case-insensitively.</summary>
    public static bool IsValid(ReadOnlySpan<char> candidate)
    {
        Span<char> compact = stackalloc char[34];
        var n = 0;
        var retyped = false;
        foreach (var c in candidate)
        {
            if (IsSeparator(c))
            {
                retyped |= c != ' ';
                continue;
            }
            if (!char.IsAsciiLetterOrDigit(c) || n == compact.Length)
            {
                return false;
            }
            compact[n++] = char.ToUpperInvariant(c);
        }
        if (n < 15 || !char.IsAsciiLetter(compact[0]) || !char.IsAsciiLetter(compact[1]) || !char.IsAsciiDigit(compact[2]) || !char.IsAsciiDigit(compact[3]))
        {
            return false;
        }
        // RF is ISO 11649's creditor reference, which shares the IBAN's mod-97 check: a payment reference, not an account.
        if (compact[0] == 'R' && compact[1] == 'F')
        {
            return false;
        }
        var lookup = LengthByCountry.GetAlternateLookup<ReadOnlySpan<char>>();
        var known = lookup.TryGetValue(compact[..2], out var expected);
        // Dots, hyphens or slashes also join UUIDs and hashes (fe730b55-77de-…): only a country the table knows, at its length.
        if ((known && expected != n) || (retyped && !known))
        {
            return false;
        }
        return Mod97(compact[..n]) == 1;
    }

    /// <summary>The longest valid IBAN at the start of a greedy match that may have run into the next word.</summary>
    public static int LongestValidPrefix(ReadOnlySpan<char> candidate)
    {
        for (var end = candidate.Length; end >= 15; end--)
        {
            var endsToken = end == candidate.Length || IsSeparator(candidate[end]);
            if (endsToken && !IsSeparator(candidate[end - 1]) && IsValid(candidate[..end]))
            {
                return end;
            }
        }
        return 0;
    }

    /// <summary>Moves the first four characters to the end, turns letters into 10–35 and takes the number mod 97.</summary>
    private static int Mod97(ReadOnlySpan<char> iban)
    {
        var remainder = 0;
        for (var i = 0; i < iban.Length; i++)
        {
            var c = iban[(i + 4) % iban.Length];
            remainder = char.IsAsciiDigit(c) ? (remainder * 10 + (c - '0')) % 97 : (remainder * 100 + (c - 'A' + 10)) % 97;
        }
        return remainder;
    }

    /// <summary>What may stand between an IBAN's characters: a space as printed, or the dots, hyphens and slashes of a retyped one.</summary>
    public static bool IsSeparator(char c) => c is ' ' or '.' or '-' or '/';
}
