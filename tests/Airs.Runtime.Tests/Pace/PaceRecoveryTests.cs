using Airs.Runtime.Audit;
using Airs.Runtime.Breakers;
using Airs.Runtime.Decisions;
using Airs.Runtime.Pace;
using Airs.Runtime.Policy;
using Airs.Runtime.Stores;
using FakeTimeProvider = Airs.Runtime.Tests.Bundles.FakeTimeProvider;
using Airs.Runtime.Tests.Engine;
using Airs.Runtime.Tests.Judges;
using Airs.Runtime.Tests.Stores;
using static Airs.Runtime.Tests.Engine.EngineSpecs;

namespace Airs.Runtime.Tests.Pace;

/// <summary>Issue 15.4: an authorised recovery to primary holds until there is new evidence, not old evidence replayed.</summary>
public sealed class PaceRecoveryTests
{
    private const string Policy = "support_bot";
    private const string Lead = "lead@bank.example";

    private static readonly BreakerSpec Outage = new("outage", BreakerCounter.JudgeFailures, 2, TimeSpan.FromMinutes(5), BreakerScope.Global, TimeSpan.FromMinutes(10), "offline");

    // alternate when judge.failing { judges off }   contingency when breaker outage open { tools read_only }
    private static readonly PaceStateSpec[] Levels =
    [
        new(PaceLevel.Alternate, false, [new JudgeFailingTrigger(null)], [PaceAction.JudgesOff], null),
        new(PaceLevel.Contingency, false, [new BreakerOpenTrigger("outage")], [PaceAction.ToolsReadOnly], null),
    ];

    private static async Task<(PaceMachine Pace, JudgeHealth Judges, CircuitBreakers Breakers)> MachineAsync(SqliteAirsStore store, FakeTimeProvider time)
    {
        var breakers = new CircuitBreakers(Policy, [Outage], store, time);
        var judges = new JudgeHealth();
        var pace = await PaceMachine.LoadAsync(Policy, Levels, store, breakers, judges, new AllowedPrincipals([Lead]), time);
        return (pace, judges, breakers);
    }

    [Fact]
    public async Task A_recovery_forgets_the_judge_failures_that_caused_the_downgrade()
    {
        await using var temp = new TempStore();
        await using var store = await temp.OpenAsync();
        var (pace, judges, _) = await MachineAsync(store, new FakeTimeProvider());
        judges.Report("grounded", isFailing: true);
        Assert.Equal(PaceLevel.Alternate, (await pace.EvaluateAsync()).To);

        Assert.True((await pace.UpgradeAsync(PaceLevel.Primary, Lead, "judge vendor recovered")).Applied);

        Assert.False(judges.IsFailing());
        Assert.Equal(PaceChange.Unchanged(PaceLevel.Primary), await pace.EvaluateAsync());
        Assert.Equal(PaceLevel.Primary, pace.Level);
    }

    [Fact]
    public async Task A_recovery_resets_the_global_breakers_its_levels_name_and_audits_who()
    {
        await using var temp = new TempStore();
        await using var store = await temp.OpenAsync();
        var (pace, _, breakers) = await MachineAsync(store, new FakeTimeProvider());
        await breakers.RecordAsync(BreakerCounter.JudgeFailures, new BreakerScopes("alice", null));
        await breakers.RecordAsync(BreakerCounter.JudgeFailures, new BreakerScopes("bob", null));
        Assert.Equal(PaceLevel.Contingency, (await pace.EvaluateAsync()).To);

        Assert.True((await pace.UpgradeAsync(PaceLevel.Primary, Lead, "provider back")).Applied);

        Assert.False(await breakers.IsOpenForEveryoneAsync("outage"));
        Assert.Equal(PaceChange.Unchanged(PaceLevel.Primary), await pace.EvaluateAsync());
        var reset = Assert.Single(await AuditReading.OfKindAsync(store, AuditKinds.BreakerReset));
        Assert.Equal(Lead, reset.Actor);

        // The window starts afresh: one new failure is not two.
        await breakers.RecordAsync(BreakerCounter.JudgeFailures, new BreakerScopes("carol", null));
        Assert.Equal(PaceChange.Unchanged(PaceLevel.Primary), await pace.EvaluateAsync());
    }

    [Fact]
    public async Task A_refused_recovery_forgets_nothing()
    {
        await using var temp = new TempStore();
        await using var store = await temp.OpenAsync();
        var (pace, judges, _) = await MachineAsync(store, new FakeTimeProvider());
        judges.Report("grounded", isFailing: true);
        await pace.EvaluateAsync();

        Assert.True((await pace.UpgradeAsync(PaceLevel.Primary, "mallory", "let me in")).IsRefused);

        Assert.True(judges.IsFailing());
        Assert.Empty(await AuditReading.OfKindAsync(store, AuditKinds.BreakerReset));
    }

    [Fact]
    public async Task A_replica_that_sees_the_recovery_forgets_its_own_judge_failures()
    {
        await using var temp = new TempStore();
        await using var store = await temp.OpenAsync();
        var time = new FakeTimeProvider();
        var a = await MachineAsync(store, time);
        var b = await MachineAsync(store, time);
        a.Judges.Report("grounded", isFailing: true);
        b.Judges.Report("grounded", isFailing: true);
        await a.Pace.EvaluateAsync();
        await b.Pace.RefreshAsync();
        Assert.Equal(PaceLevel.Alternate, b.Pace.Level);

        await a.Pace.UpgradeAsync(PaceLevel.Primary, Lead, "recovered on replica a");
        await b.Pace.RefreshAsync();

        Assert.Equal(PaceLevel.Primary, b.Pace.Level);
        Assert.False(b.Judges.IsFailing());
        Assert.Equal(PaceChange.Unchanged(PaceLevel.Primary), await b.Pace.EvaluateAsync());
    }

    /// <summary>The reported scenario: recovered by hand, then eight seconds of traffic that never calls the judge.</summary>
    [Fact]
    public async Task Through_the_engine_the_recovery_holds_until_the_judge_fails_again_on_new_calls()
    {
        var failing = true;
        var client = new ScriptedChatClient((_, _, _) => failing
            ? Task.FromException<Microsoft.Extensions.AI.ChatResponse>(new HttpRequestException("connection refused"))
            : Task.FromResult(ScriptedChatClient.Response(Models.Pass)));
        var options = EngineHarness.Sensitive with { JudgeErrorsBeforeFailing = 2, JudgeFailingUsers = 1 };
        var alternate = Level(PaceLevel.Alternate, new JudgeFailingTrigger(null), null, PaceAction.JudgesOff);
        await using var h = await EngineHarness.CreateAsync(ScriptedPolicy.AllowAll(), Spec(Tier.Low, judges: [Judge()], pace: [alternate]),
            options with { PaceRefreshInterval = TimeSpan.FromSeconds(1) }, ("judge", client));

        await h.Engine.DecideAsync(Stage.Output, Output("a"));
        await h.Engine.DecideAsync(Stage.Output, Output("b"));
        Assert.Equal(PaceLevel.Alternate, h.Engine.Pace.Level);

        Assert.True((await h.Engine.Pace.UpgradeAsync(PaceLevel.Primary, "ops-lead", "judge vendor recovered")).Applied);
        for (var second = 0; second < 8; second++)
        {
            h.Clock.Advance(TimeSpan.FromSeconds(1));
            Assert.Equal(PaceLevel.Primary, (await h.Engine.DecideAsync(Stage.Input, Input("hello"))).Pace);
        }

        // Re-probed by the next sampled output: one error is under the threshold of two; a second moves PACE again.
        Assert.True((await h.Engine.DecideAsync(Stage.Output, Output("c"))).JudgesRan);
        Assert.Equal(PaceLevel.Primary, h.Engine.Pace.Level);
        await h.Engine.DecideAsync(Stage.Output, Output("d"));
        Assert.Equal(PaceLevel.Alternate, h.Engine.Pace.Level);

        // And a judge that answers again after the next recovery keeps PACE at primary.
        failing = false;
        await h.Engine.Pace.UpgradeAsync(PaceLevel.Primary, "ops-lead", "really recovered");
        Assert.Equal(Outcome.Allow, (await h.Engine.DecideAsync(Stage.Output, Output("e"))).Outcome);
        Assert.Equal(PaceLevel.Primary, h.Engine.Pace.Level);
    }
}
