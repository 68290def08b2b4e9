using System.Data;
using System.Threading.Channels;
using Npgsql;

namespace Airs.Runtime.PostgreSql;

/// <summary>
/// The writer of one replica: operations queue here and a single loop runs them, as many as are waiting,
/// in one transaction (group commit), each inside its own savepoint so a failing operation rolls back alone.
/// Every transaction first takes the writers' advisory lock, which serialises writes across all replicas:
/// the audit head read inside is the last one committed anywhere, and writers never deadlock on row locks.
/// Callers are answered only after COMMIT, which with the server's default <c>synchronous_commit</c> means
/// the WAL is flushed.
/// </summary>
internal sealed class PostgresWriteQueue : IAsyncDisposable
{
    private const int MaxBatch = 256;

    private readonly NpgsqlDataSource dataSource;
    private readonly Channel<IWork> queue = Channel.CreateUnbounded<IWork>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task loop;

    public PostgresWriteQueue(NpgsqlDataSource dataSource)
    {
        this.dataSource = dataSource;
        loop = Task.Run(RunAsync);
    }

    /// <summary>Queues an operation; cancelling stops the wait, not an operation already queued.</summary>
    public Task<T> RunAsync<T>(Func<NpgsqlConnection, NpgsqlTransaction, Task<T>> operation, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var work = new Work<T>(operation);
        if (!queue.Writer.TryWrite(work))
        {
            throw new ObjectDisposedException(nameof(PostgresAirsStore), "the store is closed");
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
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync().ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted).ConfigureAwait(false);
            await using (var lockWriters = new NpgsqlCommand(PostgresSql.LockWriters, connection, transaction))
            {
                await lockWriters.ExecuteNonQueryAsync().ConfigureAwait(false);
            }

            // A lone operation needs no savepoint: if it fails, the whole transaction is rolled back below.
            var savepoints = batch.Count > 1;
            for (var i = 0; i < batch.Count; i++)
            {
                if (savepoints)
                {
                    await transaction.SaveAsync("op").ConfigureAwait(false);
                }

                try
                {
                    await batch[i].RunAsync(connection, transaction).ConfigureAwait(false);
                    if (savepoints)
                    {
                        await transaction.ReleaseAsync("op").ConfigureAwait(false);
                    }
                }
                catch (Exception error) when (savepoints)
                {
                    await transaction.RollbackAsync("op").ConfigureAwait(false);
                    await transaction.ReleaseAsync("op").ConfigureAwait(false);
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
        Task RunAsync(NpgsqlConnection connection, NpgsqlTransaction transaction);

        void Fail(Exception error);

        void Succeed();
    }

    private sealed class Work<T>(Func<NpgsqlConnection, NpgsqlTransaction, Task<T>> operation) : IWork
    {
        private readonly TaskCompletionSource<T> completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? result;

        public Task<T> Completion => completion.Task;

        public async Task RunAsync(NpgsqlConnection connection, NpgsqlTransaction transaction) =>
            result = await operation(connection, transaction).ConfigureAwait(false);

        public void Fail(Exception error) => completion.TrySetException(error);

        // Only after COMMIT: a result handed out earlier could name a record that was rolled back.
        public void Succeed() => completion.TrySetResult(result!);
    }
}
