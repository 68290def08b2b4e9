using System.Collections.Immutable;
using Airs.Runtime.Decisions;

namespace Airs.Runtime.Functions;

/// <summary>
/// The detector calls one stage evaluation shares (the compiler's optimiser finds identical calls): each runs once,
/// on first use, into a scratch sink; every use, the first included, then replays the recorded evidence into the
/// guard's own sink, so each guard sees exactly the evidence a fresh call would have given it. Calls are never
/// nested (their arguments read only the request context). <see cref="Rent"/> lends a per-thread instance.
/// </summary>
public sealed class CallMemo
{
    [ThreadStatic]
    private static CallMemo? CachedMemo;

    private readonly EvidenceSink _scratch = new();
    private Entry[] _entries = [];
    private int _used;

    private struct Entry
    {
        public bool Done;
        public double Number;
        public Spans Spans;
        public ImmutableArray<Evidence> Evidence;
    }

    /// <summary>An empty memo with room for <paramref name="slots"/> slots (it grows if asked for more), owned by the current thread until <see cref="Return"/>.</summary>
    public static CallMemo Rent(int slots)
    {
        var memo = CachedMemo ?? new CallMemo();
        CachedMemo = null;
        if (memo._entries.Length < slots)
        {
            memo._entries = new Entry[slots];
        }
        return memo;
    }

    /// <summary>Forgets every result (so no text outlives its request) and keeps the memo for the thread's next evaluation.</summary>
    public static void Return(CallMemo memo)
    {
        Array.Clear(memo._entries, 0, memo._used);
        memo._used = 0;
        CachedMemo = memo;
    }

    public bool Bool<TState>(int slot, EvidenceSink sink, TState state, Func<TState, EvidenceSink, bool> call)
    {
        ref var entry = ref Slot(slot);
        if (!entry.Done)
        {
            _scratch.Clear();
            entry.Number = call(state, _scratch) ? 1 : 0;
            Finish(ref entry);
        }
        Replay(entry.Evidence, sink);
        return entry.Number != 0;
    }

    public double Number<TState>(int slot, EvidenceSink sink, TState state, Func<TState, EvidenceSink, double> call)
    {
        ref var entry = ref Slot(slot);
        if (!entry.Done)
        {
            _scratch.Clear();
            entry.Number = call(state, _scratch);
            Finish(ref entry);
        }
        Replay(entry.Evidence, sink);
        return entry.Number;
    }

    public Spans Spans<TState>(int slot, EvidenceSink sink, TState state, Func<TState, EvidenceSink, Spans> call)
    {
        ref var entry = ref Slot(slot);
        if (!entry.Done)
        {
            _scratch.Clear();
            entry.Spans = call(state, _scratch);
            Finish(ref entry);
        }
        Replay(entry.Evidence, sink);
        return entry.Spans;
    }

    private ref Entry Slot(int slot)
    {
        if (slot >= _entries.Length)
        {
            Array.Resize(ref _entries, Math.Max(slot + 1, _entries.Length * 2));
        }
        _used = Math.Max(_used, slot + 1);
        return ref _entries[slot];
    }

    private void Finish(ref Entry entry)
    {
        entry.Evidence = _scratch.Drain();
        entry.Done = true;
    }

    private static void Replay(ImmutableArray<Evidence> evidence, EvidenceSink sink)
    {
        foreach (var e in evidence)
        {
            sink.Add(e);
        }
    }
}
