using System.Collections.Concurrent;
using Airs.Runtime.Limits;

namespace Airs.Runtime.Stores;

/// <summary>
/// The limit counts of a store that one process writes (SQLite): held in memory, where a charge is met under its key's
/// lock by <see cref="LimitLedger.Meet(LimitCharge, LimitCount?)"/>, and written behind by the write queue's next batch
/// (<see cref="TakeFlush"/>), whose commit completes the charge's <see cref="UncommittedTallies.Committed"/>. The engine
/// acknowledges a decision only after that and after its audit record: no acknowledged count is lost, and a request
/// costs no write transaction of its own.
/// <para>
/// A key is read from the database the first time it is met (a restart keeps its count). Each write is conditional on
/// the row still holding what this process last read or wrote, so another process charging the same file makes the
/// batch fail instead of losing its counts. Any failed flush makes the process forget every count (the database holds
/// the truth again) and fails every charge not yet committed: the decisions that relied on them fail closed.
/// </para>
/// </summary>
/// <param name="load">Reads a key's stored count, as the last commit left it.</param>
/// <param name="maxEntries">Above this many keys, a flush forgets the clean ones (their count is in the database).</param>
internal sealed class ResidentLimitCounts(Func<LimitKey, Task<LimitCount?>> load, int maxEntries = 100_000)
{
    private readonly Func<LimitKey, Task<LimitCount?>> load = load;
    private readonly ConcurrentDictionary<LimitKey, Entry> entries = new();
    private readonly Lock gate = new(); // guards dirty, pending and every entry's Dirty and Gone
    private readonly List<Entry> dirty = [];
    private TaskCompletionSource pending = NewPending();

    public int Count => entries.Count;

    /// <summary>
    /// Meets <paramref name="charges"/> in order, and gives back what a refused request was admitted
    /// (<see cref="LimitRules.Returns"/>); <see cref="UncommittedTallies.Committed"/> is the flush (or flushes) that will write them.
    /// </summary>
    /// <param name="requestFlush">Asks the write queue for a batch; throws once the store is closed.</param>
    public async ValueTask<UncommittedTallies> MeetAsync(IReadOnlyList<LimitCharge> charges, Action requestFlush, CancellationToken cancellationToken)
    {
        var tallies = new LimitTally[charges.Count];
        Task? committed = null;
        Task? earlier = null; // a request whose charges wait for two flushes (rare) waits for both
        void Wait(Task? flush)
        {
            if (flush is not null && flush != committed)
            {
                earlier = committed is null ? null : earlier is null ? committed : Task.WhenAll(earlier, committed);
                committed = flush;
            }
        }
        for (var i = 0; i < charges.Count; i++)
        {
            var (tally, flush) = await MeetAsync(charges[i], cancellationToken).ConfigureAwait(false);
            tallies[i] = tally;
            Wait(flush);
        }
        // At once, in memory: what a request that a limit refused was admitted by the others is held for microseconds.
        foreach (var back in LimitRules.Returns(charges, tallies))
        {
            Wait((await MeetAsync(back, cancellationToken).ConfigureAwait(false)).Flush);
        }
        if (committed is null)
        {
            return new UncommittedTallies(tallies, Task.CompletedTask);
        }
        requestFlush();
        return new UncommittedTallies(tallies, earlier is null ? committed : Task.WhenAll(earlier, committed));
    }

    private async ValueTask<(LimitTally Tally, Task? Flush)> MeetAsync(LimitCharge charge, CancellationToken cancellationToken)
    {
        while (true)
        {
            var entry = entries.GetOrAdd(charge.Key, static (key, self) => new Entry(key, self.load(key)), this);
            LimitCount? stored;
            try
            {
                stored = await entry.Loaded.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception) when (entry.Loaded.IsFaulted)
            {
                entries.TryRemove(KeyValuePair.Create(charge.Key, entry)); // the next charge reads again
                throw;
            }

            LimitTally tally;
            lock (entry)
            {
                if (entry.Gone)
                {
                    continue;
                }
                entry.Start(stored);
                (tally, var write) = LimitLedger.Meet(charge, entry.Current);
                if (write is null || write == entry.Current)
                {
                    return (tally, null);
                }
                entry.Current = write;
            }
            lock (gate)
            {
                // Forgotten meanwhile (a failed flush, or evicted): this charge went with it; meet it again, afresh.
                if (entry.Gone)
                {
                    continue;
                }
                if (!entry.Dirty)
                {
                    entry.Dirty = true;
                    dirty.Add(entry);
                }
                return (tally, pending.Task);
            }
        }
    }

    /// <summary>The key's count in the window from <paramref name="windowStart"/>, when this process holds it.</summary>
    public bool TryRead(LimitKey key, long windowStart, out double count)
    {
        count = 0;
        if (!entries.TryGetValue(key, out var entry))
        {
            return false;
        }
        lock (entry)
        {
            if (entry.Gone || !entry.Started)
            {
                return false;
            }
            count = LimitLedger.CountIn(entry.Current, windowStart);
            return true;
        }
    }

    /// <summary>
    /// The counts changed since the last flush, to write in the batch about to run, or null when none did. Called by
    /// the write queue's one loop, after it has read the batch's work: every charge met before its request's audit
    /// append was queued is in this flush or an earlier one.
    /// </summary>
    public Flush? TakeFlush()
    {
        lock (gate)
        {
            if (entries.Count > maxEntries)
            {
                ForgetClean();
            }
            if (dirty.Count == 0)
            {
                return null;
            }
            var writes = new LimitWrite[dirty.Count];
            for (var i = 0; i < dirty.Count; i++)
            {
                var entry = dirty[i];
                lock (entry)
                {
                    writes[i] = new LimitWrite(entry, entry.Current!.Value, entry.Persisted);
                }
                entry.Dirty = false;
            }
            dirty.Clear();
            var flush = new Flush(this, writes, pending);
            pending = NewPending();
            return flush;
        }
    }

    /// <summary>Forgets every key whose count is what the database holds, so memory stays bounded by the busy keys.</summary>
    private void ForgetClean()
    {
        foreach (var (key, entry) in entries)
        {
            lock (entry)
            {
                if (entry.Dirty || !entry.Started || entry.Current != entry.Persisted)
                {
                    continue;
                }
                entry.Gone = true;
            }
            entries.TryRemove(KeyValuePair.Create(key, entry));
        }
    }

    /// <summary>After a failed flush: forget everything (the database holds the truth) and fail every charge not yet written.</summary>
    private void Forget(Exception error)
    {
        lock (gate)
        {
            foreach (var entry in entries.Values)
            {
                lock (entry)
                {
                    entry.Gone = true;
                }
            }
            entries.Clear();
            dirty.Clear();
            pending.TrySetException(error);
            pending = NewPending();
        }
    }

    private static TaskCompletionSource NewPending() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>One key's count: <see cref="Current"/> as this process has met it, <see cref="Persisted"/> as the database holds it.</summary>
    internal sealed class Entry(LimitKey key, Task<LimitCount?> loaded)
    {
        public LimitKey Key => key;

        public Task<LimitCount?> Loaded => loaded;

        public bool Started { get; private set; }

        public LimitCount? Current { get; set; }

        public LimitCount? Persisted { get; set; }

        public bool Dirty { get; set; }

        public bool Gone { get; set; }

        /// <summary>Takes the loaded row as both counts, once (under the entry's lock).</summary>
        public void Start(LimitCount? stored)
        {
            if (!Started)
            {
                Current = Persisted = stored;
                Started = true;
            }
        }
    }

    /// <summary>One conditional write: the row goes from <paramref name="Expected"/> (null: no row) to <paramref name="Value"/>.</summary>
    internal readonly record struct LimitWrite(Entry Entry, LimitCount Value, LimitCount? Expected);

    /// <summary>The writes of one batch and the charges waiting on them.</summary>
    internal sealed class Flush(ResidentLimitCounts counts, LimitWrite[] writes, TaskCompletionSource waiting)
    {
        public IReadOnlyList<LimitWrite> Writes => writes;

        /// <summary>After COMMIT: the database holds the written counts; the charges are durable.</summary>
        public void Succeed()
        {
            foreach (var write in writes)
            {
                lock (write.Entry)
                {
                    write.Entry.Persisted = write.Value;
                }
            }
            waiting.TrySetResult();
        }

        public void Fail(Exception error)
        {
            waiting.TrySetException(error);
            counts.Forget(error);
        }
    }
}
