namespace Airs.Runtime.Detectors;

/// <summary>UK National Insurance numbers: two prefix letters (HMRC rules), six digits, suffix A–D.</summary>
internal static class UkNino
{
    public static bool IsValid(ReadOnlySpan<char> candidate)
    {
        Span<char> c = stackalloc char[9];
        var n = 0;
        foreach (var ch in candidate)
        {
            if (ch == ' ')
            {
                continue;
            }
            if (n == 9)
            {
                return false;
            }
            c[n++] = char.ToUpperInvariant(ch);
        }
        if (n != 9 || !char.IsAsciiLetter(c[0]) || !char.IsAsciiLetter(c[1]) || c[8] is < 'A' or > 'D')
        {
            return false;
        }
        for (var i = 2; i < 8; i++)
        {
            if (!char.IsAsciiDigit(c[i]))
            {
                return false;
            }
        }
        if (c[0] is 'D' or 'F' or 'I' or 'Q' or 'U' or 'V' || c[1] is 'D' or 'F' or 'I' or 'Q' or 'U' or 'V' or 'O')
        {
            return false;
        }
        ReadOnlySpan<char> prefix = c[..2];
        return !(prefix is "BG" or "GB" or "KN" or "NK" or "NT" or "TN" or "ZZ");
    }
}
