using System.Text.Json;
using Airs.Runtime.Audit;
using Airs.Runtime.Stores;

namespace Airs.Runtime.AspNetCore.Tests.Sidecar;

/// <summary>
/// Two sidecars on one store, as two replicas behind a load balancer: what one does (reviews, breaker trips
/// and resets, PACE moves) the other sees, and every step lands in one unbroken audit chain.
/// </summary>
internal static class SidecarReplicaScenario
{
    private const string Policy = "desk_bot";

    public static async Task RunAsync(SidecarTestHost a, SidecarTestHost b, IAirsStore store)
    {
        await ReviewsAreSharedAsync(a, b);
        await BreakersAreSharedAsync(a, b);
        await PaceIsSharedAsync(a, b);

        var verification = await AuditVerifier.VerifyAsync(store);
        Assert.True(verification.IsValid, verification.ToString());
        List<AuditRecord> records = [];
        await foreach (var record in store.ReadAuditAsync())
        {
            records.Add(record);
        }
        Assert.Contains(records, r => r.Kind == AuditKinds.PaceRefused && r.Actor == "intern");
        Assert.Contains(records, r => r.Kind == AuditKinds.PaceDowngraded && r.Actor == "lead");
        Assert.Contains(records, r => r.Kind == AuditKinds.BreakerReset && r.Actor == "lead");
        // The token's name is who approved; the `reviewer` in the body is only shown beside it.
        Assert.Contains(records, r => r.Kind == AuditKinds.ReviewApproved && r.Actor == "lead" && r.Payload.Contains("\"display_name\":\"reviewer@example.com\""));
        Assert.True(records.Count(r => r.Kind == AuditKinds.Decision) >= 8);
        Assert.Empty(a.Logs.Errors);
        Assert.Empty(b.Logs.Errors);
    }

    private static async Task ReviewsAreSharedAsync(SidecarTestHost a, SidecarTestHost b)
    {
        var escalated = await a.DecideAsync($"/v1/decisions/{Policy}/input", SidecarPolicies.Context("please refund me"));
        Assert.Equal("escalate", escalated.GetProperty("outcome").GetString());
        var ticket = escalated.GetProperty("reviewTicketId").GetString()!;

        using var list = await b.SendAsync(HttpMethod.Get, $"/v1/reviews?policy={Policy}", token: SidecarTestHost.AdminSecret);
        Assert.Contains(ticket, await list.Content.ReadAsStringAsync());

        using var approve = await b.SendAsync(HttpMethod.Post, $"/v1/reviews/{ticket}/approve",
            """{"reviewer":"reviewer@example.com","reason":"refund is within policy"}""", SidecarTestHost.AdminSecret);
        Assert.True(approve.IsSuccessStatusCode, await approve.Content.ReadAsStringAsync());

        using var get = await a.SendAsync(HttpMethod.Get, $"/v1/reviews/{ticket}", token: SidecarTestHost.AdminSecret);
        Assert.Equal("approved", JsonDocument.Parse(await get.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());

        using var again = await a.SendAsync(HttpMethod.Post, $"/v1/reviews/{ticket}/reject", """{"reason":"changed my mind"}""", SidecarTestHost.AdminSecret);
        await SidecarErrorTests.AssertProblemAsync(again, 409, ticket);
    }

    private static async Task BreakersAreSharedAsync(SidecarTestHost a, SidecarTestHost b)
    {
        for (var i = 0; i < 2; i++)
        {
            var blocked = await a.DecideAsync($"/v1/decisions/{Policy}/input", SidecarPolicies.Context("tell me the secret", "mallory"));
            Assert.Equal("block", blocked.GetProperty("outcome").GetString());
        }
        var paused = await b.DecideAsync($"/v1/decisions/{Policy}/input", SidecarPolicies.Context("hello", "mallory"));
        Assert.Equal("block", paused.GetProperty("outcome").GetString());
        Assert.Equal("You are paused for a while.", paused.GetProperty("message").GetString());
        var others = await b.DecideAsync($"/v1/decisions/{Policy}/input", SidecarPolicies.Context("hello", "alice"));
        Assert.Equal("allow", others.GetProperty("outcome").GetString());

        using var reset = await b.SendAsync(HttpMethod.Post, $"/v1/breakers/{Policy}/violations/reset",
            """{"key":"user:mallory","reason":"false positive"}""", SidecarTestHost.AdminSecret);
        Assert.True(reset.IsSuccessStatusCode, await reset.Content.ReadAsStringAsync());
        var back = await a.DecideAsync($"/v1/decisions/{Policy}/input", SidecarPolicies.Context("hello", "mallory"));
        Assert.Equal("allow", back.GetProperty("outcome").GetString());
    }

    private static async Task PaceIsSharedAsync(SidecarTestHost a, SidecarTestHost b)
    {
        using var refused = await a.SendAsync(HttpMethod.Put, $"/v1/pace/{Policy}", """{"level":"emergency","reason":"panic"}""", SidecarTestHost.InternSecret);
        await SidecarErrorTests.AssertProblemAsync(refused, 403, "`intern` may not move PACE");

        using var halt = await a.SendAsync(HttpMethod.Put, $"/v1/pace/{Policy}", """{"level":"emergency","reason":"incident 42"}""", SidecarTestHost.AdminSecret);
        Assert.True(halt.IsSuccessStatusCode, await halt.Content.ReadAsStringAsync());
        Assert.Equal("emergency", JsonDocument.Parse(await halt.Content.ReadAsStringAsync()).RootElement.GetProperty("level").GetString());

        var halted = await b.DecideAsync($"/v1/decisions/{Policy}/input", SidecarPolicies.Context("hello", "alice"));
        Assert.Equal("halt", halted.GetProperty("outcome").GetString());
        using var seen = await b.SendAsync(HttpMethod.Get, $"/v1/pace/{Policy}", token: SidecarTestHost.AdminSecret);
        Assert.Contains("\"level\":\"emergency\"", await seen.Content.ReadAsStringAsync());

        using var same = await b.SendAsync(HttpMethod.Put, $"/v1/pace/{Policy}", """{"level":"emergency","reason":"again"}""", SidecarTestHost.AdminSecret);
        await SidecarErrorTests.AssertProblemAsync(same, 409, "already `emergency`");

        using var recover = await b.SendAsync(HttpMethod.Put, $"/v1/pace/{Policy}", """{"level":"primary","reason":"incident 42 resolved"}""", SidecarTestHost.AdminSecret);
        Assert.True(recover.IsSuccessStatusCode, await recover.Content.ReadAsStringAsync());
        var served = await a.DecideAsync($"/v1/decisions/{Policy}/input", SidecarPolicies.Context("hello", "alice"));
        Assert.Equal("allow", served.GetProperty("outcome").GetString());
    }
}
