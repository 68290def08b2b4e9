using Airs.Runtime.Limits;
using Airs.Runtime.Policy;
using Airs.Runtime.PostgreSql;
using Airs.Runtime.Stores;
using Airs.Runtime.Tests.PostgreSql;
using Airs.Runtime.Tests.Stores;
using static Airs.Runtime.Tests.Limits.LimitSpecs;

namespace Airs.Runtime.Tests.Limits;

/// <summary>What every store must do with limit counts: meet charges atomically, by the ledger's one rule, durably.</summary>
public abstract class LimitStoreContractTests
{
    private static readonly LimitSpec Five = Limit("five", LimitMeasure.Requests, 5, TimeSpan.FromMinutes(1));
    private static readonly LimitKey Key = new("p", "five", "user:alice");
    private const long Window = 1_000 * TimeSpan.TicksPerMinute;

    /// <summary>Opens the store under test; calling it again must open the same data (a restart).</summary>
    protected abstract Task<IAirsStore> OpenAsync();

    private static LimitCharge Charge(LimitChargeKind kind, double amount = 1, long window = Window) => new(Five, Key, window, amount, kind);

    [StoreFact]
    public async Task Concurrent_admissions_admit_exactly_the_limit()
    {
        await using var store = await OpenAsync();
        var tallies = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Task.Run(() => store.MeetLimitAsync(Charge(LimitChargeKind.Admit)))));
        Assert.Equal(5, tallies.Count(t => t.Added));
        Assert.Equal([1.0, 2, 3, 4, 5], tallies.Where(t => t.Added).Select(t => t.Count).Order());
        Assert.All(tallies.Where(t => !t.Added), t => Assert.Equal(5, t.Count));
        Assert.Equal(5, await store.ReadLimitAsync(Key, Window));
    }

    [StoreFact]
    public async Task A_check_adds_nothing_a_spend_always_adds_and_a_new_window_starts_from_nothing()
    {
        await using var store = await OpenAsync();
        Assert.Equal(new LimitTally(false, 0), await store.MeetLimitAsync(Charge(LimitChargeKind.Check)));
        Assert.Equal(new LimitTally(true, 4.5), await store.MeetLimitAsync(Charge(LimitChargeKind.Spend, 4.5)));
        Assert.Equal(new LimitTally(false, 4.5), await store.MeetLimitAsync(Charge(LimitChargeKind.Admit)));
        Assert.Equal(new LimitTally(true, 9), await store.MeetLimitAsync(Charge(LimitChargeKind.Spend, 4.5)));
        Assert.Equal(new LimitTally(false, 9), await store.MeetLimitAsync(Charge(LimitChargeKind.Check)));

        var next = Window + TimeSpan.TicksPerMinute;
        Assert.Equal(0, await store.ReadLimitAsync(Key, next));
        Assert.Equal(new LimitTally(true, 1), await store.MeetLimitAsync(Charge(LimitChargeKind.Admit, window: next)));
        // A replica whose clock lags behind meets the window already started, not its own older one.
        Assert.Equal(new LimitTally(true, 2), await store.MeetLimitAsync(Charge(LimitChargeKind.Admit, window: Window)));
        Assert.Equal(0, await store.ReadLimitAsync(new LimitKey("p", "five", "user:bob"), next));
    }

    [StoreFact]
    public async Task A_requests_charges_are_met_together_in_order_as_one_by_one()
    {
        await using var store = await OpenAsync();
        var bob = new LimitKey("p", "five", "user:bob");
        // Only checks: read, nothing added.
        Assert.Equal([new LimitTally(false, 0), new LimitTally(false, 0)],
            await store.MeetLimitsAsync([Charge(LimitChargeKind.Check), new(Five, bob, Window, 1, LimitChargeKind.Check)]));
        // In order: the spend is seen by the check after it, the admission that does not fit adds nothing, bob's count is his own.
        Assert.Equal([new LimitTally(true, 4), new LimitTally(false, 4), new LimitTally(true, 1), new LimitTally(true, 5)],
            await store.MeetLimitsAsync([Charge(LimitChargeKind.Spend, 4), Charge(LimitChargeKind.Check),
                new(Five, bob, Window, 1, LimitChargeKind.Admit), Charge(LimitChargeKind.Admit)]));
        Assert.Equal(5, await store.ReadLimitAsync(Key, Window));
        Assert.Equal(1, await store.ReadLimitAsync(bob, Window));
        // A request one limit refuses gives back what the others admitted (the spend stays spent): tallies as met.
        var carol = new LimitKey("p", "five", "user:carol");
        Assert.Equal([new LimitTally(true, 1), new LimitTally(true, 2), new LimitTally(false, 5)],
            await store.MeetLimitsAsync([new(Five, carol, Window, 1, LimitChargeKind.Admit), new(Five, bob, Window, 1, LimitChargeKind.Spend),
                Charge(LimitChargeKind.Admit)]));
        Assert.Equal(0, await store.ReadLimitAsync(carol, Window));
        Assert.Equal(2, await store.ReadLimitAsync(bob, Window));

        // Concurrent requests of two charges each: both counts admit exactly the limit.
        var other = new LimitKey("p", "five", "global");
        var requests = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() =>
            store.MeetLimitsAsync([new(Five, other, Window, 1, LimitChargeKind.Admit), new(Five, other, Window + 1, 0, LimitChargeKind.Check)]))));
        Assert.Equal(5, requests.Count(r => r[0].Added));
        Assert.Equal(5, await store.ReadLimitAsync(other, Window));
    }

    [StoreFact]
    public async Task A_return_takes_back_from_its_own_window_only_and_never_below_nothing()
    {
        await using var store = await OpenAsync();
        Assert.Equal(new LimitTally(false, 0), await store.MeetLimitAsync(Charge(LimitChargeKind.Return))); // nothing to give back
        await store.MeetLimitAsync(Charge(LimitChargeKind.Admit, 3));
        Assert.Equal(new LimitTally(true, 2), await store.MeetLimitAsync(Charge(LimitChargeKind.Return)));
        Assert.Equal(new LimitTally(true, 0), await store.MeetLimitAsync(Charge(LimitChargeKind.Return, 5)));
        Assert.Equal(0, await store.ReadLimitAsync(Key, Window));

        // The window ended meanwhile: the new window's count is not the old admission's to take back.
        var next = Window + TimeSpan.TicksPerMinute;
        await store.MeetLimitAsync(Charge(LimitChargeKind.Admit, 4, window: next));
        Assert.Equal(new LimitTally(false, 4), await store.MeetLimitAsync(Charge(LimitChargeKind.Return, window: Window)));
        Assert.Equal(4, await store.ReadLimitAsync(Key, next));
    }

    /// <summary>
    /// A sum of amounts is counted as the exact sum of the values sent: added as doubles, 0.1 a hundred times is
    /// 9.99999999999998, so a limit of 10 then admitted another 0.00000000000001 (10.00000000000001 in all). A sum a double
    /// cannot hold exactly is refused (fail closed), though it may be within the limit.
    /// </summary>
    [StoreFact]
    public async Task A_sum_is_counted_exactly_so_an_amount_past_the_limit_is_refused_however_small()
    {
        var ten = Limit("ten", LimitMeasure.Sum, 10, TimeSpan.FromMinutes(1), tool: "pay", argument: "amount");
        var key = new LimitKey("p", "ten", "user:alice");
        LimitCharge Pay(double amount) => new(ten, key, Window, amount, LimitChargeKind.Admit);
        await using (var store = await OpenAsync())
        {
            for (var i = 0; i < 100; i++)
            {
                Assert.True((await store.MeetLimitAsync(Pay(0.1))).Added);
            }
            Assert.Equal(new LimitTally(false, 10), await store.MeetLimitAsync(Pay(0.00000000000001)));
        }
        var hundred = Limit("hundred", LimitMeasure.Sum, 100, TimeSpan.FromMinutes(1), tool: "pay", argument: "amount");
        var other = new LimitKey("p", "hundred", "user:alice");
        await using (var store = await OpenAsync())
        {
            Assert.Equal(10, await store.ReadLimitAsync(key, Window)); // as counted, after a restart
            Assert.Equal(new LimitTally(true, 10), await store.MeetLimitAsync(new(hundred, other, Window, 10, LimitChargeKind.Admit)));
            // 10.000000000000000001 is within 100, but no double holds it: refused, not counted as 10.
            Assert.Equal(new LimitTally(false, 10) { Inexact = true }, await store.MeetLimitAsync(new(hundred, other, Window, 0.000000000000000001, LimitChargeKind.Admit)));
            Assert.Equal(new LimitTally(true, 10.5), await store.MeetLimitAsync(new(hundred, other, Window, 0.5, LimitChargeKind.Admit)));
        }
    }

    [StoreFact]
    public async Task Counts_survive_reopening_the_store()
    {
        await using (var store = await OpenAsync())
        {
            await store.MeetLimitAsync(Charge(LimitChargeKind.Admit, 3));
        }
        await using (var store = await OpenAsync())
        {
            Assert.Equal(3, await store.ReadLimitAsync(Key, Window));
            Assert.Equal(new LimitTally(true, 5), await store.MeetLimitAsync(Charge(LimitChargeKind.Admit, 2)));
        }
    }
}

public sealed class InMemoryLimitStoreContractTests : LimitStoreContractTests
{
    // The object is the whole store (disposing it forgets nothing): "reopening" hands back the same object.
    private readonly InMemoryAirsStore store = new();

    protected override Task<IAirsStore> OpenAsync() => Task.FromResult<IAirsStore>(store);
}

public sealed class SqliteLimitStoreContractTests : LimitStoreContractTests, IAsyncLifetime
{
    private readonly TempStore files = new();

    protected override async Task<IAirsStore> OpenAsync() => await files.OpenAsync();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await files.DisposeAsync();
}

[Collection(PostgresCollection.Name)]
[NeedsPostgres]
public sealed class PostgresLimitStoreContractTests(PostgresServer server) : LimitStoreContractTests, IAsyncLifetime
{
    private string? database;

    protected override async Task<IAirsStore> OpenAsync() =>
        await PostgresAirsStore.OpenAsync(database ?? throw new InvalidOperationException("no test database"));

    public async Task InitializeAsync() => database = await server.CreateDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;
}
