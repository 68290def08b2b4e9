using System.Data.Common;
using System.Diagnostics;
using System.Threading.Channels;
using Airs.Runtime.Audit;

namespace Airs.Runtime.Stores;

/// <summary>
/// The one writer of an <see cref="AdoAirsStore"/>: operations queue here and a single loop runs them, as many
/// as are waiting, in one transaction (group commit). The store's <see cref="AdoAirsStore.BeginWriteAsync"/> takes
/// the database's writers' lock first (SQLite's <c>BEGIN IMMEDIATE</c>, a PostgreSQL advisory lock), so writes are
/// serialised across threads, processes and replicas. Callers are answered only after COMMIT: a result handed out
/// earlier could name a record that was rolled back.
/// <para>
/// A batch costs a fixed number of statements, not a number per operation: the audit tail is read once, plain
/// audit appends (a decision's record) are chained in memory and inserted together, and the keyed head is written
/// once. A store with its own audit segment (PostgreSQL) sends a batch of plain appends alone as one statement batch,
/// without the lock: one round trip. Only state operations (tickets, breakers, PACE) run each inside a savepoint, so a failing one rolls back
/// alone. While a batch commits the next one gathers: the busier the store, the larger the batches.
/// </para>
/// <para>
/// A batch of nothing but <em>written</em> appends (<see cref="AdoAirsStore.AppendAuditWrittenAsync"/>) may commit without
/// waiting for the disk, where the database can (SQLite: <c>synchronous=NORMAL</c> for that commit; PostgreSQL:
/// <c>synchronous_commit</c> off for that segment batch). Every other batch commits durably, and a durable commit makes
/// the written batches before it durable too (SQLite's WAL is one file, synced whole; PostgreSQL's WAL is flushed in
/// order, up to the durable commit's record). <see cref="SyncAsync"/> adds a durable batch when none has come since the last written one.
/// </para>
/// <para>
/// The queue holds at most <see cref="Capacity"/> operations: while the store stalls, further callers wait for room
/// (back-pressure) instead of the queue, and the memory it holds, growing for as long as the stall lasts.
/// </para>
/// </summary>
internal sealed class AdoWriteQueue : IAsyncDisposable
{
    internal const int MaxBatch = 1024;

    /// <summary>Operations the queue holds before a caller waits for room (back-pressure on a stalled store).</summary>
    internal const int Capacity = 16 * MaxBatch;
    private const string Savepoint = "op";

    private readonly AdoAirsStore store;
    // Bounded: while the store stalls, callers wait for room rather than the queue growing without limit.
    private readonly Channel<IWork> queue = Channel.CreateBounded<IWork>(new BoundedChannelOptions(Capacity) { SingleReader = true });
    private readonly Task loop;
    private long batches;
    private long operations;
    private int largest;
    private int flushRequested; // 1 while a FlushRequest is queued and its batch has not yet taken the resident counts
    private long committedBatches; // batches committed so far, counted before their callers are answered
    private long lastDurableBatch; // the number of the last batch that committed durably
    private long durableBatches;
    private volatile bool closed;

    public AdoWriteQueue(AdoAirsStore store)
    {
        this.store = store;
        loop = Task.Run(RunAsync);
    }

    /// <summary>Batches committed or rolled back so far, the operations in them, the largest batch, and the batches that committed durably.</summary>
    public WriteStatistics Statistics =>
        new(Volatile.Read(ref batches), Volatile.Read(ref operations), Volatile.Read(ref largest), Volatile.Read(ref durableBatches));

    /// <summary>
    /// Queues an operation, waiting for room when the queue is full; cancelling stops the wait, and an operation not yet
    /// queued is then never run (one already queued is).
    /// </summary>
    public Task<T> RunAsync<T>(Func<DbTransaction, Task<T>> operation, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var work = new Work<T>(operation);
        return EnqueueAsync(work, work.Completion, cancellationToken);
    }

    /// <summary>
    /// Queues a plain audit append, inserted with the batch's other appends; cancelling stops the wait (an append still
    /// waiting for room in a full queue is then never queued, so never acknowledged). With
    /// <paramref name="together"/> its acknowledgement runs in its batch's one work item
    /// (<see cref="AdoAirsStore.AcknowledgeAppendsTogether"/>).
    /// </summary>
    public Task<AuditRecord> AppendAsync(AuditEntry entry, bool together = false, bool written = false, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var work = new Append(entry, together, written);
        return EnqueueAsync(work, work.Completion, cancellationToken);
    }

    /// <summary>Completes when every batch committed before the call is durable: at once if the last one was.</summary>
    public Task SyncAsync(CancellationToken cancellationToken = default)
    {
        // A caller's written records are in batches counted before it was answered. A durable batch numbered at least
        // as high as every counted one has synced them all.
        var committed = Volatile.Read(ref committedBatches);
        if (Volatile.Read(ref lastDurableBatch) >= committed)
        {
            return Task.CompletedTask;
        }
        return RunAsync(async transaction =>
        {
            await store.WriteSyncMarkAsync(transaction).ConfigureAwait(false);
            return true;
        }, cancellationToken);
    }

    /// <summary>
    /// Asks for a batch that writes the store's resident limit counts, unless one is already coming: a charge met in
    /// memory must become durable even if no decision follows it. Throws once the store is closed.
    /// </summary>
    public void RequestFlush()
    {
        ThrowIfClosed();
        // A full queue needs no request: the batches that drain it take the counts.
        if (Interlocked.Exchange(ref flushRequested, 1) == 0 && !queue.Writer.TryWrite(FlushRequest.Instance))
        {
            ThrowIfClosed();
        }
    }

    /// <summary>Queues <paramref name="work"/> at once when there is room, else waits for it; then waits for its completion.</summary>
    private Task<T> EnqueueAsync<T>(IWork work, Task<T> completion, CancellationToken cancellationToken)
    {
        ThrowIfClosed();
        if (queue.Writer.TryWrite(work))
        {
            return cancellationToken.CanBeCanceled ? completion.WaitAsync(cancellationToken) : completion;
        }
        return WaitForRoomAsync(work, completion, cancellationToken);
    }

    private async Task<T> WaitForRoomAsync<T>(IWork work, Task<T> completion, CancellationToken cancellationToken)
    {
        try
        {
            await queue.Writer.WriteAsync(work, cancellationToken).ConfigureAwait(false);
        }
        catch (ChannelClosedException)
        {
            ThrowIfClosed();
            throw;
        }
        return await (cancellationToken.CanBeCanceled ? completion.WaitAsync(cancellationToken) : completion).ConfigureAwait(false);
    }

    private void ThrowIfClosed()
    {
        if (closed)
        {
            throw new ObjectDisposedException(store.GetType().Name, "the store is closed");
        }
    }

    private async Task RunAsync()
    {
        var batch = new List<IWork>(64);
        var appends = new List<Append>(64);
        while (await queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (batch.Count + appends.Count < MaxBatch && queue.Reader.TryRead(out var work))
            {
                if (work is Append append)
                {
                    appends.Add(append);
                }
                else if (work is not FlushRequest)
                {
                    batch.Add(work);
                }
            }

            // Taken after the batch's work was read: a charge met before its decision's append was queued is in this
            // flush or an earlier one, so the append is acknowledged only once the count is durable too.
            Volatile.Write(ref flushRequested, 0);
            var flush = store.TakeLimitFlush();
            if (batch.Count + appends.Count > 0 || flush is not null)
            {
                await ExecuteAsync(batch, appends, flush).ConfigureAwait(false);
            }
            batch.Clear();
            appends.Clear();
        }
        if (store.TakeLimitFlush() is { } last)
        {
            await ExecuteAsync([], [], last).ConfigureAwait(false); // counts met while the store was closing
        }
    }

    private async Task ExecuteAsync(List<IWork> operations, List<Append> appends, ResidentLimitCounts.Flush? flush)
    {
        var started = Stopwatch.GetTimestamp();
        var failed = new bool[operations.Count];
        var committed = false;
        var durable = true;
        DbConnection? connection = null;
        try
        {
            connection = await store.OpenWriterAsync().ConfigureAwait(false);
            durable = store.PrepareCommit(connection, durable: operations.Count > 0 || flush is not null || !appends.TrueForAll(static a => a.Written));
            if (operations.Count == 0 && flush is null && store.AppendsAlone(connection))
            {
                // Only this writer appends to its segment: no lock, no tail read, one statement batch (one round trip).
                await store.AppendToSegmentAsync(connection, transaction: null, appends, durable).ConfigureAwait(false);
            }
            else
            {
                await RunInTransactionAsync(connection, operations, appends, flush, failed).ConfigureAwait(false);
            }
            committed = true;
        }
        catch (Exception error)
        {
            flush?.Fail(error);
            for (var i = 0; i < operations.Count; i++)
            {
                if (!failed[i])
                {
                    operations[i].Fail(error);
                    failed[i] = true;
                }
            }
            foreach (var append in appends)
            {
                append.Fail(error);
            }
        }
        finally
        {
            store.EndAuditBatch(committed);
            if (connection is not null)
            {
                await store.CloseWriterAsync(connection).ConfigureAwait(false);
            }
        }

        var size = operations.Count + appends.Count;
        Interlocked.Increment(ref batches);
        Interlocked.Add(ref this.operations, size);
        Volatile.Write(ref largest, Math.Max(largest, size));
        StoreTelemetry.RecordBatch(size, Stopwatch.GetElapsedTime(started), committed);
        if (committed)
        {
            var number = committedBatches + 1; // only this loop writes the counts
            if (durable)
            {
                Volatile.Write(ref lastDurableBatch, number);
                Interlocked.Increment(ref durableBatches);
            }
            Volatile.Write(ref committedBatches, number);
            flush?.Succeed(); // before the appends: a decision is answered only after its counts are durable
        }
        for (var i = 0; i < operations.Count; i++)
        {
            if (!failed[i])
            {
                operations[i].Succeed();
            }
        }
        if (committed)
        {
            List<Append>? together = null;
            foreach (var append in appends)
            {
                if (append.Together)
                {
                    (together ??= new(appends.Count)).Add(append);
                }
                else
                {
                    append.Succeed();
                }
            }
            if (together is not null)
            {
                // Their continuations run inline, one after another, off this loop: the next batch is not held up.
                ThreadPool.UnsafeQueueUserWorkItem(static batch => batch.ForEach(static a => a.Succeed()), together, preferLocal: false);
            }
        }
    }

    /// <summary>The batch in one transaction under the writers' lock: state operations each in a savepoint, then the appends.</summary>
    private async Task RunInTransactionAsync(DbConnection connection, List<IWork> operations, List<Append> appends,
        ResidentLimitCounts.Flush? flush, bool[] failed)
    {
        await using var transaction = await store.BeginWriteAsync(connection).ConfigureAwait(false);
        store.StartAuditBatch();
        if (flush is not null)
        {
            await store.WriteLimitFlushAsync(transaction, flush).ConfigureAwait(false); // a failure fails the whole batch
        }

        // A lone operation needs no savepoint: if it fails, the whole transaction is rolled back below.
        var savepoints = operations.Count + (appends.Count > 0 || flush is not null ? 1 : 0) > 1;
        for (var i = 0; i < operations.Count; i++)
        {
            var mark = store.MarkAudit();
            if (savepoints)
            {
                await transaction.SaveAsync(Savepoint).ConfigureAwait(false);
            }

            try
            {
                await operations[i].RunAsync(transaction).ConfigureAwait(false);
                if (savepoints)
                {
                    await transaction.ReleaseAsync(Savepoint).ConfigureAwait(false);
                }
            }
            catch (Exception error) when (savepoints)
            {
                await transaction.RollbackAsync(Savepoint).ConfigureAwait(false);
                await transaction.ReleaseAsync(Savepoint).ConfigureAwait(false);
                store.RestoreAudit(mark); // the operation's audit record went with its savepoint
                operations[i].Fail(error);
                failed[i] = true;
            }
        }

        if (appends.Count > 0)
        {
            await store.AppendAuditBatchAsync(transaction, appends).ConfigureAwait(false);
        }
        await store.FinishAuditBatchAsync(transaction).ConfigureAwait(false);
        await transaction.CommitAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        closed = true;
        queue.Writer.TryComplete();
        await loop.ConfigureAwait(false);
    }

    internal interface IWork
    {
        Task RunAsync(DbTransaction transaction);

        void Fail(Exception error);

        void Succeed();
    }

    private sealed class Work<T>(Func<DbTransaction, Task<T>> operation) : IWork
    {
        private readonly TaskCompletionSource<T> completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? result;

        public Task<T> Completion => completion.Task;

        public async Task RunAsync(DbTransaction transaction) => result = await operation(transaction).ConfigureAwait(false);

        public void Fail(Exception error) => completion.TrySetException(error);

        // Only after COMMIT: a result handed out earlier could name a record that was rolled back.
        public void Succeed() => completion.TrySetResult(result!);
    }

    /// <summary>Wakes the loop for a batch that writes the resident limit counts; carries no work of its own.</summary>
    private sealed class FlushRequest : IWork
    {
        public static readonly FlushRequest Instance = new();

        public Task RunAsync(DbTransaction transaction) => throw new UnreachableException("a flush request is never run");

        public void Fail(Exception error)
        {
        }

        public void Succeed()
        {
        }
    }

    /// <summary>A plain audit append: the store chains <see cref="Entry"/> and sets <see cref="Record"/> inside the batch.</summary>
    internal sealed class Append(AuditEntry entry, bool together, bool written) : IWork
    {
        private readonly TaskCompletionSource<AuditRecord> completion =
            new(together ? TaskCreationOptions.None : TaskCreationOptions.RunContinuationsAsynchronously);

        public AuditEntry Entry => entry;

        /// <summary>Acknowledged with its batch's other such appends, continuations inline (see <see cref="AdoWriteQueue.AppendAsync"/>).</summary>
        public bool Together => together;

        /// <summary>Acknowledged once written, not necessarily durable (<see cref="AdoAirsStore.AppendAuditWrittenAsync"/>).</summary>
        public bool Written => written;

        public AuditRecord? Record { get; set; }

        public Task<AuditRecord> Completion => completion.Task;

        public Task RunAsync(DbTransaction transaction) => throw new UnreachableException("appends run together, in AppendAuditBatchAsync");

        public void Fail(Exception error)
        {
            if (together)
            {
                // Never inline on the writer's loop: a continuation there would hold up, or wait for, the next batch.
                ThreadPool.UnsafeQueueUserWorkItem(static failed => failed.Completion.TrySetException(failed.Error), (Completion: completion, Error: error), preferLocal: false);
                return;
            }
            completion.TrySetException(error);
        }

        public void Succeed() => completion.TrySetResult(Record!);
    }
}

/// <summary>
/// How a store's writer has batched so far: <see cref="Operations"/> / <see cref="Batches"/> is the mean batch size;
/// <see cref="DurableBatches"/> waited for the disk (the others held only written appends).
/// </summary>
public readonly record struct WriteStatistics(long Batches, long Operations, int LargestBatch, long DurableBatches);
