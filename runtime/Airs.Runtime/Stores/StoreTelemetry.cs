using System.Diagnostics.Metrics;
using Airs.Runtime.Telemetry;

namespace Airs.Runtime.Stores;

/// <summary>
/// The database stores' group commit on <see cref="AirsTelemetry"/>: the histograms <c>airs.store.batch.size</c>
/// (operations per write transaction) and <c>airs.store.commit.duration</c> (from a batch's first statement to its
/// COMMIT: the wait every operation in it shares), tagged <c>airs.store.result</c> <c>commit</c> or <c>rollback</c>.
/// </summary>
internal static class StoreTelemetry
{
    public const string BatchSizeName = "airs.store.batch.size";
    public const string CommitDurationName = "airs.store.commit.duration";

    private static readonly Histogram<int> BatchSize = AirsTelemetry.Meter.CreateHistogram<int>(
        BatchSizeName, "{operation}", "Operations committed together in one write transaction (group commit)");

    private static readonly Histogram<double> CommitDuration = AirsTelemetry.Meter.CreateHistogram<double>(
        CommitDurationName, "s", "Time from a write batch's first statement to its COMMIT",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.5] });

    public static void RecordBatch(int operations, TimeSpan elapsed, bool committed)
    {
        if (!BatchSize.Enabled && !CommitDuration.Enabled)
        {
            return;
        }
        var result = new KeyValuePair<string, object?>("airs.store.result", committed ? "commit" : "rollback");
        BatchSize.Record(operations, result);
        CommitDuration.Record(elapsed.TotalSeconds, result);
    }
}
