using System.Diagnostics;
using System.Diagnostics.Metrics;
using Airs.Benchmarks.Compare;

namespace Airs.Benchmarks.Gateway;

/// <summary>
/// `gateway-overhead --timeline`: where each timed call's wall-clock time goes, from time stamps taken as it happens
/// (Stopwatch, in the listeners' callbacks): the client's send, the gateway's server span, its decisions, the store's
/// commits (their end, and their start as end minus duration), the call to the upstream and the upstream's own span, and
/// the client's end; with the garbage collections and the GC pause time that fell inside the call. Reports each segment's
/// median and p99 over the calls, and its mean over the slowest 1% of calls beside its mean over the rest: the segment
/// whose mean grows in the slow calls is where the tail is. Calls run one at a time. In-process runs only.
/// </summary>
internal sealed class CallTimeline : IDisposable
{
    private readonly ActivityListener activities;
    private readonly MeterListener meters = new();
    private readonly List<(string Name, long At)> current = [];
    private readonly List<Call> gatewayCalls = [];
    private readonly List<Call> directCalls = [];
    private readonly HashSet<ActivitySpanId> upstreamCalls = [];
    private readonly Lock gate = new();
    private int gcCount;
    private TimeSpan gcPause;

    public CallTimeline()
    {
        activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "System.Net.Http" or "Microsoft.AspNetCore" || source.Name.StartsWith("Airs", StringComparison.Ordinal),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStarted = a => Event(a, "start"),
            ActivityStopped = a => Event(a, "stop"),
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
            var now = Stopwatch.GetTimestamp();
            Add("commit.start", now - (long)(seconds * Stopwatch.Frequency));
            Add("commit.end", now);
        });
        meters.Start();
    }

    public void StartCall()
    {
        lock (gate)
        {
            current.Clear();
            upstreamCalls.Clear();
        }
        gcCount = GC.CollectionCount(0);
        gcPause = GC.GetTotalPauseDuration();
        Add("client.start", Stopwatch.GetTimestamp());
    }

    public void EndCall(bool gateway)
    {
        var end = Stopwatch.GetTimestamp();
        Add("client.end", end);
        lock (gate)
        {
            (gateway ? gatewayCalls : directCalls).Add(new Call([.. current], GC.CollectionCount(0) - gcCount, (GC.GetTotalPauseDuration() - gcPause).TotalMilliseconds));
        }
    }

    public void Dispose()
    {
        activities.Dispose();
        meters.Dispose();
    }

    private void Event(Activity activity, string edge)
    {
        var now = Stopwatch.GetTimestamp();
        string name;
        lock (gate)
        {
            switch (activity.Source.Name)
            {
                case "System.Net.Http" when activity.Parent is not null:
                    upstreamCalls.Add(activity.SpanId);
                    name = "upcall";
                    break;
                case "System.Net.Http":
                    return;
                case "Microsoft.AspNetCore":
                    name = upstreamCalls.Contains(activity.ParentSpanId) ? "upspan" : "span";
                    break;
                default:
                    if (activity.OperationName != "airs.decision")
                    {
                        return;
                    }
                    name = "decision"; // the stage tag is set after the start: the first is the input's, the last the output's
                    break;
            }
            current.Add(($"{name}.{edge}", now));
        }
    }

    private void Add(string name, long at)
    {
        lock (gate)
        {
            current.Add((name, at));
        }
    }

    /// <summary>Segments of each call in milliseconds (NaN where a mark is missing), by the marks' first or last occurrence.</summary>
    public object Summary() => new
    {
        gateway = Summarise(gatewayCalls, GatewaySegments),
        direct = Summarise(directCalls, DirectSegments),
    };

    // (segment, from mark, to mark): a mark is "name" (first occurrence) or "name$" (last).
    private static readonly (string Segment, string From, string To)[] GatewaySegments =
    [
        ("total (client)", "client.start", "client.end$"),
        ("A client send -> gateway span start", "client.start", "span.start"),
        ("B span start -> input decision start (read, parse)", "span.start", "decision.start"),
        ("C input decision", "decision.start", "decision.stop"),
        ("D input decision -> upstream call start (written commit)", "decision.stop", "upcall.start"),
        ("D1 written commit (store)", "commit.start", "commit.end"),
        ("D2 written commit end -> upstream call start", "commit.end", "upcall.start"),
        ("E upstream call (HttpClient)", "upcall.start", "upcall.stop"),
        ("E1 upcall start -> upstream span start", "upcall.start", "upspan.start"),
        ("E2 upstream span", "upspan.start", "upspan.stop"),
        ("E3 upstream span stop -> upcall stop", "upspan.stop", "upcall.stop"),
        ("F upcall stop -> output decision start", "upcall.stop", "decision.start$"),
        ("G output decision", "decision.start$", "decision.stop$"),
        ("H output decision -> span stop", "decision.stop$", "span.stop"),
        ("H0 output decision -> durable commit start", "decision.stop$", "commit.start$"),
        ("H1 durable commit (store)", "commit.start$", "commit.end$"),
        ("H2 durable commit end -> span stop (wake, answer written)", "commit.end$", "span.stop"),
        ("I span stop -> client end", "span.stop", "client.end$"),
        ("span (server)", "span.start", "span.stop"),
    ];

    private static readonly (string Segment, string From, string To)[] DirectSegments =
    [
        ("total (client)", "client.start", "client.end$"),
        ("A client send -> span start", "client.start", "span.start"),
        ("span (upstream server)", "span.start", "span.stop"),
        ("I span stop -> client end", "span.stop", "client.end$"),
    ];

    private static object Summarise(List<Call> calls, (string Segment, string From, string To)[] segments)
    {
        if (calls.Count == 0)
        {
            return new { };
        }
        // $AIRS_BENCH_TIMELINE_CSV: every call's segments, in call order, to look for a period in the slow ones.
        if (Environment.GetEnvironmentVariable("AIRS_BENCH_TIMELINE_CSV") is { Length: > 0 } csv)
        {
            var file = $"{csv}.{(segments == GatewaySegments ? "gateway" : "direct")}.csv";
            File.WriteAllLines(file, [string.Join(',', segments.Select(s => $"\"{s.Segment}\"").Append("gc0"))
                , .. calls.Select(c => string.Join(',', segments.Select(s => c.Between(s.From, s.To).ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)).Append(c.Collections.ToString(System.Globalization.CultureInfo.InvariantCulture))))]);
        }
        var totals = calls.Select(c => c.Between("client.start", "client.end$")).ToArray();
        var threshold = totals.Order().ElementAt(Math.Min(totals.Length - 1, (int)Math.Floor(0.99 * totals.Length)));
        var slow = calls.Where((_, i) => totals[i] >= threshold).ToArray();
        var rest = calls.Where((_, i) => totals[i] < threshold).ToArray();
        var result = new Dictionary<string, object>();
        foreach (var (segment, from, to) in segments)
        {
            var all = calls.Select(c => c.Between(from, to)).Where(double.IsFinite).Order().ToArray();
            if (all.Length == 0)
            {
                continue;
            }
            static double Mean(IEnumerable<double> values) => values.Where(double.IsFinite).DefaultIfEmpty(double.NaN).Average();
            result[segment] = new
            {
                median = Round(Timing.Quantile(all, 0.5)),
                p99 = Round(Timing.Quantile(all, 0.99)),
                meanSlowest1Pct = Round(Mean(slow.Select(c => c.Between(from, to)))),
                meanOthers = Round(Mean(rest.Select(c => c.Between(from, to)))),
            };
        }
        result["gc0 collections: in slowest 1% / in others"] = $"{slow.Sum(c => c.Collections)} / {rest.Sum(c => c.Collections)}";
        result["gc pause ms mean: slowest 1% / others"] = $"{Round(slow.Average(c => c.PauseMs))} / {Round(rest.Average(c => c.PauseMs))}";
        result["calls slowest / others"] = $"{slow.Length} / {rest.Length}";
        return result;
    }

    private static double Round(double value) => Math.Round(value, 3);

    private sealed record Call((string Name, long At)[] Marks, int Collections, double PauseMs)
    {
        public double Between(string from, string to)
        {
            var a = Find(from);
            var b = Find(to);
            return a is { } x && b is { } y ? Timing.Nanoseconds(y - x) / 1e6 : double.NaN;
        }

        private long? Find(string mark)
        {
            var last = mark.EndsWith('$');
            var name = last ? mark[..^1] : mark;
            long? found = null;
            foreach (var (n, at) in Marks)
            {
                if (n == name)
                {
                    found = at;
                    if (!last)
                    {
                        break;
                    }
                }
            }
            return found;
        }
    }
}
