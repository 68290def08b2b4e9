using Airs.Runtime.Decisions;
using Airs.Runtime.Policy;
using Airs.Runtime.PostgreSql;
using Airs.Runtime.Reviews;
using Airs.Runtime.Stores;

namespace Airs.Runtime.AspNetCore.Tests.Sidecar;

public sealed class SidecarReplicaTests
{
    [Fact]
    public async Task TwoSidecarsOnOneSqliteStoreShareState()
    {
        var directory = SidecarTestHost.NewDirectory();
        SidecarTestHost.WriteBundleFromSource(SidecarPolicies.Desk, directory);
        await using var store = await SqliteAirsStore.OpenAsync(Path.Combine(directory, "shared.db"));
        await using var a = await SidecarTestHost.StartAsync(directory, ["desk_bot"], store);
        await using var b = await SidecarTestHost.StartAsync(directory, ["desk_bot"], store);
        await SidecarReplicaScenario.RunAsync(a, b, store);
    }

    /// <summary>
    /// Sidecars that serve different policies may share one store. A ticket of a policy this sidecar does not serve was
    /// still read out whole by `GET /v1/reviews/{id}` (its summary: findings, a tool call's arguments), to any reviewer
    /// of this sidecar, while approving it was a 404 and the gateway and the middleware answer only for their own
    /// policy. It is no ticket of this sidecar: 404, and not a cursor for the long poll either.
    /// </summary>
    [Fact]
    public async Task A_ticket_of_a_policy_served_elsewhere_is_not_found_here()
    {
        var directory = SidecarTestHost.NewDirectory();
        SidecarTestHost.WriteBundleFromSource(SidecarPolicies.Desk, directory);
        await using var store = await SqliteAirsStore.OpenAsync(Path.Combine(directory, "shared.db"));
        await using var sidecar = await SidecarTestHost.StartAsync(directory, ["desk_bot"], store);
        var elsewhere = new ReviewQueue("payroll_bot", [new ReviewSpec("hr", TimeSpan.FromHours(4), new ActionSpec(Outcome.Block, "late"))],
            store, TimeProvider.System);
        var ticket = await elsewhere.OpenAsync("hr", "decision-1", "tool_call of pay_salary(employee: \"e-7\", amount: 90000) escalated");

        using (var read = await sidecar.SendAsync(HttpMethod.Get, $"/v1/reviews/{ticket.Id}", token: SidecarTestHost.AdminSecret))
        {
            var problem = await SidecarErrorTests.AssertProblemAsync(read, 404, $"there is no review ticket `{ticket.Id}`");
            Assert.DoesNotContain("pay_salary", problem.ToString());
        }
        using (var poll = await sidecar.SendAsync(HttpMethod.Get, $"/v1/reviews/wait?timeout=0&after={ticket.Id}", token: SidecarTestHost.AdminSecret))
        {
            await SidecarErrorTests.AssertProblemAsync(poll, 400, $"there is no review ticket `{ticket.Id}`");
        }
        Assert.Equal(ReviewStatus.Pending, (await store.GetTicketAsync(ticket.Id))!.Status);
    }

    /// <summary>Two replicas, each with its own connection pool, on one PostgreSQL database.</summary>
    [PostgresFact]
    public async Task TwoReplicasOnOnePostgresDatabaseShareStateAndOneVerifiedAuditLog()
    {
        await using var server = await PostgresServer.StartAsync();
        var database = await server.CreateDatabaseAsync();
        var directory = SidecarTestHost.NewDirectory();
        SidecarTestHost.WriteBundleFromSource(SidecarPolicies.Desk, directory);
        var stores = await Task.WhenAll(PostgresAirsStore.OpenAsync(database), PostgresAirsStore.OpenAsync(database));
        await using var storeA = stores[0];
        await using var storeB = stores[1];
        await using var a = await SidecarTestHost.StartAsync(directory, ["desk_bot"], storeA);
        await using var b = await SidecarTestHost.StartAsync(directory, ["desk_bot"], storeB);
        await SidecarReplicaScenario.RunAsync(a, b, storeA);
    }

    /// <summary>
    /// A reviewer's or an operator's reason is stored as text: PostgreSQL keeps no NUL there, so one failed the
    /// approval, the PACE move or the reset as a store error (500) while SQLite took it. It is the caller's mistake: 400.
    /// </summary>
    [PostgresFact]
    public async Task A_reason_with_a_NUL_is_a_400_on_postgres_not_a_store_failure()
    {
        await using var server = await PostgresServer.StartAsync();
        await using var store = await PostgresAirsStore.OpenAsync(await server.CreateDatabaseAsync());
        var directory = SidecarTestHost.NewDirectory();
        SidecarTestHost.WriteBundleFromSource(SidecarPolicies.Desk, directory);
        await using var sidecar = await SidecarTestHost.StartAsync(directory, ["desk_bot"], store);
        var ticket = (await sidecar.DecideAsync("/v1/decisions/desk_bot/input", SidecarPolicies.Context("I want a refund"))).GetProperty("reviewTicketId").GetString();

        foreach (var (method, path, body) in new[]
        {
            (HttpMethod.Post, $"/v1/reviews/{ticket}/approve", """{"reason":"fine\u0000"}"""),
            (HttpMethod.Put, "/v1/pace/desk_bot", """{"level":"emergency","reason":"incident\u0000 42"}"""),
            (HttpMethod.Post, "/v1/breakers/desk_bot/violations/reset", """{"key":"user:u1","reason":"\u0000"}"""),
        })
        {
            using var response = await sidecar.SendAsync(method, path, body, SidecarTestHost.AdminSecret);
            await SidecarErrorTests.AssertProblemAsync(response, 400, "`reason` must not contain a NUL character");
        }
        using var approved = await sidecar.SendAsync(HttpMethod.Post, $"/v1/reviews/{ticket}/approve", """{"reason":"fine\nreally"}""", SidecarTestHost.AdminSecret);
        Assert.True(approved.IsSuccessStatusCode, await approved.Content.ReadAsStringAsync());
        Assert.Empty(sidecar.Logs.Errors);
    }

    /// <summary>
    /// The long poll's `after` is a ticket id read from the query, where a NUL is one escape away (`%00`; Kestrel refuses
    /// one in the path, not in the query): PostgreSQL keeps no NUL in text, so the lookup failed as a store error (500,
    /// logged) where SQLite answered that there is no such ticket. It is the caller's mistake: 400, nothing logged.
    /// </summary>
    [PostgresFact]
    public async Task An_after_with_a_NUL_is_a_400_on_postgres_not_a_store_failure()
    {
        await using var server = await PostgresServer.StartAsync();
        await using var store = await PostgresAirsStore.OpenAsync(await server.CreateDatabaseAsync());
        var directory = SidecarTestHost.NewDirectory();
        SidecarTestHost.WriteBundleFromSource(SidecarPolicies.Desk, directory);
        await using var sidecar = await SidecarTestHost.StartAsync(directory, ["desk_bot"], store);

        foreach (var after in new[] { "%00", "a%00b", "019ab3c4d5e77a10b2c3d4e5f607182%00" })
        {
            using var response = await sidecar.SendAsync(HttpMethod.Get, $"/v1/reviews/wait?timeout=0&after={after}", token: SidecarTestHost.AdminSecret);
            await SidecarErrorTests.AssertProblemAsync(response, 400, "`after`");
        }
        Assert.Empty(sidecar.Logs.Errors);
    }
}
