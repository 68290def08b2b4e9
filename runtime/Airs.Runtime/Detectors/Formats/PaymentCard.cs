namespace Airs.Runtime.Detectors;

/// <summary>Payment card numbers: 12–19 digits, one kind of separator, an issuer prefix 1–6, Luhn-valid.</summary>
internal static class PaymentCard
{
    public static bool IsValid(ReadOnlySpan<char> candidate)
    {
        var digits = 0;
        var separator = '\0';
        var allSame = true;
        foreach (var c in candidate)
        {
            if (char.IsAsciiDigit(c))
            {
                allSame &= digits == 0 || c == FirstDigit(candidate);
                digits++;
            }
            else if (separator == '\0')
            {
                separator = c;
            }
            else if (c != separator)
            {
                return false;
            }
        }
        var first = FirstDigit(candidate);
        return digits is >= 12 and <= 19 && first is >= '1' and <= '6' && !allSame && Luhn.IsValid(candidate);
    }

    /// <summary>
    /// The longest valid card inside a greedy match that may have swallowed a neighbouring number:
    /// tries every run of whole digit groups, longest first. Returns (offset, length), length 0 when none.
    /// </summary>
    public static (int Start, int Length) LongestValidRun(ReadOnlySpan<char> candidate)
    {
        (int Start, int Length) best = (0, 0);
        for (var start = 0; start < candidate.Length; start++)
        {
            if (!char.IsAsciiDigit(candidate[start]) || (start > 0 && char.IsAsciiDigit(candidate[start - 1])))
            {
                continue;
            }
            for (var end = candidate.Length; end - start > best.Length; end--)
            {
                var endsGroup = char.IsAsciiDigit(candidate[end - 1]) && (end == candidate.Length || !char.IsAsciiDigit(candidate[end]));
                if (endsGroup && IsValid(candidate[start..end]))
                {
                    best = (start, end - start);
                    break;
                }
            }
        }
        return best;
    }

    private static char FirstDigit(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (char.IsAsciiDigit(c))
            {
                return c;
            }
        }
        return '\0';
    }
}
