namespace Airs.Runtime.Detectors;

/// <summary>Shannon entropy in bits per character, for telling random tokens from words and placeholders.</summary>
internal static class Entropy
{
    public static double BitsPerChar(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty)
        {
            return 0;
        }
        Span<int> counts = stackalloc int[128];
        var other = 0;
        foreach (var c in s)
        {
            if (c < 128)
            {
                counts[c]++;
            }
            else
            {
                other++;
            }
        }
        double bits = 0;
        foreach (var n in counts)
        {
            bits += Term(n, s.Length);
        }
        return bits + Term(other, s.Length);
    }

    private static double Term(int n, int total)
    {
        if (n == 0)
        {
            return 0;
        }
        var p = (double)n / total;
        return -p * Math.Log2(p);
    }
}
