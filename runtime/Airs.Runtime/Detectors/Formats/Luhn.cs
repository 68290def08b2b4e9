namespace Airs.Runtime.Detectors;

/// <summary>The Luhn (mod 10) check used by payment card numbers. Non-digits are skipped, so separators may stay.</summary>
internal static class Luhn
{
    public static bool IsValid(ReadOnlySpan<char> number)
    {
        int sum = 0, count = 0;
        for (var i = number.Length - 1; i >= 0; i--)
        {
            var c = number[i];
            if (!char.IsAsciiDigit(c))
            {
                continue;
            }
            var d = c - '0';
            if ((count & 1) == 1)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }
            sum += d;
            count++;
        }
        return count > 0 && sum % 10 == 0;
    }
}
