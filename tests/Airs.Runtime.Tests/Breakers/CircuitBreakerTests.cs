using Airs.Runtime.Audit;
using Airs.Runtime.Breakers;
using Airs.Runtime.Policy;
using Airs.Runtime.Stores;
using Airs.Runtime.Tests.Stores;

namespace Airs.Runtime.Tests.Breakers;

public sealed class CircuitBreakerTests
{
    private static readonly BreakerSpec Violations = new("violations", BreakerCounter.Blocked, 3, TimeSpan.FromMinutes(5), BreakerScope.User, TimeSpan.FromMinutes(10), "offline");
    private static readonly BreakerSpec JudgeDown = new("judge_down", BreakerCounter.JudgeFailures, 2, TimeSpan.FromMinutes(1), BreakerScope.Global, TimeSpan.FromMinutes(1), "judge offline");

    private static readonly BreakerScopes Alice = new("alice", "s1");
    private static readonly BreakerScopes Bob = new("bob", "s2");

    private static CircuitBreakers Breakers(IBreakerStore store, TimeProvider time, params BreakerSpec[] specs) =>
        new("support_bot", specs.Length == 0 ? [Violations, JudgeDown] : specs, store, time);

    private static async Task RecordAsync(CircuitBreakers breakers, BreakerScopes who, int times, BreakerCounter counter = BreakerCounter.Blocked)
    {
        for (var i = 0; i < times; i++)
        {
            await breakers.RecordAsync(counter, who);
        }
    }

    [Fact]
    public async Task TheThresholdWithinTheWindowOpensTheBreaker()
    {
        await using var temp = new TempStore();
        await using var store = await temp.OpenAsync();
        var time = new FakeTimeProvider();
        var breakers = Breakers(store, time);

        await RecordAsync(breakers, Alice, 2);
        Assert.False(await breakers.IsOpenAsync("violations", "user:alice"));
        var third = await breakers.RecordAsync(BreakerCounter.Blocked, Alice);

        Assert.Equal([new BreakerCount(new BreakerKey("support_bot", "violations", "user:alice"), 3, Tripped: true)], third);
        Assert.True(await breakers.IsOpenAsync("violations", "user:alice"));
        var trips = await AuditReading.OfKindAsync(store, AuditKinds.BreakerTripped);
        Assert.Single(trips);
        Assert.Equal("system", trips[0].Actor);
    }

    [Fact]
    public async Task EventsOlderThanTheWindowDoNotCount()
    {
        await using var temp = new TempStore();
        await using var store = await temp.OpenAsync();
        var time = new FakeTimeProvider();
        var breakers = Breakers(store, time);

        await RecordAsync(breakers, Alice, 2);
        time.Advance(TimeSpan.FromMinutes(5)); // the first two are now exactly one window old: out
        var counts = await breakers.RecordAsync(BreakerCounter.Blocked, Alice);

        Assert.Equal(1, counts.Single().Count);
        Assert.False(await breakers.IsOpenAsync("violations", "user:alice"));
        time.Advance(TimeSpan.FromMinutes(4));
        await RecordAsync(breakers, Alice, 2);
        Assert.True(await breakers.IsOpenAsync("violations", "user:alice"));
    }

    [Fact]
    public async Task OneAbusiveUserOpensTheBreakerOnlyForThemselves()
    {
        await using var temp = new TempStore();
        await using var store = await temp.OpenAsync();
        var breakers = Breakers(store, new FakeTimeProvider());

        await RecordAsync(breakers, Alice, 10);

        Assert.True(await breakers.IsOpenAsync("violations", "user:alice"));
        Assert.False(await breakers.IsOpenAsync("violations", "user:bob"));
        Assert.Equal(Admission.Allowed, (await breakers.AdmitAsync("violations", Bob.KeyFor(BreakerScope.User))).Admission);
        Assert.Equal(Admission.Rejected, (await breakers.AdmitAsync("violations", Alice.KeyFor(BreakerScope.User))).Admission);
        Assert.False(await breakers.IsOpenForEveryoneAsync("violations"));
    }

    [Fact]
    public async Task OnlyMatchingCountersAreRecorded()
    {
        await using var temp = new TempStore();
        await using var store = await temp.OpenAsync();
        var breakers = Breakers(store, new FakeTimeProvider());

        var counts = await breakers.RecordAsync(BreakerCounter.JudgeFailures, Alice);

        Assert.Equal(new BreakerKey("support_bot", "judge_down", "global"), counts.Single().Key);
        Assert.Empty(await breakers.RecordAsync(BreakerCounter.Escalated, Alice));
    }

    [Fact]
    public async Task AfterTheCooldownOneProbeIsAdmittedAndItsSuccessCloses()
    {
        await using var temp = new TempStore();
        await using var store = await temp.OpenAsync();
        var time = new FakeTimeProvider();
        var breakers = Breakers(store, time);
        await RecordAsync(breakers, Alice, 3);

        time.Advance(TimeSpan.FromMinutes(9));
        var early = await breakers.AdmitAsync("violations", "user:alice");
        Assert.Equal((Admission.Rejected, "offline"), (early.Admission, early.Fallback));
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.True((await breakers.GetStatusAsync("violations", "user:alice")).ProbeDue);

        var probes = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => breakers.AdmitAsync("violations", "user:alice")));
        var probe = Assert.Single(probes, p => p.Admission == Admission.Probe);
        Assert.Equal(BreakerState.HalfOpen, (await breakers.GetStatusAsync("violations", "user:alice")).State);
        Assert.True(await breakers.IsOpenAsync("violations", "user:alice"));

        Assert.True(await breakers.CompleteProbeAsync(probe, success: true));
        Assert.False(await breakers.IsOpenAsync("violations", "user:alice"));
        Assert.False(await breakers.CompleteProbeAsync(probe, success: false)); // stale: already used
        // A close starts a fresh count: the three old events are forgotten.
        Assert.Equal(1, (await breakers.RecordAsync(BreakerCounter.Blocked, Alice)).Single().Count);
        Assert.Single(await AuditReading.OfKindAsync(store, AuditKinds.BreakerClosed));
    }

    [Fact]
    public async Task AFailedProbeReopensForAnotherCooldown()
    {
        await using var temp = new TempStore();
        await using var store = await temp.OpenAsync();
        var time = new FakeTimeProvider();
        var breakers = Breakers(store, time);
        await RecordAsync(breakers, Alice, 3);
        time.Advance(TimeSpan.FromMinutes(10));

        var probe = await breakers.AdmitAsync("violations", "user:alice");
        Assert.Equal(Admission.Probe, probe.Admission);
        Assert.True(await breakers.CompleteProbeAsync(probe, success: false));

        var status = await breakers.GetStatusAsync("violations", "user:alice");
        Assert.Equal((BreakerState.Open, false), (status.State, status.ProbeDue));
        time.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(Admission.Probe, (await breakers.AdmitAsync("violations", "user:alice")).Admission);
    }

    [Fact]
    public async Task AnUnreportedProbeIsReplacedAfterACooldown()
    {
        await using var temp = new TempStore();
        await using var store = await temp.OpenAsync();
        var time = new FakeTimeProvider();
        var breakers = Breakers(store, time);
        await RecordAsync(breakers, Alice, 3);
        time.Advance(TimeSpan.FromMinutes(10));
        var lost = await breakers.AdmitAsync("violations", "user:alice");

        time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(Admission.Rejected, (await breakers.AdmitAsync("violations", "user:alice")).Admission);
        time.Advance(TimeSpan.FromMinutes(5));
        var second = await breakers.AdmitAsync("violations", "user:alice");

        Assert.Equal(Admission.Probe, second.Admission);
        Assert.False(await breakers.CompleteProbeAsync(lost, success: true));
        Assert.True(await breakers.CompleteProbeAsync(second, success: true));
    }

    [Fact]
    public async Task AManualTripHoldsUntilAManualResetAndBothAreAudited()
    {
        await using var temp = new TempStore();
        await using var store = await temp.OpenAsync();
        var time = new FakeTimeProvider();
        var breakers = Breakers(store, time);

        await breakers.TripAsync("judge_down", "global", "oncall@bank.example", "judge vendor outage");
        time.Advance(TimeSpan.FromHours(3));
        Assert.Equal(Admission.Rejected, (await breakers.AdmitAsync("judge_down", "global")).Admission);
        Assert.True(await breakers.IsOpenForEveryoneAsync("judge_down"));

        await breakers.ResetAsync("judge_down", "global", "lead@bank.example", "vendor recovered");
        Assert.False(await breakers.IsOpenAsync("judge_down", "global"));

        var trip = Assert.Single(await AuditReading.OfKindAsync(store, AuditKinds.BreakerManualTrip));
        var reset = Assert.Single(await AuditReading.OfKindAsync(store, AuditKinds.BreakerReset));
        Assert.Equal("oncall@bank.example", trip.Actor);
        Assert.Contains("judge vendor outage", trip.Payload, StringComparison.Ordinal);
        Assert.Equal("lead@bank.example", reset.Actor);
    }

    [Fact]
    public async Task StateAndCountsSurviveARestart()
    {
        await using var temp = new TempStore();
        var time = new FakeTimeProvider();
        await using (var store = await temp.OpenAsync())
        {
            var breakers = Breakers(store, time);
            await RecordAsync(breakers, Alice, 3);
            await RecordAsync(breakers, Bob, 2);
        }

        await using (var store = await temp.OpenAsync())
        {
            var breakers = Breakers(store, time);
            Assert.True(await breakers.IsOpenAsync("violations", "user:alice"));
            Assert.False(await breakers.IsOpenAsync("violations", "user:bob"));
            Assert.True((await breakers.RecordAsync(BreakerCounter.Blocked, Bob)).Single().Tripped);
            Assert.Equal(["user:alice", "user:bob"], (await breakers.ListAsync()).Select(s => s.Key.ScopeKey));
        }
    }

    [Fact]
    public async Task TenThousandParallelRecordsCountExactlyAndTripOnce()
    {
        await using var temp = new TempStore();
        await using var store = await temp.OpenAsync();
        var spec = Violations with { Threshold = 5_000, Window = TimeSpan.FromHours(1) };
        var breakers = Breakers(store, new FakeTimeProvider(), spec);

        var results = await Task.WhenAll(Enumerable.Range(0, 10_000).Select(_ => Task.Run(() => breakers.RecordAsync(BreakerCounter.Blocked, Alice))));

        // Every record saw a distinct count: none was lost or counted twice.
        Assert.Equal(Enumerable.Range(1, 10_000), results.Select(r => r.Single().Count).Order());
        Assert.Single(results, r => r.Single().Tripped);
        Assert.Single(await AuditReading.OfKindAsync(store, AuditKinds.BreakerTripped));
        Assert.True((await AuditVerifier.VerifyAsync(store)).IsValid);
    }

    [Fact]
    public async Task UnknownBreakersAreRejected()
    {
        await using var temp = new TempStore();
        await using var store = await temp.OpenAsync();
        var breakers = Breakers(store, new FakeTimeProvider());

        var error = await Assert.ThrowsAsync<ArgumentException>(() => breakers.IsOpenAsync("nope", "global"));
        Assert.StartsWith("unknown breaker `nope`", error.Message, StringComparison.Ordinal);
    }
}
