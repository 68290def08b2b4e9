using Airs.Runtime.AspNetCore.Sidecar;
using Airs.Runtime.Decisions;
using Airs.Runtime.Policy;
using Airs.Runtime.PostgreSql;
using Airs.Runtime.Reviews;
using Airs.Runtime.Stores;

namespace Airs.Runtime.AspNetCore.Tests.Sidecar;

/// <summary>The long poll behind <c>/v1/reviews/wait</c>, on a real SQLite store: woken by a ticket, released by a stopping host.</summary>
public sealed class ReviewFeedTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_waiting_poll_wakes_on_a_ticket_and_answers_empty_when_the_host_stops()
    {
        var directory = SidecarTestHost.NewDirectory();
        await using var store = await SqliteAirsStore.OpenAsync(Path.Combine(directory, "airs.db"));
        using var stopping = new CancellationTokenSource();
        var feed = new ReviewFeed(store, TimeProvider.System, webhook: null, stopping.Token);
        var queue = new ReviewQueue("desk_bot", [new ReviewSpec("desk", TimeSpan.FromHours(4), new ActionSpec(Outcome.Block, "late"))], store, TimeProvider.System);
        queue.Opened += (_, ticket) => feed.Publish(ticket);

        var waiting = feed.WaitAsync(["desk_bot"], after: null, TimeSpan.FromMinutes(2), CancellationToken.None);
        Assert.False(waiting.IsCompleted);
        var ticket = await queue.OpenAsync("desk", "decision-1", "input escalated");
        Assert.Equal([ticket.Id], (await waiting.WaitAsync(Guard)).Select(t => t.Id));

        var idle = feed.WaitAsync(["desk_bot"], after: ticket, TimeSpan.FromMinutes(2), CancellationToken.None);
        Assert.False(idle.IsCompleted);
        await stopping.CancelAsync();
        Assert.Empty(await idle.WaitAsync(Guard));
    }

    /// <summary>
    /// The poll's wait is measured on the clock's timestamps, not its wall time: the deadline was wall time plus the
    /// timeout, so a clock stepped back (NTP, a VM resumed) while a poll waited stretched the wait by the whole step,
    /// holding the request far past the 120 s the query allows (and `timeout=0` waited instead of only looking).
    /// </summary>
    [Fact]
    public async Task A_clock_stepped_back_does_not_stretch_the_wait()
    {
        var directory = SidecarTestHost.NewDirectory();
        await using var store = await SqliteAirsStore.OpenAsync(Path.Combine(directory, "airs.db"));
        var clock = new SteppingClock();
        var feed = new ReviewFeed(store, clock, webhook: null, CancellationToken.None);

        clock.StepBackOnNextRead = TimeSpan.FromHours(1);
        var looked = feed.WaitAsync(["desk_bot"], after: null, TimeSpan.Zero, CancellationToken.None);
        Assert.Empty(await looked.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    /// <summary>
    /// The poll's cursor is the order the store took the tickets in, not their clocks: a ticket opened by a replica
    /// whose clock was behind got a creation time (and a version-7 id) before the poller's `after` ticket, so no later
    /// poll returned it, and under `on expiry allow` the request it held was allowed with no reviewer having seen it.
    /// </summary>
    [Fact]
    public async Task A_ticket_opened_by_a_replica_whose_clock_is_behind_reaches_the_next_poll_on_sqlite()
    {
        var directory = SidecarTestHost.NewDirectory();
        await using var store = await SqliteAirsStore.OpenAsync(Path.Combine(directory, "airs.db"));
        await AssertABehindTicketReachesTheNextPollAsync(store);
    }

    /// <summary>As <see cref="A_ticket_opened_by_a_replica_whose_clock_is_behind_reaches_the_next_poll_on_sqlite"/>, on the store replicas share.</summary>
    [PostgresFact]
    public async Task A_ticket_opened_by_a_replica_whose_clock_is_behind_reaches_the_next_poll_on_postgres()
    {
        await using var server = await PostgresServer.StartAsync();
        var database = await server.CreateDatabaseAsync();
        await using var store = await PostgresAirsStore.OpenAsync(database);
        await AssertABehindTicketReachesTheNextPollAsync(store);
    }

    private static async Task AssertABehindTicketReachesTheNextPollAsync(IAirsStore store)
    {
        var now = DateTimeOffset.UtcNow;
        var feed = new ReviewFeed(store, TimeProvider.System, webhook: null, CancellationToken.None);
        var ahead = DeskQueue(store, new FixedClock(now));
        var behind = DeskQueue(store, new FixedClock(now - TimeSpan.FromMinutes(5)));

        var first = await ahead.OpenAsync("desk", "decision-1", "input escalated");
        var polled = await feed.WaitAsync(["desk_bot"], after: null, TimeSpan.Zero, CancellationToken.None);
        Assert.Equal([first.Id], polled.Select(t => t.Id));

        var late = await behind.OpenAsync("desk", "decision-2", "input escalated");
        var next = await feed.WaitAsync(["desk_bot"], after: polled[^1], TimeSpan.Zero, CancellationToken.None);
        Assert.Equal([late.Id], next.Select(t => t.Id));
        Assert.Empty(await feed.WaitAsync(["desk_bot"], after: next[^1], TimeSpan.Zero, CancellationToken.None));
    }

    private static ReviewQueue DeskQueue(IAirsStore store, TimeProvider clock) =>
        new("desk_bot", [new ReviewSpec("desk", TimeSpan.FromHours(4), new ActionSpec(Outcome.Allow, "late"))], store, clock);

    /// <summary>A replica's wall clock, standing still.</summary>
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    /// <summary>System time, stepped back once the deadline has been read; its timestamps keep running forward.</summary>
    private sealed class SteppingClock : TimeProvider
    {
        private TimeSpan offset;

        public TimeSpan StepBackOnNextRead { get; set; }

        public override DateTimeOffset GetUtcNow()
        {
            var now = System.GetUtcNow() - offset;
            offset += StepBackOnNextRead;
            StepBackOnNextRead = TimeSpan.Zero;
            return now;
        }
    }
}
