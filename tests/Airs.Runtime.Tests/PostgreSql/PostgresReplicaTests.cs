using Airs.Runtime.Audit;
using Airs.Runtime.Breakers;
using Airs.Runtime.Decisions;
using Airs.Runtime.Pace;
using Airs.Runtime.Policy;
using Airs.Runtime.PostgreSql;
using Airs.Runtime.Reviews;
using Airs.Runtime.Tests.Stores;

namespace Airs.Runtime.Tests.PostgreSql;

/// <summary>Two store instances on one database, as two runtime replicas would have.</summary>
[Collection(PostgresCollection.Name)]
[NeedsPostgres]
public sealed class PostgresReplicaTests(PostgresServer server) : IAsyncLifetime
{
    private const string Policy = "support_bot";
    private const string Lead = "lead@bank.example";
    private static readonly DateTimeOffset T0 = new(2026, 1, 15, 9, 0, 0, TimeSpan.Zero);
    private static readonly BreakerSpec Violations = new("violations", BreakerCounter.Blocked, 3, TimeSpan.FromMinutes(5), BreakerScope.User, TimeSpan.FromMinutes(10), "offline");
    private static readonly ReviewSpec Support = new("support_review", TimeSpan.FromHours(4), new ActionSpec(Outcome.Block, "We couldn't verify this answer in time."));
    private static readonly PaceStateSpec[] Levels =
    [
        new(PaceLevel.Alternate, false, [new JudgeFailingTrigger(null)], [PaceAction.JudgesOff, PaceAction.EnforceAll], null),
        new(PaceLevel.Emergency, true, [], [PaceAction.Halt, PaceAction.RespondFallback], "Our assistant is offline."),
    ];

    private PostgresAirsStore? a;
    private PostgresAirsStore? b;

    private PostgresAirsStore A => a!;
    private PostgresAirsStore B => b!;

    public async Task InitializeAsync()
    {
        var database = await server.CreateDatabaseAsync();
        // Both open at once, as replicas starting together would: the migration lock makes them take turns.
        var opened = await Task.WhenAll(PostgresAirsStore.OpenAsync(database), PostgresAirsStore.OpenAsync(database));
        (a, b) = (opened[0], opened[1]);
    }

    public async Task DisposeAsync()
    {
        if (a is not null)
        {
            await a.DisposeAsync();
        }

        if (b is not null)
        {
            await b.DisposeAsync();
        }
    }

    [StoreFact]
    public async Task ConcurrentAppendsFromBothReplicasFormUnbrokenSegments()
    {
        const int each = 300;
        var appends = Enumerable.Range(0, each).SelectMany(i => new[]
        {
            Task.Run(() => A.AppendAuditAsync(new AuditEntry(T0, AuditKinds.Decision, "replica-a", $$"""{"n":{{i}}}"""))),
            Task.Run(() => B.AppendAuditAsync(new AuditEntry(T0, AuditKinds.Decision, "replica-b", $$"""{"n":{{i}}}"""))),
        });
        var records = await Task.WhenAll(appends);

        // Each replica's own segment, numbered without gaps: neither waited for the other's head.
        foreach (var (store, actor) in new[] { (A, "replica-a"), (B, "replica-b") })
        {
            var own = records.Where(r => r.Actor == actor).ToList();
            Assert.All(own, r => Assert.Equal(store.AuditSegment, r.Segment));
            Assert.Equal(Enumerable.Range(1, each).Select(n => (long)n), own.Select(r => r.Sequence).Order());
        }
        foreach (var store in new[] { A, B })
        {
            var verification = await AuditVerifier.VerifyAsync(store);
            Assert.True(verification.IsValid, verification.ToString());
            Assert.Equal(2 * each + 2, verification.RecordsChecked); // and each segment's anchor in the shared chain
        }

        var all = await AuditReading.AllAsync(B);
        Assert.Equal(each, all.Count(r => r.Actor == "replica-a"));
        Assert.Equal(each, all.Count(r => r.Actor == "replica-b"));
    }

    [StoreFact]
    public async Task BreakerEventsFromBothReplicasCountExactlyOnce()
    {
        var key = new BreakerKey(Policy, "violations", "user:alice");
        var counts = await Task.WhenAll(Enumerable.Range(0, 200).SelectMany(_ => new[]
        {
            A.RecordBreakerEventAsync(key, T0, T0.AddMinutes(-5)),
            B.RecordBreakerEventAsync(key, T0, T0.AddMinutes(-5)),
        }));

        Assert.Equal(Enumerable.Range(1, 400), counts.Select(c => c.Count).Order());
    }

    [StoreFact]
    public async Task ABreakerTrippedThroughOneReplicaIsOpenInTheOther()
    {
        var time = new FakeTimeProvider(T0);
        var breakersA = new CircuitBreakers(Policy, [Violations], A, time);
        var breakersB = new CircuitBreakers(Policy, [Violations], B, time);
        var alice = new BreakerScopes("alice", "s1");

        // Events counted on both replicas add up to one window.
        await breakersA.RecordAsync(BreakerCounter.Blocked, alice);
        await breakersB.RecordAsync(BreakerCounter.Blocked, alice);
        Assert.False(await breakersB.IsOpenAsync("violations", "user:alice"));
        var third = await breakersA.RecordAsync(BreakerCounter.Blocked, alice);

        Assert.True(Assert.Single(third).Tripped);
        Assert.True(await breakersB.IsOpenAsync("violations", "user:alice"));
        Assert.False(await breakersB.IsOpenAsync("violations", "user:bob"));

        await breakersB.ResetAsync("violations", "user:alice", "ops@bank.example", "false alarm");
        Assert.False(await breakersA.IsOpenAsync("violations", "user:alice"));
        Assert.Equal(
            [AuditKinds.BreakerTripped, AuditKinds.BreakerReset],
            (await AuditReading.AllAsync(A)).Select(r => r.Kind));
    }

    [StoreFact]
    public async Task AReviewOpenedInOneReplicaIsDecidedInTheOtherOnlyOnce()
    {
        var time = new FakeTimeProvider(T0);
        var queueA = new ReviewQueue(Policy, [Support], A, time);
        var queueB = new ReviewQueue(Policy, [Support], B, time);

        var ticket = await queueA.OpenAsync("support_review", "dec-1", "refund answer for order 42");
        Assert.Equal([ticket], await queueB.ListPendingAsync());

        var approved = await queueB.ApproveAsync(ticket.Id, "ann@bank.example", "grounded");
        var second = await Assert.ThrowsAsync<ReviewException>(() => queueA.RejectAsync(ticket.Id, "bob@bank.example", "not grounded"));
        Assert.Contains("approved", second.Message, StringComparison.Ordinal);
        Assert.Equal(approved, await A.GetTicketAsync(ticket.Id));
        Assert.Empty(await queueA.ListPendingAsync());

        // Decided at the same moment on both replicas: exactly one wins.
        var raced = await queueA.OpenAsync("support_review", "dec-2", "another answer");
        var outcomes = await Task.WhenAll(
            Attempt(() => queueA.ApproveAsync(raced.Id, "ann@bank.example", "fine")),
            Attempt(() => queueB.RejectAsync(raced.Id, "bob@bank.example", "not fine")));
        Assert.Single(outcomes, won => won);
        Assert.Equal(2, (await AuditReading.AllAsync(B)).Count(r => r.Kind is AuditKinds.ReviewApproved or AuditKinds.ReviewRejected));
    }

    [StoreFact]
    public async Task APaceTransitionMadeInOneReplicaIsSeenByTheOther()
    {
        var time = new FakeTimeProvider(T0);
        var judges = new JudgeHealth();
        var authorizer = new AllowedPrincipals([Lead]);
        var paceA = await PaceMachine.LoadAsync(Policy, Levels, A, null, judges, authorizer, time);
        var paceB = await PaceMachine.LoadAsync(Policy, Levels, B, null, new JudgeHealth(), authorizer, time);

        judges.Report("grounded", isFailing: true);
        Assert.True((await paceA.EvaluateAsync()).Applied);
        Assert.Equal(PaceLevel.Primary, paceB.Level);

        await paceB.RefreshAsync();
        Assert.Equal(PaceLevel.Alternate, paceB.Level);
        Assert.True(paceB.Has(PaceAction.JudgesOff));

        Assert.True((await paceB.DowngradeAsync(PaceLevel.Emergency, Lead, "incident 7")).Applied);
        await paceA.RefreshAsync();
        Assert.Equal(PaceLevel.Emergency, paceA.Level);
        Assert.Equal(
            [(PaceLevel.Primary, PaceLevel.Alternate), (PaceLevel.Alternate, PaceLevel.Emergency)],
            (await A.ListPaceTransitionsAsync(Policy)).Select(t => (t.From, t.To)));
    }

    [StoreFact]
    public async Task CompareAndSetHoldsAcrossReplicas()
    {
        var alternate = new PaceRecord(Policy, PaceLevel.Alternate, T0, "system", "judge failing", 1);
        var transition = new PaceTransition(Policy, PaceLevel.Primary, PaceLevel.Alternate, T0, "system", "judge failing");
        var paces = await Task.WhenAll(
            A.TryTransitionPaceAsync(0, alternate, transition, new AuditEntry(T0, AuditKinds.PaceDowngraded, "a", "{}")),
            B.TryTransitionPaceAsync(0, alternate, transition, new AuditEntry(T0, AuditKinds.PaceDowngraded, "b", "{}")));
        Assert.Single(paces, applied => applied);

        var open = new BreakerRecord(new BreakerKey(Policy, "violations", "global"), BreakerState.Open, T0, false, 1);
        var breakers = await Task.WhenAll(
            A.TryUpdateBreakerAsync(0, open, new AuditEntry(T0, AuditKinds.BreakerTripped, "a", "{}")),
            B.TryUpdateBreakerAsync(0, open, new AuditEntry(T0, AuditKinds.BreakerTripped, "b", "{}")));
        Assert.Single(breakers, applied => applied);

        // Only the winners' audit records exist.
        Assert.Equal(2, (await AuditReading.AllAsync(A)).Length);
        Assert.Single(await A.ListPaceTransitionsAsync(Policy));
    }

    private static async Task<bool> Attempt(Func<Task<ReviewTicket>> decide)
    {
        try
        {
            await decide();
            return true;
        }
        catch (ReviewException)
        {
            return false;
        }
    }
}
