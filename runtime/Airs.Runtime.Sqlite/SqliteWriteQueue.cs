using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace Airs.Runtime.Stores;

/// <summary>
/// The one writer of a SQLite store: operations queue here and a single loop runs them, as many as are
/// waiting, in one <c>BEGIN IMMEDIATE</c> transaction (group commit), each inside its own savepoint so a
/// failing operation rolls back alone. Callers are answered only after COMMIT, which with
/// <c>synchronous=FULL</c> means on disk. One writer means appends never race inside the process;
/// <c>BEGIN IMMEDIATE</c> takes SQLite's write lock, which serialises other processes too.
/// </summary>
internal sealed class SqliteWriteQueue : IAsyncDisposable
{
    private const int MaxBatch = 256;

    private readonly SqliteConnection connection;
    private readonly Channel<IWork> queue = Channel.CreateUnbounded<IWork>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task loop;

    public SqliteWriteQueue(SqliteConnection connection)
    {
        this.connection = connection;
        loop = Task.Run(RunAsync);
    }

    /// <summary>Queues an operation; cancelling stops the wait, not an operation already queued.</summary>
    public Task<T> RunAsync<T>(Func<SqliteConnection, SqliteTransaction, T> operation, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var work = new Work<T>(operation);
        if (!queue.Writer.TryWrite(work))
        {
            throw new ObjectDisposedException(nameof(SqliteAirsStore), "the store is closed");
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

            Execute(batch);
            batch.Clear();
        }
    }

    private void Execute(List<IWork> batch)
    {
        var failed = new bool[batch.Count];
        try
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            for (var i = 0; i < batch.Count; i++)
            {
                transaction.Save("op");
                try
                {
                    batch[i].Run(connection, transaction);
                    transaction.Release("op");
                }
                catch (Exception error)
                {
                    transaction.Rollback("op");
                    transaction.Release("op");
                    batch[i].Fail(error);
                    failed[i] = true;
                }
            }

            transaction.Commit();
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
        void Run(SqliteConnection connection, SqliteTransaction transaction);

        void Fail(Exception error);

        void Succeed();
    }

    private sealed class Work<T>(Func<SqliteConnection, SqliteTransaction, T> operation) : IWork
    {
        private readonly TaskCompletionSource<T> completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? result;

        public Task<T> Completion => completion.Task;

        public void Run(SqliteConnection connection, SqliteTransaction transaction) => result = operation(connection, transaction);

        public void Fail(Exception error) => completion.TrySetException(error);

        // Only after COMMIT: a result handed out earlier could name a record that was rolled back.
        public void Succeed() => completion.TrySetResult(result!);
    }
}
