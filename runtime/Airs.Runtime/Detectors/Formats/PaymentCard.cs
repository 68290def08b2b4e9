namespace Airs.Runtime.Detectors;

/// <summary>
/// Payment card numbers: a whole run of 12–19 digits (compact, or in groups joined by one separator), an issuer
/// prefix 1–6, Luhn-valid. Only the whole run counts: a Luhn-valid stretch inside a longer number is not a card.
/// </summary>
internal static class PaymentCard
{
    /// <summary>Checks the digits of a run; the caller has checked that its separators are one kind.</summary>
    public static bool IsValid(ReadOnlySpan<char> run)
    {
        var digits = 0;
        var first = '\0';
        var allSame = true;
        foreach (var c in run)
        {
            if (char.IsAsciiDigit(c))
            {
                first = digits == 0 ? c : first;
                allSame &= c == first;
                digits++;
            }
        }
        return digits is >= 12 and <= 19 && first is >= '1' and <= '6' && !allSame && Luhn.IsValid(run);
    }

    /// <summary>Characters that may join a card's digit groups: <c>4111 1111</c>, <c>4111-1111</c>, <c>4111.1111</c>, <c>4111/1111</c>, <c>4111_1111</c>, <c>4111 - 1111</c>.</summary>
    public static bool IsSeparator(char c) => c is ' ' or '-' or '.' or '/' or '_';

    /// <summary>At most this many separator characters between two groups.</summary>
    public const int MaxSeparator = 3;
}
