using System.Diagnostics;
using System.Globalization;
using Airs.Runtime.Audit;
using Airs.Runtime.PostgreSql;
using Airs.Runtime.Stores;

namespace Airs.Benchmarks.Engine;

/// <summary>
/// `group-commit [callers] [appends] [postgres connection]`: that many callers append decision-sized audit records at
/// once (each waits for its acknowledgement before the next), to SQLite in a temp dir or to PostgreSQL, and print
/// appends per second, the acknowledgement latency (median, p99) and how the writer batched (mean and largest batch).
/// </summary>
internal static class GroupCommit
{
    private static readonly string Payload = new('x', 420); // about the size of a decision's payload

    public static int Run(int callers, int appends, string? postgres)
    {
        var directory = Directory.CreateTempSubdirectory("airs-group-commit-").FullName;
        try
        {
            RunAsync(callers, appends, postgres, directory).GetAwaiter().GetResult();
            return 0;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task RunAsync(int callers, int appends, string? postgres, string directory)
    {
        await using AdoAirsStore store = postgres is null
            ? await SqliteAirsStore.OpenAsync(Path.Combine(directory, "airs.db"))
            : await PostgresAirsStore.OpenAsync(postgres);
        await store.AppendAuditAsync(Entry()); // schema and connections warm
        var before = store.WriteStatistics;
        var latencies = new double[appends];
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, callers).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < appends)
            {
                var started = Stopwatch.GetTimestamp();
                await store.AppendAuditAsync(Entry());
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMicroseconds;
            }
        })));
        var elapsed = clock.Elapsed;
        var after = store.WriteStatistics;
        Array.Sort(latencies);
        var batches = after.Batches - before.Batches;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{(postgres is null ? "sqlite" : "postgresql")}, {callers} callers: {appends / elapsed.TotalSeconds:F0} appends/s, " +
            $"ack median {latencies[appends / 2]:F0} µs, p99 {latencies[(int)(appends * 0.99)]:F0} µs, " +
            $"{batches} batches, mean {(double)(after.Operations - before.Operations) / batches:F1}, largest {after.LargestBatch}"));
    }

    private static AuditEntry Entry() => new(DateTimeOffset.UtcNow, AuditKinds.Decision, "system", $$"""{"p":"{{Payload}}"}""");
}
