using Airs.Runtime.Audit;
using Airs.Runtime.Breakers;
using Airs.Runtime.Pace;
using Airs.Runtime.Policy;
using Airs.Runtime.Stores;
using Airs.Runtime.Tests.Stores;

namespace Airs.Runtime.Tests.Pace;

public sealed class PaceMachineTests
{
    private const string Policy = "support_bot";
    private const string Lead = "lead@bank.example";

    private static readonly BreakerSpec Violations = new("violations", BreakerCounter.Blocked, 2, TimeSpan.FromMinutes(5), BreakerScope.User, TimeSpan.FromMinutes(10), "offline");
    private static readonly BreakerSpec Outage = new("outage", BreakerCounter.JudgeFailures, 2, TimeSpan.FromMinutes(5), BreakerScope.Global, TimeSpan.FromMinutes(10), "offline");

    // alternate when judge.failing { judges off enforce all }
    // contingency when breaker violations open or breaker outage open { review all outputs tools read_only }
    // emergency manual { halt respond fallback }
    private static readonly PaceStateSpec[] Levels =
    [
        new(PaceLevel.Alternate, false, [new JudgeFailingTrigger(null)], [PaceAction.JudgesOff, PaceAction.EnforceAll], null),
        new(PaceLevel.Contingency, false, [new BreakerOpenTrigger("violations"), new BreakerOpenTrigger("outage")],
            [PaceAction.ReviewAllOutputs, PaceAction.ToolsReadOnly], null),
        new(PaceLevel.Emergency, true, [], [PaceAction.Halt, PaceAction.RespondFallback], "Our assistant is offline."),
    ];

    private sealed class Rig(SqliteAirsStore store, FakeTimeProvider time, CircuitBreakers breakers, JudgeHealth judges, PaceMachine pace)
    {
        public SqliteAirsStore Store => store;
        public FakeTimeProvider Time => time;
        public CircuitBreakers Breakers => breakers;
        public JudgeHealth Judges => judges;
        public PaceMachine Pace => pace;
    }

    private static async Task<Rig> RigAsync(SqliteAirsStore store, FakeTimeProvider? time = null)
    {
        time ??= new FakeTimeProvider();
        var breakers = new CircuitBreakers(Policy, [Violations, Outage], store, time);
        var judges = new JudgeHealth();
        var pace = await PaceMachine.LoadAsync(Policy, Levels, store, breakers, judges, new AllowedPrincipals([Lead]), time);
        return new Rig(store, time, breakers, judges, pace);
    }

    [Fact]
    public async Task ItStartsAtPrimaryWithNoActions()
    {
        await using var temp = new TempStore();
        await using var store = await temp.OpenAsync();
        var rig = await RigAsync(store);

        Assert.Equal(PaceLevel.Primary, rig.Pace.Level);
        Assert.Empty(rig.Pace.Actions);
        Assert.Equal(PaceChange.Unchanged(PaceLevel.Primary), await rig.Pace.EvaluateAsync());
    }

    [Fact]
    public async Task AFailingJudgeMovesDownToAlternateAndSwitchesItsActions()
    {
        await using var temp = new TempStore();
        await using var store = await temp.OpenAsync();
        var rig = await RigAsync(store);

        rig.Judges.Report("grounded", isFailing: true);
        var change = await rig.Pace.EvaluateAsync();

        Assert.Equal(new PaceChange(PaceLevel.Primary, PaceLevel.Alternate, true, null), change);
        Assert.Equal([PaceAction.JudgesOff, PaceAction.EnforceAll], rig.Pace.Actions.Order());
        Assert.True(rig.Pace.Has(PaceAction.JudgesOff));
        var transition = Assert.Single(await store.ListPaceTransitionsAsync(Policy));
        Assert.Equal(("system", "a judge is failing"), (transition.Actor, transition.Reason));
        Assert.Single(await AuditReading.OfKindAsync(store, AuditKinds.PaceDowngraded));
    }

    [Fact]
    public async Task AGloballyScopedOpenBreakerMovesDownToContingency()
    {
        await using var temp = new TempStore();
        await using var store = await temp.OpenAsync();
        var rig = await RigAsync(store);

        await rig.Breakers.RecordAsync(BreakerCounter.JudgeFailures, new BreakerScopes("alice", null));
        await rig.Breakers.RecordAsync(BreakerCounter.JudgeFailures, new BreakerScopes("bob", null));
        var change = await rig.Pace.EvaluateAsync();

        Assert.Equal(PaceLevel.Contingency, change.To);
        Assert.Equal("breaker `outage` is open", rig.Pace.State.Reason);
        Assert.Equal([PaceAction.ReviewAllOutputs, PaceAction.ToolsReadOnly], rig.Pace.Actions.Order());
    }

    /// <summary>RT-12: a per-user breaker open for one user is not "breaker open" for the global PACE level.</summary>
    [Fact]
    public async Task OneUsersOpenBreakerDoesNotMoveTheGlobalLevel()
    {
        await using var temp = new TempStore();
        await using var store = await temp.OpenAsync();
        var rig = await RigAsync(store);

        for (var i = 0; i < 50; i++)
        {
            await rig.Breakers.RecordAsync(BreakerCounter.Blocked, new BreakerScopes("mallory", "s-m"));
        }

        Assert.True(await rig.Breakers.IsOpenAsync("violations", "user:mallory"));
        Assert.Equal(PaceChange.Unchanged(PaceLevel.Primary), await rig.Pace.EvaluateAsync());
        Assert.Equal(PaceLevel.Primary, rig.Pace.Level);
        Assert.Empty(await store.ListPaceTransitionsAsync(Policy));
    }

    [Fact]
    public async Task AutomaticMovesOnlyGoDownAndNeverIntoAManualLevel()
    {
        await using var temp = new TempStore();
        await using var store = await temp.OpenAsync();
        var rig = await RigAsync(store);
        await rig.Breakers.TripAsync("outage", "global", Lead, "drill");
        rig.Judges.Report("grounded", isFailing: true);

        // Both triggers hold: the most severe automatic level wins; emergency is manual only.
        Assert.Equal(PaceLevel.Contingency, (await rig.Pace.EvaluateAsync()).To);

        await rig.Breakers.ResetAsync("outage", "global", Lead, "drill over");
        rig.Judges.Report("grounded", isFailing: false);
        Assert.Equal(PaceChange.Unchanged(PaceLevel.Contingency), await rig.Pace.EvaluateAsync());

        // Recovery needs a person; after it, a still-failing judge moves down again, to alternate.
        Assert.True((await rig.Pace.UpgradeAsync(PaceLevel.Primary, Lead, "all healthy")).Applied);
        rig.Judges.Report("grounded", isFailing: true);
        Assert.Equal(PaceLevel.Alternate, (await rig.Pace.EvaluateAsync()).To);
    }

    [Fact]
    public async Task AnUnauthorisedUpgradeIsRefusedAndAudited()
    {
        await using var temp = new TempStore();
        await using var store = await temp.OpenAsync();
        var rig = await RigAsync(store);
        rig.Judges.Report("grounded", isFailing: true);
        await rig.Pace.EvaluateAsync();

        var change = await rig.Pace.UpgradeAsync(PaceLevel.Primary, "mallory", "let me in");

        Assert.Equal(new PaceChange(PaceLevel.Alternate, PaceLevel.Primary, false, "`mallory` may not move PACE from `alternate` to `primary`"), change);
        Assert.Equal(PaceLevel.Alternate, rig.Pace.Level);
        var refusal = Assert.Single(await AuditReading.OfKindAsync(store, AuditKinds.PaceRefused));
        Assert.Equal("mallory", refusal.Actor);
        Assert.Single(await store.ListPaceTransitionsAsync(Policy));
    }

    [Fact]
    public async Task AnAuthorisedUpgradeIsRecordedWithWhoAndWhy()
    {
        await using var temp = new TempStore();
        await using var store = await temp.OpenAsync();
        var rig = await RigAsync(store);
        rig.Judges.Report("grounded", isFailing: true);
        await rig.Pace.EvaluateAsync();
        rig.Time.Advance(TimeSpan.FromHours(1));

        var change = await rig.Pace.UpgradeAsync(PaceLevel.Primary, Lead, "judge vendor recovered");

        Assert.Equal(new PaceChange(PaceLevel.Alternate, PaceLevel.Primary, true, null), change);
        var transitions = await store.ListPaceTransitionsAsync(Policy);
        Assert.Equal(new PaceTransition(Policy, PaceLevel.Alternate, PaceLevel.Primary, rig.Time.GetUtcNow(), Lead, "judge vendor recovered"), transitions[^1]);
        Assert.Equal(Lead, Assert.Single(await AuditReading.OfKindAsync(store, AuditKinds.PaceUpgraded)).Actor);
    }

    [Fact]
    public async Task ManualLevelsAreEnteredOnlyByAnAuthorisedPrincipal()
    {
        await using var temp = new TempStore();
        await using var store = await temp.OpenAsync();
        var rig = await RigAsync(store);

        var refused = await rig.Pace.DowngradeAsync(PaceLevel.Emergency, "mallory", "chaos");
        Assert.False(refused.Applied);
        Assert.Equal(PaceLevel.Primary, rig.Pace.Level);

        var applied = await rig.Pace.DowngradeAsync(PaceLevel.Emergency, Lead, "data leak under investigation");
        Assert.True(applied.Applied);
        Assert.Equal([PaceAction.RespondFallback, PaceAction.Halt], rig.Pace.Actions.Order());
        Assert.Equal("Our assistant is offline.", rig.Pace.FallbackMessage);
    }

    [Fact]
    public async Task NonsenseMovesAreRefused()
    {
        await using var temp = new TempStore();
        await using var store = await temp.OpenAsync();
        var rig = await RigAsync(store);

        Assert.Equal("`alternate` is not above the current level `primary`", (await rig.Pace.UpgradeAsync(PaceLevel.Alternate, Lead, "x")).Refusal);
        Assert.Equal("`primary` is not below the current level `primary`", (await rig.Pace.DowngradeAsync(PaceLevel.Primary, Lead, "x")).Refusal);
        var sparse = await PaceMachine.LoadAsync("sparse", [Levels[0]], store, null, new JudgeHealth(), new AllowedPrincipals([Lead]), rig.Time);
        Assert.Equal("the policy declares no `emergency` level", (await sparse.DowngradeAsync(PaceLevel.Emergency, Lead, "x")).Refusal);
        Assert.Equal(3, (await AuditReading.OfKindAsync(store, AuditKinds.PaceRefused)).Length);
    }

    [Fact]
    public async Task TheLevelSurvivesARestart()
    {
        await using var temp = new TempStore();
        var time = new FakeTimeProvider();
        await using (var store = await temp.OpenAsync())
        {
            var rig = await RigAsync(store, time);
            await rig.Pace.DowngradeAsync(PaceLevel.Emergency, Lead, "incident 7");
        }

        await using (var store = await temp.OpenAsync())
        {
            var rig = await RigAsync(store, time);
            Assert.Equal(PaceLevel.Emergency, rig.Pace.Level);
            Assert.Equal((Lead, "incident 7"), (rig.Pace.State.Actor, rig.Pace.State.Reason));
            Assert.True(rig.Pace.Has(PaceAction.Halt));
        }
    }

    [Fact]
    public async Task TwoReplicasOnOneStoreApplyAConcurrentDowngradeOnce()
    {
        await using var temp = new TempStore();
        await using var store = await temp.OpenAsync();
        var time = new FakeTimeProvider();
        var first = await RigAsync(store, time);
        var second = await RigAsync(store, time);
        first.Judges.Report("grounded", true);
        second.Judges.Report("grounded", true);

        var changes = await Task.WhenAll(first.Pace.EvaluateAsync(), second.Pace.EvaluateAsync());

        Assert.Single(changes, c => c.Applied);
        Assert.Single(await store.ListPaceTransitionsAsync(Policy));
        await second.Pace.RefreshAsync();
        Assert.Equal((PaceLevel.Alternate, PaceLevel.Alternate), (first.Pace.Level, second.Pace.Level));
    }
}
