using System.Diagnostics;
using System.Text.Json;
using Airs.Benchmarks.Compare;

namespace Airs.Benchmarks.Disk;

/// <summary>
/// `fsync-latency [count] [directory]`: the disk's own durable-write latency, the floor under every durable commit's
/// tail. Appends 4 KB to a file and flushes it to the device (<see cref="FileStream.Flush(bool)"/>, an fsync on Linux)
/// <c>count</c> times, one at a time, as SQLite's WAL commit does; prints the median, p90, p99 and worst. A decision
/// acknowledged only once durable cannot have a p99 below this p99.
/// </summary>
internal static class FsyncLatency
{
    public static int Run(int count, string? directory)
    {
        var path = Path.Combine(directory ?? Path.GetTempPath(), $"airs-fsync-probe-{Guid.NewGuid():n}");
        var block = new byte[4096];
        var samples = new double[count];
        try
        {
            using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);
            for (var i = 0; i < count + count / 10; i++)
            {
                file.Write(block);
                var start = Stopwatch.GetTimestamp();
                file.Flush(flushToDisk: true);
                var elapsed = Timing.Nanoseconds(Stopwatch.GetTimestamp() - start) / 1e6;
                if (i >= count / 10)
                {
                    samples[i - count / 10] = elapsed; // the first tenth warms the file's extent up and is not kept
                }
            }
        }
        finally
        {
            File.Delete(path);
        }
        Array.Sort(samples);
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            count,
            directory = Path.GetDirectoryName(path),
            medianMs = Timing.Quantile(samples, 0.5),
            p90Ms = Timing.Quantile(samples, 0.9),
            p99Ms = Timing.Quantile(samples, 0.99),
            maxMs = samples[^1],
        }));
        return 0;
    }
}
