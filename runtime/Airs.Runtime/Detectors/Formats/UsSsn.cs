namespace Airs.Runtime.Detectors;

/// <summary>US Social Security numbers: area 001–899 except 666, group 01–99, serial 0001–9999; the advertising placeholder never counts, the voided wallet number only after a label.</summary>
internal static class UsSsn
{
    public static bool IsValid(ReadOnlySpan<char> candidate, bool allowVoided = false)
    {
        Span<int> d = stackalloc int[9];
        var n = 0;
        foreach (var c in candidate)
        {
            if (char.IsAsciiDigit(c))
            {
                if (n == 9)
                {
                    return false;
                }
                d[n++] = c - '0';
            }
        }
        if (n != 9)
        {
            return false;
        }
        var area = d[0] * 100 + d[1] * 10 + d[2];
        var group = d[3] * 10 + d[4];
        var serial = d[5] * 1000 + d[6] * 100 + d[7] * 10 + d[8];
        if (area is 0 or 666 or >= 900 || group == 0 || serial == 0)
        {
            return false;
        }
        // 123-45-6789 is the advertising placeholder. 078-05-1120 (printed in wallets) was voided, but it was issued and
        // is still used: after an SSN label it counts.
        return !(area == 123 && group == 45 && serial == 6789) && (allowVoided || !(area == 78 && group == 5 && serial == 1120));
    }
}
