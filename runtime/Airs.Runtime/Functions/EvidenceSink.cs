using System.Collections.Immutable;
using Airs.Runtime.Decisions;

namespace Airs.Runtime.Functions;

/// <summary>
/// Collects the evidence of one control's evaluation. The list is created on the first match only, so a
/// control that finds nothing allocates nothing here; <see cref="Rent"/> lends a per-thread instance so the
/// compiled evaluator need not allocate a sink per call either.
/// </summary>
public sealed class EvidenceSink
{
    [ThreadStatic]
    private static EvidenceSink? CachedSink;

    private List<Evidence>? _items;

    public int Count => _items?.Count ?? 0;

    /// <summary>The most evidence one control keeps: a text with a million matches must not make a million records.</summary>
    public const int MaxItems = 1000;

    public void Add(Evidence evidence)
    {
        _items ??= [];
        if (_items.Count < MaxItems)
        {
            _items.Add(evidence);
        }
    }

    public void Add(string field, int start, int length, string label) => Add(new Evidence(field, start, length, label));

    /// <summary>The evidence collected so far, then empties the sink for the next control.</summary>
    public ImmutableArray<Evidence> Drain()
    {
        if (_items is null || _items.Count == 0)
        {
            return [];
        }
        var result = _items.ToImmutableArray();
        _items.Clear();
        return result;
    }

    public void Clear() => _items?.Clear();

    /// <summary>An empty sink owned by the current thread until <see cref="Return"/>; evaluation never re-enters, so one per thread is enough.</summary>
    public static EvidenceSink Rent()
    {
        var sink = CachedSink ?? new EvidenceSink();
        CachedSink = null;
        sink.Clear();
        return sink;
    }

    public static void Return(EvidenceSink sink)
    {
        sink.Clear();
        CachedSink = sink;
    }
}
