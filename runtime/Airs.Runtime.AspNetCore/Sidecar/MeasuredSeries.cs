using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Airs.Runtime.AspNetCore.Sidecar;

/// <summary>
/// The series of each tag set as the instruments measure it, found from the measurement's own span of tags without
/// making anything: every decision measures a few fixed tag sets, and building their label text each time (a list,
/// a string per tag, the sort, the join) allocated more than the rest of the decision's telemetry.
/// </summary>
internal sealed class MeasuredSeries
{
    // Label sets are few (outcomes × stages × policies, controls); a bound keeps an unexpected high-cardinality tag
    // (an id) from growing the cache for ever: past it, the slow path still records correctly.
    private const int Bound = 4096;

    private readonly ConcurrentDictionary<Key, PrometheusMetrics.Series> cache = new(new Comparer());
    private readonly ConcurrentDictionary<Key, PrometheusMetrics.Series>.AlternateLookup<Measured> lookup;

    public MeasuredSeries() => lookup = cache.GetAlternateLookup<Measured>();

    public PrometheusMetrics.Series? Find(Instrument instrument, ReadOnlySpan<KeyValuePair<string, object?>> tags) =>
        lookup.TryGetValue(new Measured(instrument, tags), out var series) ? series : null;

    public PrometheusMetrics.Series Add(Instrument instrument, ReadOnlySpan<KeyValuePair<string, object?>> tags, PrometheusMetrics.Series series)
    {
        if (cache.Count < Bound)
        {
            cache.TryAdd(new Key(instrument, tags.ToArray()), series);
        }
        return series;
    }

    private sealed record Key(Instrument Instrument, KeyValuePair<string, object?>[] Tags);

    private readonly ref struct Measured(Instrument instrument, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        public Instrument Instrument { get; } = instrument;

        public ReadOnlySpan<KeyValuePair<string, object?>> Tags { get; } = tags;
    }

    /// <summary>Equal when the instrument is the same and the tags are the same, in the same order.</summary>
    private sealed class Comparer : IEqualityComparer<Key>, IAlternateEqualityComparer<Measured, Key>
    {
        public bool Equals(Key? x, Key? y) => ReferenceEquals(x, y) || (x is not null && y is not null && Same(x.Instrument, x.Tags, y.Instrument, y.Tags));

        public int GetHashCode(Key key) => Hash(key.Instrument, key.Tags);

        public bool Equals(Measured alternate, Key other) => Same(alternate.Instrument, alternate.Tags, other.Instrument, other.Tags);

        public int GetHashCode(Measured alternate) => Hash(alternate.Instrument, alternate.Tags);

        public Key Create(Measured alternate) => new(alternate.Instrument, alternate.Tags.ToArray());

        private static bool Same(Instrument a, ReadOnlySpan<KeyValuePair<string, object?>> x, Instrument b, ReadOnlySpan<KeyValuePair<string, object?>> y)
        {
            if (!ReferenceEquals(a, b) || x.Length != y.Length)
            {
                return false;
            }
            for (var i = 0; i < x.Length; i++)
            {
                if (!string.Equals(x[i].Key, y[i].Key, StringComparison.Ordinal) || !Equals(x[i].Value, y[i].Value))
                {
                    return false;
                }
            }
            return true;
        }

        private static int Hash(Instrument instrument, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            var hash = new HashCode();
            hash.Add(instrument);
            foreach (var tag in tags)
            {
                hash.Add(tag.Key);
                hash.Add(tag.Value);
            }
            return hash.ToHashCode();
        }
    }
}
