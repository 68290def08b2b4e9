using Airs.Runtime.Decisions;
using Airs.Runtime.Engine;
using Airs.Runtime.Judges;
using Airs.Runtime.Policy;
using Airs.Runtime.PostgreSql;
using Airs.Runtime.Tests.Engine;
using Airs.Runtime.Tests.Stores;
using Microsoft.Extensions.AI;
using static Airs.Runtime.Tests.Engine.EngineSpecs;
using static Airs.Runtime.Tests.Limits.LimitSpecs;
using FakeClock = Airs.Runtime.Tests.Bundles.FakeTimeProvider;

namespace Airs.Runtime.Tests.PostgreSql;

/// <summary>Two engines on two stores on one PostgreSQL database, as two sidecar replicas: they share every count.</summary>
[Collection(PostgresCollection.Name)]
[NeedsPostgres]
public sealed class PostgresLimitTests(PostgresServer server)
{
    [StoreFact]
    public async Task Two_replicas_share_one_count_and_together_allow_exactly_the_limit()
    {
        const int limit = 150, requests = 2_000;
        var database = await server.CreateDatabaseAsync();
        var spec = Spec(Limit("per_user", LimitMeasure.Requests, limit, TimeSpan.FromHours(1)),
            Limit("refunds", LimitMeasure.Sum, 1_000, TimeSpan.FromDays(1), tool: "orders.refund", argument: "amount"));
        var clock = new FakeClock();
        var stores = await Task.WhenAll(PostgresAirsStore.OpenAsync(database), PostgresAirsStore.OpenAsync(database));
        await using var a = stores[0];
        await using var b = stores[1];
        await using var engineA = await Create(spec, a, clock);
        await using var engineB = await Create(spec, b, clock);

        var decisions = await Task.WhenAll(Enumerable.Range(0, requests).Select(i =>
            Task.Run(() => (i % 2 == 0 ? engineA : engineB).DecideAsync(Stage.Input, Input($"msg {i}", user: "alice", session: $"s{i}")))));
        Assert.Equal(limit, decisions.Count(d => d.Outcome == Outcome.Allow));
        Assert.Equal(requests - limit, decisions.Count(d => d.Outcome == Outcome.Block && d.RetryAfter == TimeSpan.FromHours(1)));

        // 40 refunds of 30 from both replicas: 33 fit in 1,000.
        var refunds = await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            Task.Run(() => (i % 2 == 0 ? engineA : engineB).DecideAsync(Stage.ToolCall, ToolCall("orders.refund", 30)))));
        Assert.Equal(33, refunds.Count(d => d.Outcome == Outcome.Allow));
        Assert.Equal(990.0, Convert.ToDouble(await PostgresServer.ScalarAsync(database, "SELECT amount FROM limit_counts WHERE limit_name = 'refunds'"),
            System.Globalization.CultureInfo.InvariantCulture));

        // A replica started later reads the same count.
        await using var c = await PostgresAirsStore.OpenAsync(database);
        await using var engineC = await Create(spec, c, clock);
        Assert.Equal(Outcome.Block, (await engineC.DecideAsync(Stage.Input, Input("again"))).Outcome);
    }

    /// <summary>
    /// One user floods two replicas past a per-user limit while others ask too: a global limit declared beside it
    /// admits every request of the others, because what a refused request was admitted is given back in the same
    /// transaction. Given back in a second one, the flood held the global count full while it lasted.
    /// </summary>
    [StoreFact]
    public async Task A_flood_past_a_per_user_limit_never_holds_the_global_limit_from_the_others()
    {
        var database = await server.CreateDatabaseAsync();
        var spec = Spec(Limit("everyone", LimitMeasure.Requests, 30, TimeSpan.FromHours(1), scope: LimitScope.Global),
            Limit("per_user", LimitMeasure.Requests, 1, TimeSpan.FromHours(1)));
        var clock = new FakeClock();
        var stores = await Task.WhenAll(PostgresAirsStore.OpenAsync(database), PostgresAirsStore.OpenAsync(database));
        await using var a = stores[0];
        await using var b = stores[1];
        await using var engineA = await Create(spec, a, clock);
        await using var engineB = await Create(spec, b, clock);

        // 600 of mallory's requests and 29 other users' one each, interleaved: 1 + 29 fit the global 30 exactly.
        var requests = Enumerable.Range(0, 600).Select(i => (User: "mallory", I: i))
            .Concat(Enumerable.Range(0, 29).Select(i => (User: $"u{i}", I: i * 20 + 7)))
            .OrderBy(r => r.I).ToList();
        var decisions = await Task.WhenAll(requests.Select((r, n) =>
            Task.Run(async () => (r.User, await (n % 2 == 0 ? engineA : engineB).DecideAsync(Stage.Input, Input($"msg {r.I}", user: r.User, session: $"s{n}"))))));

        Assert.Equal(1, decisions.Count(d => d.User == "mallory" && d.Item2.Outcome == Outcome.Allow));
        Assert.All(decisions.Where(d => d.User != "mallory"), d => Assert.Equal(Outcome.Allow, d.Item2.Outcome));
        Assert.Equal(30.0, Convert.ToDouble(await PostgresServer.ScalarAsync(database, "SELECT amount FROM limit_counts WHERE limit_name = 'everyone'"),
            System.Globalization.CultureInfo.InvariantCulture));
    }

    private static Task<PolicyEngine> Create(PolicySpec spec, Runtime.Stores.IAirsStore store, TimeProvider clock) =>
        PolicyEngine.CreateAsync(ScriptedPolicy.AllowAll(), spec, store, new DictionaryJudgeClientProvider(new Dictionary<string, IChatClient>()),
            EngineHarness.Sensitive, clock);
}
