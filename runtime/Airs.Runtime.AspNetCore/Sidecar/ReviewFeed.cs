using Airs.Runtime.Reviews;
using Airs.Runtime.Stores;

namespace Airs.Runtime.AspNetCore.Sidecar;

/// <summary>
/// Tells hosts that review tickets opened, so nobody has to poll the list: <c>GET /v1/reviews/wait</c> long-polls
/// here, and the optional webhook is handed every ticket this replica opens. Tickets opened by another replica
/// (sharing the store) are seen by re-reading the store every <see cref="StoreRecheck"/> while a poll waits.
/// </summary>
/// <param name="stopping">The host is stopping: waiting polls answer at once, so they do not hold up the shutdown.</param>
internal sealed class ReviewFeed(IAirsStore store, TimeProvider time, ReviewWebhook? webhook, CancellationToken stopping)
{
    /// <summary>How often a waiting poll re-reads the store, for tickets opened on another replica.</summary>
    public static readonly TimeSpan StoreRecheck = TimeSpan.FromSeconds(1);

    private readonly Task stopped = Task.Delay(Timeout.Infinite, stopping);
    private TaskCompletionSource changed = New();

    /// <summary>Called for every ticket an engine of this sidecar opens; never blocks or throws.</summary>
    public void Publish(ReviewTicket ticket)
    {
        Interlocked.Exchange(ref changed, New()).TrySetResult();
        webhook?.Enqueue(ticket);
    }

    /// <summary>
    /// Pending tickets the store took after <paramref name="after"/> (any pending ticket when null), in the order it took
    /// them; waits up to <paramref name="timeout"/> for one to open when there is none yet, then answers an empty list.
    /// </summary>
    public async Task<IReadOnlyList<ReviewTicket>> WaitAsync(IReadOnlyCollection<string> policies, ReviewTicket? after, TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        // Timestamps, not wall time: a clock stepped back while the poll waits must not stretch the wait by the step.
        var started = time.GetTimestamp();
        while (true)
        {
            // Taken before reading, so a ticket opened between the read and the wait still wakes this poll.
            var signal = Volatile.Read(ref changed).Task;
            var fresh = await NewerAsync(policies, after, cancellationToken).ConfigureAwait(false);
            var remaining = timeout - time.GetElapsedTime(started);
            if (fresh.Count > 0 || remaining <= TimeSpan.Zero || stopping.IsCancellationRequested)
            {
                return fresh;
            }
            var recheck = Task.Delay(remaining < StoreRecheck ? remaining : StoreRecheck, time, cancellationToken);
            await Task.WhenAny(signal, recheck, stopped).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    /// <summary>
    /// By the store's insertion order, not the tickets' creation times: a replica whose clock is behind opens tickets
    /// dated before ones a poller already has, and ordering by time never gave them to it.
    /// </summary>
    private async Task<IReadOnlyList<ReviewTicket>> NewerAsync(IReadOnlyCollection<string> policies, ReviewTicket? after, CancellationToken cancellationToken)
    {
        // One policy is read alone; several are read as one list, so the last ticket is the latest of all (`next`).
        var found = await store.ListPendingTicketsInsertedAfterAsync(policies.Count == 1 ? policies.First() : null, after?.Id, cancellationToken)
            .ConfigureAwait(false);
        return policies.Count == 1 ? found : [.. found.Where(t => policies.Contains(t.Policy))];
    }

    private static TaskCompletionSource New() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
