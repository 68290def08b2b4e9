using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text;
using Airs.Runtime.Telemetry;

namespace Airs.Runtime.AspNetCore.Sidecar;

/// <summary>
/// The <c>Airs.Runtime</c> meter in the Prometheus text format (0.0.4), collected by a <see cref="MeterListener"/>:
/// counters as <c>_total</c>, histograms as cumulative buckets with <c>_sum</c> and <c>_count</c>, gauges as read at scrape time.
/// Breaker scope keys name users and sessions; unless <c>userLabels</c> is on they are exported as <c>user:*</c> and
/// <c>session:*</c>, with the worst state of the keys they stand for.
/// </summary>
internal sealed class PrometheusMetrics : IDisposable
{
    private const string ScopeKeyTag = "airs.breaker.scope_key";

    private static readonly double[] Bounds = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly MeterListener listener = new();
    private readonly ConcurrentDictionary<(Instrument Instrument, string Labels), Series> series = new();
    private readonly MeasuredSeries measured = new();
    private readonly Lock scrape = new();
    private readonly bool userLabels;

    public PrometheusMetrics(bool userLabels = false)
    {
        this.userLabels = userLabels;
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == AirsTelemetry.Name)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((i, value, tags, _) => Record(i, value, tags));
        listener.SetMeasurementEventCallback<int>((i, value, tags, _) => Record(i, value, tags));
        listener.SetMeasurementEventCallback<double>((i, value, tags, _) => Record(i, value, tags));
        listener.Start();
    }

    public string Render()
    {
        lock (scrape)
        {
            // Gauges are observed now; their old values go first, so a key that closed is no longer reported.
            foreach (var key in series.Keys.Where(k => IsGauge(k.Instrument)))
            {
                series.TryRemove(key, out _);
            }
            listener.RecordObservableInstruments();
            var text = new StringBuilder();
            foreach (var group in series.ToArray().GroupBy(s => s.Key.Instrument).OrderBy(g => g.Key.Name, StringComparer.Ordinal))
            {
                Write(text, group.Key, group.OrderBy(s => s.Key.Labels, StringComparer.Ordinal).Select(s => (s.Key.Labels, s.Value)));
            }
            return text.ToString();
        }
    }

    public void Dispose() => listener.Dispose();

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        // Gauges are read at scrape time and their series cleared before it, so they are never looked up by tags.
        var entry = IsGauge(instrument) ? SeriesOf(instrument, tags) : measured.Find(instrument, tags) ?? measured.Add(instrument, tags, SeriesOf(instrument, tags));
        lock (entry)
        {
            if (IsGauge(instrument))
            {
                // Gauges are cleared before each scrape; several keys folded into one label set report the highest.
                entry.Sum = entry.Count++ == 0 ? value : Math.Max(entry.Sum, value);
                return;
            }
            entry.Sum += value;
            entry.Count++;
            if (instrument is Histogram<double> or Histogram<long> or Histogram<int>)
            {
                entry.Buckets ??= new long[Bounds.Length];
                for (var b = 0; b < Bounds.Length; b++)
                {
                    if (value <= Bounds[b])
                    {
                        entry.Buckets[b]++;
                    }
                }
            }
        }
    }

    private Series SeriesOf(Instrument instrument, ReadOnlySpan<KeyValuePair<string, object?>> tags) =>
        series.GetOrAdd((instrument, Labels(tags)), _ => new Series());

    private static void Write(StringBuilder text, Instrument instrument, IEnumerable<(string Labels, Series Value)> rows)
    {
        var name = MetricName(instrument);
        var kind = IsGauge(instrument) ? "gauge" : instrument.GetType().Name.StartsWith("Histogram", StringComparison.Ordinal) ? "histogram" : "counter";
        var exposed = kind == "counter" ? name + "_total" : name;
        if (instrument.Description is { Length: > 0 } description)
        {
            text.Append("# HELP ").Append(exposed).Append(' ').Append(description.Replace("\\", "\\\\").Replace("\n", "\\n")).Append('\n');
        }
        text.Append("# TYPE ").Append(exposed).Append(' ').Append(kind).Append('\n');
        foreach (var (labels, value) in rows)
        {
            lock (value)
            {
                if (kind != "histogram")
                {
                    Line(text, exposed, labels, value.Sum);
                    continue;
                }
                for (var b = 0; b < Bounds.Length; b++)
                {
                    Line(text, name + "_bucket", Join(labels, $"le=\"{Number(Bounds[b])}\""), value.Buckets?[b] ?? 0);
                }
                Line(text, name + "_bucket", Join(labels, "le=\"+Inf\""), value.Count);
                Line(text, name + "_sum", labels, value.Sum);
                Line(text, name + "_count", labels, value.Count);
            }
        }
    }

    private static void Line(StringBuilder text, string name, string labels, double value)
    {
        text.Append(name);
        if (labels.Length > 0)
        {
            text.Append('{').Append(labels).Append('}');
        }
        text.Append(' ').Append(Number(value)).Append('\n');
    }

    private static string Join(string labels, string extra) => labels.Length == 0 ? extra : labels + "," + extra;

    private static bool IsGauge(Instrument instrument) =>
        instrument.IsObservable && instrument.GetType().Name.StartsWith("ObservableGauge", StringComparison.Ordinal);

    /// <summary>Dots and other characters Prometheus does not allow become underscores; the unit "s" becomes "_seconds".</summary>
    private static string MetricName(Instrument instrument)
    {
        var name = Sanitize(instrument.Name);
        return instrument.Unit == "s" && !name.EndsWith("_seconds", StringComparison.Ordinal) ? name + "_seconds" : name;
    }

    private string Labels(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (tags.Length == 0)
        {
            return "";
        }
        var pairs = new List<string>(tags.Length);
        foreach (var tag in tags)
        {
            var value = Convert.ToString(tag.Value, CultureInfo.InvariantCulture) ?? "";
            if (tag.Key == ScopeKeyTag && !userLabels)
            {
                value = ScopeOf(value);
            }
            pairs.Add($"{Sanitize(tag.Key)}=\"{value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n")}\"");
        }
        pairs.Sort(StringComparer.Ordinal);
        return string.Join(",", pairs);
    }

    /// <summary><c>user:alice</c> → <c>user:*</c>; <c>global</c> stays.</summary>
    private static string ScopeOf(string key)
    {
        var colon = key.IndexOf(':');
        return colon < 0 ? key : key[..(colon + 1)] + "*";
    }

    private static string Sanitize(string name)
    {
        var chars = name.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (!(char.IsAsciiLetterOrDigit(chars[i]) || chars[i] == '_' || chars[i] == ':'))
            {
                chars[i] = '_';
            }
        }
        return new string(chars);
    }

    private static string Number(double value) =>
        double.IsPositiveInfinity(value) ? "+Inf" : value.ToString("R", CultureInfo.InvariantCulture);

    internal sealed class Series
    {
        public double Sum;
        public long Count;
        public long[]? Buckets;
    }
}
