using Airs.Runtime.Decisions;
using Airs.Runtime.Limits;
using Airs.Runtime.Policy;
using Airs.Runtime.Stores;
using Airs.Runtime.Tests.Stores;
using static Airs.Runtime.Tests.Engine.EngineSpecs;
using static Airs.Runtime.Tests.Limits.LimitSpecs;
using FakeClock = Airs.Runtime.Tests.Bundles.FakeTimeProvider;

namespace Airs.Runtime.Tests.Limits;

/// <summary>
/// SQLite keeps limit counts resident and writes them behind, in the batch that commits the decision: durable before the
/// decision is acknowledged, and never overwriting what another process wrote (that fails closed).
/// </summary>
public sealed class ResidentLimitCountTests
{
    private static readonly LimitSpec Two = Limit("two", LimitMeasure.Requests, 2, TimeSpan.FromHours(1));
    private static readonly LimitKey Key = new("p", "two", "user:alice");
    private const long Window = 1_000 * TimeSpan.TicksPerHour;

    private static LimitCharge Admit(LimitKey key) => new(Two, key, Window, 1, LimitChargeKind.Admit);

    [Fact]
    public async Task A_count_met_in_memory_is_in_the_file_once_its_commit_completes()
    {
        await using var files = new TempStore();
        await using var store = await files.OpenAsync();

        var met = await store.MeetLimitsUncommittedAsync([Admit(Key)]);
        Assert.Equal([new LimitTally(true, 1)], met.Tallies);
        await met.Committed;
        Assert.Equal(1.0, files.Scalar("SELECT amount FROM limit_counts WHERE scope_key = 'user:alice'"));

        // Checks and refused admissions add nothing: nothing to wait for.
        Assert.Same(Task.CompletedTask, (await store.MeetLimitsUncommittedAsync([Admit(Key) with { Kind = LimitChargeKind.Check }])).Committed);
        await (await store.MeetLimitsUncommittedAsync([Admit(Key)])).Committed;
        var full = await store.MeetLimitsUncommittedAsync([Admit(Key)]);
        Assert.Equal([new LimitTally(false, 2)], full.Tallies);
        Assert.Same(Task.CompletedTask, full.Committed);
    }

    [Fact]
    public async Task A_count_another_process_changed_is_never_overwritten_the_stale_charge_fails_and_the_next_reads_afresh()
    {
        await using var files = new TempStore();
        await using var first = await files.OpenAsync();
        await using var second = await files.OpenAsync(); // another process on the same file

        Assert.Equal(new LimitTally(true, 1), await first.MeetLimitAsync(Admit(Key)));
        Assert.Equal(new LimitTally(true, 2), await second.MeetLimitAsync(Admit(Key))); // read 1 from the file

        // The first still holds 1: in memory the charge fits, but its write finds 2 in the file and fails the batch.
        var stale = await first.MeetLimitsUncommittedAsync([Admit(Key)]);
        Assert.Equal([new LimitTally(true, 2)], stale.Tallies);
        var error = await Assert.ThrowsAsync<AirsStoreException>(() => stale.Committed);
        Assert.Contains("changed by another process", error.Message, StringComparison.Ordinal);
        Assert.Equal(2.0, files.Scalar("SELECT amount FROM limit_counts"));

        // Having forgotten its counts, the first reads the file again: the limit is reached.
        Assert.Equal(new LimitTally(false, 2), await first.MeetLimitAsync(Admit(Key)));
        Assert.Equal(2, await first.ReadLimitAsync(Key, Window));
    }

    [Fact]
    public async Task An_engine_whose_count_another_process_changed_answers_with_an_error_never_an_allow()
    {
        await using var files = new TempStore();
        var spec = Spec(Limit("two", LimitMeasure.Requests, 2, TimeSpan.FromHours(1)));
        var clock = new FakeClock();
        await using var firstStore = await files.OpenAsync();
        await using var secondStore = await files.OpenAsync();
        await using var first = await EngineLimitTests.Create(spec, firstStore, clock);
        await using var second = await EngineLimitTests.Create(spec, secondStore, clock);

        Assert.Equal(Outcome.Allow, (await first.DecideAsync(Stage.Input, Input("a"))).Outcome);
        Assert.Equal(Outcome.Allow, (await second.DecideAsync(Stage.Input, Input("b"))).Outcome);
        // Fails open without the conditional write: the first engine's count says 1 and would admit a third request.
        await Assert.ThrowsAsync<AirsStoreException>(() => first.DecideAsync(Stage.Input, Input("c")));
        Assert.Equal(Outcome.Block, (await first.DecideAsync(Stage.Input, Input("d"))).Outcome);
        Assert.Equal(2.0, files.Scalar("SELECT amount FROM limit_counts"));
    }

    [Fact]
    public async Task Concurrent_requests_of_one_engine_admit_exactly_the_limit_and_wait_for_the_write()
    {
        await using var files = new TempStore();
        await using var store = await files.OpenAsync();
        var key = new LimitKey("p", "hundred", "global");
        var hundred = Limit("hundred", LimitMeasure.Requests, 100, TimeSpan.FromHours(1));
        var met = await Task.WhenAll(Enumerable.Range(0, 1_000).Select(_ => Task.Run(async () =>
        {
            var tallies = await store.MeetLimitsUncommittedAsync([new LimitCharge(hundred, key, Window, 1, LimitChargeKind.Admit)]);
            await tallies.Committed;
            return tallies.Tallies[0];
        })));
        Assert.Equal(100, met.Count(t => t.Added));
        Assert.Equal(100.0, files.Scalar("SELECT amount FROM limit_counts"));
        Assert.True(store.WriteStatistics.Batches < 1_000, "counts are written in the batches, not one transaction each");
    }

    [Fact]
    public async Task Memory_is_bounded_clean_keys_are_forgotten_and_read_again_and_a_failed_flush_forgets_everything()
    {
        var stored = new Dictionary<LimitKey, LimitCount>();
        var loads = 0;
        var counts = new ResidentLimitCounts(key =>
        {
            loads++;
            return Task.FromResult<LimitCount?>(stored.TryGetValue(key, out var c) ? c : null);
        }, maxEntries: 4);
        var flushes = 0;

        for (var i = 0; i < 10; i++)
        {
            await counts.MeetAsync([Admit(new LimitKey("p", "two", $"user:{i}"))], () => flushes++, CancellationToken.None);
        }
        Assert.Equal((10, 10, 10), (counts.Count, loads, flushes));

        var flush = Assert.IsType<ResidentLimitCounts.Flush>(counts.TakeFlush()); // all dirty: none forgotten
        Assert.Equal(10, flush.Writes.Count);
        Assert.All(flush.Writes, w => Assert.Null(w.Expected));
        foreach (var write in flush.Writes)
        {
            stored[write.Entry.Key] = write.Value;
        }
        flush.Succeed();
        Assert.Null(counts.TakeFlush()); // nothing dirty, and the clean keys are forgotten
        Assert.Equal(0, counts.Count);

        // A forgotten key is read again, and its count goes on from the stored one.
        var again = await counts.MeetAsync([Admit(new LimitKey("p", "two", "user:3"))], () => { }, CancellationToken.None);
        Assert.Equal([new LimitTally(true, 2)], again.Tallies);
        Assert.Equal(11, loads);

        // A failed flush fails the charges waiting on it and those met since, and forgets every count.
        var failing = Assert.IsType<ResidentLimitCounts.Flush>(counts.TakeFlush());
        var since = await counts.MeetAsync([Admit(new LimitKey("p", "two", "user:4"))], () => { }, CancellationToken.None);
        failing.Fail(new AirsStoreException("disk full"));
        await Assert.ThrowsAsync<AirsStoreException>(() => again.Committed);
        await Assert.ThrowsAsync<AirsStoreException>(() => since.Committed);
        Assert.Equal(0, counts.Count);
        Assert.Null(counts.TakeFlush());
        Assert.Equal([new LimitTally(true, 2)], (await counts.MeetAsync([Admit(new LimitKey("p", "two", "user:3"))], () => { }, CancellationToken.None)).Tallies);
    }
}
