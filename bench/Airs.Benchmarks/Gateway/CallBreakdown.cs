using System.Diagnostics;
using System.Diagnostics.Metrics;
using Airs.Benchmarks.Compare;

namespace Airs.Benchmarks.Gateway;

/// <summary>
/// Where a gateway call's time goes, from the spans and metrics the process already emits: the gateway's server span
/// (ASP.NET Core), its call to the upstream (HttpClient) and the upstream's own handling, each decision span and its
/// guardrail and audit layers by stage, and the store's group commits (<c>airs.store.commit.duration</c>). Calls must
/// run one at a time: <see cref="EndCall"/> closes the current call's sums. Listening costs a little: the totals of a
/// run with a breakdown are a little above those of a run without.
/// </summary>
internal sealed class CallBreakdown : IDisposable
{
    private readonly ActivityListener activities;
    private readonly MeterListener meters = new();
    private readonly Dictionary<string, double> current = [];
    private readonly Dictionary<string, List<double>> samples = [];
    private readonly HashSet<ActivitySpanId> gatewayCalls = [];
    private readonly Lock gate = new();

    public CallBreakdown()
    {
        activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "Airs.Runtime" or "System.Net.Http" or "Microsoft.AspNetCore" || source.Name.StartsWith("Airs", StringComparison.Ordinal),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStarted = Started,
            ActivityStopped = Stopped,
        };
        ActivitySource.AddActivityListener(activities);
        meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Name == "airs.store.commit.duration")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        meters.SetMeasurementEventCallback<double>((_, seconds, _, _) =>
        {
            Add("store commit (each batch, summed)", seconds * 1000);
            Add("store commits (count)", 1);
        });
        meters.Start();
    }

    /// <summary>Ends the current call: its sums become one sample per component, or are dropped (a call straight to the upstream).</summary>
    public void EndCall(bool record = true)
    {
        lock (gate)
        {
            foreach (var (name, value) in record ? current : [])
            {
                if (!samples.TryGetValue(name, out var list))
                {
                    samples[name] = list = [];
                }
                list.Add(value);
            }
            current.Clear();
            gatewayCalls.Clear();
        }
    }

    /// <summary>Median, p99 and mean per component, in milliseconds (counts for the counts).</summary>
    public Dictionary<string, object> Summary() => samples.OrderBy(s => s.Key, StringComparer.Ordinal).ToDictionary(s => s.Key, s =>
    {
        var sorted = s.Value.Order().ToArray();
        return (object)new { calls = sorted.Length, median = Timing.Quantile(sorted, 0.5), p99 = Timing.Quantile(sorted, 0.99), mean = sorted.Average() };
    });

    public void Dispose()
    {
        activities.Dispose();
        meters.Dispose();
    }

    private void Started(Activity activity)
    {
        // The gateway's own call to the upstream is the only HttpClient span with a parent in this process.
        if (activity.Source.Name == "System.Net.Http" && activity.Parent is not null)
        {
            lock (gate)
            {
                gatewayCalls.Add(activity.SpanId);
            }
        }
    }

    private void Stopped(Activity activity)
    {
        var ms = activity.Duration.TotalMilliseconds;
        switch (activity.Source.Name)
        {
            case "System.Net.Http" when activity.Parent is not null:
                Add("gateway: upstream call (HttpClient)", ms);
                break;
            case "Microsoft.AspNetCore":
                bool upstream;
                lock (gate)
                {
                    upstream = gatewayCalls.Contains(activity.ParentSpanId);
                }
                Add(upstream ? "upstream: its handler" : "gateway: server span (whole request)", ms);
                break;
            case "System.Net.Http":
                break;
            default:
                var stage = activity.OperationName == "airs.decision" ? activity : activity.Parent;
                Add($"{activity.OperationName} ({stage?.GetTagItem("airs.stage") ?? "?"})", ms);
                break;
        }
    }

    private void Add(string name, double value)
    {
        lock (gate)
        {
            current[name] = current.GetValueOrDefault(name) + value;
        }
    }
}
