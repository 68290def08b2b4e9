using Airs.Runtime.AspNetCore.Sidecar;
using Airs.Runtime.Decisions;
using Airs.Runtime.Policy;
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
}
