using Airs.Runtime.Audit;
using Airs.Runtime.Breakers;
using Airs.Runtime.Policy;
using Airs.Runtime.Stores;
using Airs.Runtime.Tests.Stores;

namespace Airs.Runtime.Tests.Breakers;

/// <summary>
/// Admissions rely on a breaker state read within the refresh interval (PolicyEngineOptions.BreakerRefreshInterval):
/// one store read per key and interval instead of one per request, this instance's own changes at once, another
/// replica's within the interval, and never an older state over a newer one.
/// </summary>
public sealed class BreakerAdmissionRefreshTests
{
    private static readonly BreakerSpec Violations = new("violations", BreakerCounter.Blocked, 3, TimeSpan.FromMinutes(5), BreakerScope.User, TimeSpan.FromMinutes(10), "offline");
    private static readonly BreakerScopes Alice = new("alice", "s1");
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private static CircuitBreakers Breakers(IBreakerStore store, TimeProvider time, TimeSpan interval) => new("support_bot", [Violations], store, time, interval);

    [Fact]
    public async Task Admissions_within_the_interval_read_the_store_once()
    {
        var store = new CountingBreakerStore(new InMemoryAirsStore());
        var breakers = Breakers(store, new FakeTimeProvider(), Interval);

        for (var i = 0; i < 100; i++)
        {
            Assert.Equal(Admission.Allowed, (await breakers.AdmitAsync("violations", "user:alice")).Admission);
        }

        Assert.Equal(1, store.Reads);
    }

    [Fact]
    public async Task A_trip_here_closes_the_gate_on_the_next_admission()
    {
        var store = new CountingBreakerStore(new InMemoryAirsStore());
        var breakers = Breakers(store, new FakeTimeProvider(), Interval);
        Assert.Equal(Admission.Allowed, (await breakers.AdmitAsync("violations", "user:alice")).Admission);

        for (var i = 0; i < 3; i++)
        {
            await breakers.RecordAsync(BreakerCounter.Blocked, Alice);
        }

        Assert.Equal(Admission.Rejected, (await breakers.AdmitAsync("violations", "user:alice")).Admission);
    }

    [Fact]
    public async Task A_trip_by_another_replica_counts_once_the_interval_has_passed()
    {
        await using var shared = new InMemoryAirsStore();
        var time = new FakeTimeProvider();
        var here = Breakers(shared, time, Interval);
        var there = Breakers(shared, time, Interval);
        Assert.Equal(Admission.Allowed, (await here.AdmitAsync("violations", "user:alice")).Admission);

        await there.TripAsync("violations", "user:alice", "ops", "kill switch");

        Assert.Equal(Admission.Allowed, (await here.AdmitAsync("violations", "user:alice")).Admission);
        time.Advance(Interval);
        Assert.Equal(Admission.Rejected, (await here.AdmitAsync("violations", "user:alice")).Admission);
    }

    [Fact]
    public async Task With_no_interval_another_replica_counts_at_once()
    {
        await using var shared = new InMemoryAirsStore();
        var time = new FakeTimeProvider();
        var here = Breakers(shared, time, TimeSpan.Zero);
        var there = Breakers(shared, time, TimeSpan.Zero);
        Assert.Equal(Admission.Allowed, (await here.AdmitAsync("violations", "user:alice")).Admission);

        await there.TripAsync("violations", "user:alice", "ops", "kill switch");

        Assert.Equal(Admission.Rejected, (await here.AdmitAsync("violations", "user:alice")).Admission);
    }

    [Fact]
    public async Task A_read_of_an_older_state_never_undoes_a_trip()
    {
        var store = new CountingBreakerStore(new InMemoryAirsStore());
        var time = new FakeTimeProvider();
        var breakers = Breakers(store, time, Interval);
        for (var i = 0; i < 3; i++)
        {
            await breakers.RecordAsync(BreakerCounter.Blocked, Alice);
        }

        // A lagging read (a replica's stale view): the store answers with no record, as before the trip.
        store.AnswerNothing = true;
        time.Advance(Interval);

        Assert.Equal(Admission.Rejected, (await breakers.AdmitAsync("violations", "user:alice")).Admission);
        Assert.Equal(1, store.Reads);
    }

    /// <summary>Counts admission reads, and can answer them as a store that has not seen any change yet.</summary>
    private sealed class CountingBreakerStore(IBreakerStore inner) : IBreakerStore
    {
        public int Reads;

        public bool AnswerNothing { get; set; }

        public Task<BreakerTally> RecordBreakerEventAsync(BreakerKey key, DateTimeOffset at, DateTimeOffset windowStart, CancellationToken cancellationToken = default) =>
            inner.RecordBreakerEventAsync(key, at, windowStart, cancellationToken);

        public async Task<BreakerRecord?> GetBreakerAsync(BreakerKey key, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref Reads);
            var record = await inner.GetBreakerAsync(key, cancellationToken);
            return AnswerNothing ? null : record;
        }

        public Task<IReadOnlyList<BreakerRecord>> ListBreakersAsync(string policy, CancellationToken cancellationToken = default) =>
            inner.ListBreakersAsync(policy, cancellationToken);

        public Task<bool> TryUpdateBreakerAsync(long expectedVersion, BreakerRecord next, AuditEntry? audit, CancellationToken cancellationToken = default) =>
            inner.TryUpdateBreakerAsync(expectedVersion, next, audit, cancellationToken);
    }
}
