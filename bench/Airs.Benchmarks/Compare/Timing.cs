using System.Diagnostics;

namespace Airs.Benchmarks.Compare;

/// <summary>Per-call timings in nanoseconds from Stopwatch ticks, summarised the way the Node scripts do it.</summary>
internal static class Timing
{
    public static double Nanoseconds(long ticks) => ticks * 1e9 / Stopwatch.Frequency;

    /// <summary>The sample at quantile <paramref name="q"/> of the sorted samples (same index rule as the Node side).</summary>
    public static double Quantile(double[] sorted, double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Floor(q * sorted.Length))];

    /// <summary>The one-minute load average, as measurements report it beside their figures.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    /// <summary>
    /// Nanoseconds of each of <paramref name="calls"/> single calls, sorted, after the caller's warm-up. A call costs one
    /// delegate hop: for operations of a few nanoseconds time them inline (EngineLatency does).
    /// </summary>
    public static double[] SortedSamples(int calls, Action call)
    {
        var samples = new double[calls];
        for (var i = 0; i < calls; i++)
        {
            var start = Stopwatch.GetTimestamp();
            call();
            samples[i] = Nanoseconds(Stopwatch.GetTimestamp() - start);
        }
        Array.Sort(samples);
        return samples;
    }
}
