using Airs.Runtime.Audit;
using Airs.Runtime.Breakers;
using Airs.Runtime.Decisions;
using Airs.Runtime.Pace;
using Airs.Runtime.Policy;
using Airs.Runtime.Reviews;
using Airs.Runtime.Stores;

namespace Airs.Runtime.Tests.Stores;

/// <summary>
/// What every <see cref="IAirsStore"/> must do, whatever its database. A new store (PostgreSQL) derives
/// from this class and supplies <see cref="OpenAsync"/>; the components' own tests then hold for it too.
/// </summary>
public abstract partial class AirsStoreContractTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 15, 9, 0, 0, TimeSpan.Zero);
    private static readonly BreakerKey Key = new("p", "violations", "user:alice");

    /// <summary>Opens the store under test; calling it again must open the same data (a restart).</summary>
    protected abstract Task<IAirsStore> OpenAsync();

    /// <summary>True when each open appends to a new writer's segment (PostgreSQL), false when to one chain (SQLite, in memory).</summary>
    protected virtual bool SegmentPerOpen => false;

    private static AuditEntry Entry(string kind = AuditKinds.Decision) => new(T0, kind, "tester", "{}");

    [StoreFact]
    public async Task AppendsChainFromGenesisAndSurviveReopening()
    {
        AuditRecord second;
        await using (var store = await OpenAsync())
        {
            var first = await store.AppendAuditAsync(Entry());
            second = await store.AppendAuditAsync(Entry());
            Assert.Equal((1L, AuditHash.Genesis), (first.Sequence, first.PreviousHash));
            Assert.Equal((2L, first.Hash), (second.Sequence, second.PreviousHash));
        }

        await using (var store = await OpenAsync())
        {
            var third = await store.AppendAuditAsync(Entry());
            var all = await ToListAsync(store.ReadAuditAsync());
            if (SegmentPerOpen)
            {
                // A new writer's segment starts from genesis; the old one is still there, whole.
                Assert.NotEqual(second.Segment, third.Segment);
                Assert.Equal((1L, AuditHash.Genesis), (third.Sequence, third.PreviousHash));
                // Each segment's first batch is anchored in the shared chain as well.
                Assert.Equal(3, all.Count(r => r.Kind != AuditKinds.SegmentAnchor));
                Assert.Equal(2, all.Count(r => r.Kind == AuditKinds.SegmentAnchor && r.Segment.Length == 0));
                Assert.Contains(second, all);
            }
            else
            {
                Assert.Equal(second.Hash, third.PreviousHash);
                Assert.Equal([third], await ToListAsync(store.ReadAuditAsync(afterSequence: 2)));
                Assert.Equal(third, await store.GetAuditHeadAsync());
            }
            Assert.True((await AuditVerifier.VerifyAsync(store)).IsValid);
        }
    }

    [StoreFact]
    public async Task ConcurrentAppendsNeverFork()
    {
        await using var store = await OpenAsync();
        await Task.WhenAll(Enumerable.Range(0, 1_000).Select(_ => Task.Run(() => store.AppendAuditAsync(Entry()))));

        var verification = await AuditVerifier.VerifyAsync(store);
        Assert.True(verification.IsValid, verification.ToString());
        // A writer's segment also anchors its first batch in the shared chain: one record more.
        Assert.Equal(SegmentPerOpen ? 1_001 : 1_000, verification.RecordsChecked);
    }

    [StoreFact]
    public async Task BreakerEventsCountExactlyWithinTheWindow()
    {
        await using var store = await OpenAsync();
        var counts = await Task.WhenAll(Enumerable.Range(0, 500).Select(_ => store.RecordBreakerEventAsync(Key, T0, T0.AddMinutes(-5))));
        Assert.Equal(Enumerable.Range(1, 500), counts.Select(c => c.Count).Order());

        // Events at or before the window start are forgotten.
        var later = await store.RecordBreakerEventAsync(Key, T0.AddMinutes(5), T0);
        Assert.Equal(1, later.Count);
        // Other keys are independent.
        Assert.Equal(1, (await store.RecordBreakerEventAsync(Key with { ScopeKey = "user:bob" }, T0, T0.AddMinutes(-5))).Count);
    }

    [StoreFact]
    public async Task BreakerUpdatesAreCompareAndSetWithTheirAudit()
    {
        await using var store = await OpenAsync();
        var open = new BreakerRecord(Key, BreakerState.Open, T0, false, 1);

        Assert.True(await store.TryUpdateBreakerAsync(0, open, Entry(AuditKinds.BreakerTripped)));
        Assert.False(await store.TryUpdateBreakerAsync(0, open, Entry(AuditKinds.BreakerTripped)));
        Assert.False(await store.TryUpdateBreakerAsync(5, open with { Version = 6 }, Entry(AuditKinds.BreakerReset)));
        Assert.Equal(open, await store.GetBreakerAsync(Key));
        Assert.Equal([AuditKinds.BreakerTripped], (await ToListAsync(store.ReadAuditAsync())).Select(r => r.Kind));
        Assert.Equal([open], await store.ListBreakersAsync("p"));
    }

    [StoreFact]
    public async Task ClosingABreakerForgetsItsEvents()
    {
        await using var store = await OpenAsync();
        for (var i = 0; i < 3; i++)
        {
            await store.RecordBreakerEventAsync(Key, T0, T0.AddMinutes(-5));
        }

        await store.TryUpdateBreakerAsync(0, new BreakerRecord(Key, BreakerState.Open, T0, false, 1), null);
        await store.TryUpdateBreakerAsync(1, new BreakerRecord(Key, BreakerState.Closed, T0, false, 2), null);

        var tally = await store.RecordBreakerEventAsync(Key, T0, T0.AddMinutes(-5));
        Assert.Equal(1, tally.Count);
        Assert.Equal(BreakerState.Closed, tally.State?.State);
    }

    [StoreFact]
    public async Task TicketsResolveOnceWithTheirAudit()
    {
        await using var store = await OpenAsync();
        var ticket = new ReviewTicket("t1", "p", "r", "d", "s", T0, T0.AddHours(1), ReviewStatus.Pending, null);
        await store.InsertTicketAsync(ticket, Entry(AuditKinds.ReviewOpened));
        var approved = ticket with { Status = ReviewStatus.Approved, Resolution = new ReviewResolution("ann", "ok", T0, Outcome.Allow) };
        var rejected = ticket with { Status = ReviewStatus.Rejected, Resolution = new ReviewResolution("bob", "no", T0, Outcome.Block) };

        var results = await Task.WhenAll(
            store.TryResolveTicketAsync(approved, Entry(AuditKinds.ReviewApproved)),
            store.TryResolveTicketAsync(rejected, Entry(AuditKinds.ReviewRejected)));

        Assert.Single(results, applied => applied);
        Assert.Equal(2, (await ToListAsync(store.ReadAuditAsync())).Count);
        Assert.Empty(await store.ListPendingTicketsAsync("p"));
        Assert.Contains(await store.GetTicketAsync("t1"), new[] { approved, rejected });
    }

    [StoreFact]
    public async Task AFailingWriteAppliesNothingAndAppendsNoAuditRecord()
    {
        await using var store = await OpenAsync();
        var ticket = new ReviewTicket("t1", "p", "r", "d", "s", T0, T0.AddHours(1), ReviewStatus.Pending, null);
        await store.InsertTicketAsync(ticket, Entry(AuditKinds.ReviewOpened));

        await Assert.ThrowsAnyAsync<Exception>(() => store.InsertTicketAsync(ticket with { Summary = "again" }, Entry(AuditKinds.ReviewOpened)));

        Assert.Single(await ToListAsync(store.ReadAuditAsync()));
        Assert.Equal("s", (await store.GetTicketAsync("t1"))?.Summary);
    }

    [StoreFact]
    public async Task DueTicketsAreThosePendingAtOrPastTheirDueTime()
    {
        await using var store = await OpenAsync();
        var early = new ReviewTicket("a", "p", "r", "d", "s", T0, T0.AddHours(1), ReviewStatus.Pending, null);
        var late = early with { Id = "b", DueAt = T0.AddHours(2) };
        var otherPolicy = early with { Id = "c", Policy = "q" };
        foreach (var ticket in new[] { late, early, otherPolicy })
        {
            await store.InsertTicketAsync(ticket, Entry(AuditKinds.ReviewOpened));
        }

        Assert.Equal([early], await store.ListDueTicketsAsync("p", T0.AddHours(1)));
        Assert.Equal([early, late], await store.ListPendingTicketsAsync("p"));
        Assert.Equal([early, late], await store.ListDueTicketsAsync("p", T0.AddHours(3)));
    }

    /// <summary>
    /// The long poll's cursor: tickets come in the order the store took them, whatever their clocks (replicas sharing
    /// a store have their own), after a ticket resolved since, and nothing after a ticket the store does not have.
    /// </summary>
    [StoreFact]
    public async Task PendingTicketsAfterATicketComeInTheOrderTheStoreTookThem()
    {
        await using var store = await OpenAsync();
        var first = new ReviewTicket("m", "p", "r", "d", "s", T0, T0.AddHours(1), ReviewStatus.Pending, null);
        var behind = first with { Id = "a", CreatedAt = T0.AddMinutes(-5), DueAt = T0.AddMinutes(55) };
        var otherPolicy = first with { Id = "z", Policy = "q", CreatedAt = T0.AddMinutes(-10) };
        var last = first with { Id = "b", CreatedAt = T0.AddMinutes(-1) };
        foreach (var ticket in new[] { first, behind, otherPolicy, last })
        {
            await store.InsertTicketAsync(ticket, Entry(AuditKinds.ReviewOpened));
        }
        var approved = behind with { Status = ReviewStatus.Approved, Resolution = new ReviewResolution("ann", "ok", T0, Outcome.Allow) };
        Assert.True(await store.TryResolveTicketAsync(approved, Entry(AuditKinds.ReviewApproved)));

        Assert.Equal([first, last], await store.ListPendingTicketsInsertedAfterAsync("p", afterId: null));
        Assert.Equal([first, otherPolicy, last], await store.ListPendingTicketsInsertedAfterAsync(null, afterId: null));
        Assert.Equal([last], await store.ListPendingTicketsInsertedAfterAsync("p", "m"));
        Assert.Equal([otherPolicy, last], await store.ListPendingTicketsInsertedAfterAsync(null, "a"));
        Assert.Empty(await store.ListPendingTicketsInsertedAfterAsync("p", "b"));
        Assert.Empty(await store.ListPendingTicketsInsertedAfterAsync("p", "no-such-ticket"));
    }

    [StoreFact]
    public async Task PaceTransitionsAreCompareAndSetAndRecorded()
    {
        await using var store = await OpenAsync();
        var alternate = new PaceRecord("p", PaceLevel.Alternate, T0, "system", "judge failing", 1);
        var transition = new PaceTransition("p", PaceLevel.Primary, PaceLevel.Alternate, T0, "system", "judge failing");

        Assert.True(await store.TryTransitionPaceAsync(0, alternate, transition, Entry(AuditKinds.PaceDowngraded)));
        Assert.False(await store.TryTransitionPaceAsync(0, alternate, transition, Entry(AuditKinds.PaceDowngraded)));

        Assert.Equal(alternate, await store.GetPaceAsync("p"));
        Assert.Null(await store.GetPaceAsync("q"));
        Assert.Equal([transition], await store.ListPaceTransitionsAsync("p"));
        Assert.Single(await ToListAsync(store.ReadAuditAsync()));
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}

public sealed class SqliteAirsStoreContractTests : AirsStoreContractTests, IAsyncLifetime
{
    private readonly TempStore temp = new();

    protected override async Task<IAirsStore> OpenAsync() => await temp.OpenAsync();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await temp.DisposeAsync();
}
