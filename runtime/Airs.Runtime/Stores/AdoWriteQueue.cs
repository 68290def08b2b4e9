using System.Data.Common;
using System.Threading.Channels;

namespace Airs.Runtime.Stores;

/// <summary>
/// The one writer of an <see cref="AdoAirsStore"/>: operations queue here and a single loop runs them, as many
/// as are waiting, in one transaction (group commit), each inside its own savepoint so a failing operation rolls
/// back alone. The store's <see cref="AdoAirsStore.BeginWriteAsync"/> takes the database's writers' lock first
/// (SQLite's <c>BEGIN IMMEDIATE</c>, a PostgreSQL advisory lock), so writes are serialised across threads,
/// processes and replicas. Callers are answered only after COMMIT: a result handed out earlier could name a
/// record that was rolled back.
/// </summary>
internal sealed class AdoWriteQueue : IAsyncDisposable
{
    private const int MaxBatch = 256;
    private const string Savepoint = "op";

    private readonly AdoAirsStore store;
    private readonly Channel<IWork> queue = Channel.CreateUnbounded<IWork>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task loop;

    public AdoWriteQueue(AdoAirsStore store)
    {
        this.store = store;
        loop = Task.Run(RunAsync);
    }

    /// <summary>Queues an operation; cancelling stops the wait, not an operation already queued.</summary>
    public Task<T> RunAsync<T>(Func<DbTransaction, Task<T>> operation, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var work = new Work<T>(operation);
        if (!queue.Writer.TryWrite(work))
        {
            throw new ObjectDisposedException(store.GetType().Name, "the store is closed");
        }

        return work.Completion.WaitAsync(cancellationToken);
    }

    private async Task RunAsync()
    {
        var batch = new List<IWork>(MaxBatch);
        while (await queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var work))
            {
                batch.Add(work);
            }

            await ExecuteAsync(batch).ConfigureAwait(false);
            batch.Clear();
        }
    }

    private async Task ExecuteAsync(List<IWork> batch)
    {
        var failed = new bool[batch.Count];
        DbConnection? connection = null;
        try
        {
            connection = await store.OpenWriterAsync().ConfigureAwait(false);
            await using var transaction = await store.BeginWriteAsync(connection).ConfigureAwait(false);

            // A lone operation needs no savepoint: if it fails, the whole transaction is rolled back below.
            var savepoints = batch.Count > 1;
            for (var i = 0; i < batch.Count; i++)
            {
                if (savepoints)
                {
                    await transaction.SaveAsync(Savepoint).ConfigureAwait(false);
                }

                try
                {
                    await batch[i].RunAsync(transaction).ConfigureAwait(false);
                    if (savepoints)
                    {
                        await transaction.ReleaseAsync(Savepoint).ConfigureAwait(false);
                    }
                }
                catch (Exception error) when (savepoints)
                {
                    await transaction.RollbackAsync(Savepoint).ConfigureAwait(false);
                    await transaction.ReleaseAsync(Savepoint).ConfigureAwait(false);
                    batch[i].Fail(error);
                    failed[i] = true;
                }
            }

            await transaction.CommitAsync().ConfigureAwait(false);
        }
        catch (Exception error)
        {
            for (var i = 0; i < batch.Count; i++)
            {
                if (!failed[i])
                {
                    batch[i].Fail(error);
                    failed[i] = true;
                }
            }
        }
        finally
        {
            if (connection is not null)
            {
                await store.CloseWriterAsync(connection).ConfigureAwait(false);
            }
        }

        for (var i = 0; i < batch.Count; i++)
        {
            if (!failed[i])
            {
                batch[i].Succeed();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await loop.ConfigureAwait(false);
    }

    private interface IWork
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
}
