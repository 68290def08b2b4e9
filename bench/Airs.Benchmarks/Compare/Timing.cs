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
    /// Runs <paramref name="round"/> until three rounds in a row each compile fewer than <paramref name="quietBelow"/>
    /// methods and <paramref name="atLeast"/> has passed, or until <paramref name="maxRounds"/> rounds or
    /// <paramref name="atMost"/>; sleeps <paramref name="pause"/> after each round (the tiering thread's turn on a busy
    /// host). Returns the rounds run. Tiered compilation promotes code in bursts for thousands of calls after start, later
    /// when the machine is busy: a run timed before it settles measures that, not the code.
    /// </summary>
    public static async Task<int> SettleJitAsync(Func<Task> round, int quietBelow, int maxRounds, TimeSpan atLeast, TimeSpan atMost, TimeSpan pause)
    {
        var quiet = 0;
        var rounds = 0;
        var started = Stopwatch.GetTimestamp();
        while ((quiet < 3 || Stopwatch.GetElapsedTime(started) < atLeast) && rounds < maxRounds && Stopwatch.GetElapsedTime(started) < atMost)
        {
            var jitted = System.Runtime.JitInfo.GetCompiledMethodCount();
            await round();
            rounds++;
            if (pause > TimeSpan.Zero)
            {
                Thread.Sleep(pause);
            }
            quiet = System.Runtime.JitInfo.GetCompiledMethodCount() - jitted < quietBelow ? quiet + 1 : 0;
        }
        return rounds;
    }

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
