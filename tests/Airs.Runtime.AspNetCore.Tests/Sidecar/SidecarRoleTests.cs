using System.Text.Json;
using Airs.Runtime.AspNetCore.Sidecar;
using Airs.Runtime.Audit;

namespace Airs.Runtime.AspNetCore.Tests.Sidecar;

/// <summary>
/// Who may do what: admins everything administrative, reviewers review tickets only, decision tokens decisions
/// only, metrics tokens <c>/metrics</c>; the audit names the token, never a name the caller typed.
/// </summary>
public sealed class SidecarRoleTests : IAsyncLifetime
{
    private const string Policy = "desk_bot";

    private SidecarTestHost? sidecar;

    private SidecarTestHost Sidecar => sidecar!;

    public async Task InitializeAsync()
    {
        var directory = SidecarTestHost.NewDirectory();
        SidecarTestHost.WriteBundleFromSource(SidecarPolicies.Desk, directory);
        sidecar = await SidecarTestHost.StartAsync(directory, [Policy], configure: o => o with
        {
            ReviewerTokens = [new SidecarToken("desk", SidecarTestHost.ReviewerSecret)],
            MetricsTokens = [new SidecarToken("scraper", SidecarTestHost.MetricsSecret)],
            DecisionTokens = [new SidecarToken("app", SidecarTestHost.DecisionSecret)],
        });
    }

    public async Task DisposeAsync()
    {
        if (sidecar is not null)
        {
            await sidecar.DisposeAsync();
        }
    }

    private async Task<string> EscalateAsync()
    {
        var decision = await Sidecar.DecideAsync($"/v1/decisions/{Policy}/input", SidecarPolicies.Context("please refund me"), SidecarTestHost.DecisionSecret);
        Assert.Equal("escalate", decision.GetProperty("outcome").GetString());
        return decision.GetProperty("reviewTicketId").GetString()!;
    }

    [Fact]
    public async Task TheAuditRecordsTheTokensNameAndTheBodysReviewerOnlyAsADisplayName()
    {
        var ticket = await EscalateAsync();
        using var list = await Sidecar.SendAsync(HttpMethod.Get, $"/v1/reviews?policy={Policy}", token: SidecarTestHost.ReviewerSecret);
        Assert.Contains(ticket, await list.Content.ReadAsStringAsync());

        using var reject = await Sidecar.SendAsync(HttpMethod.Post, $"/v1/reviews/{ticket}/reject",
            """{"reviewer":"alice","reason":"not within policy"}""", SidecarTestHost.ReviewerSecret);
        Assert.True(reject.IsSuccessStatusCode, await reject.Content.ReadAsStringAsync());
        var resolved = JsonDocument.Parse(await reject.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("desk", resolved.GetProperty("resolution").GetProperty("by").GetString());

        var record = Assert.Single(await SidecarTokenTests.ReadAuditAsync(Sidecar), r => r.Kind == AuditKinds.ReviewRejected);
        Assert.Equal("desk", record.Actor);
        Assert.Equal("alice", JsonDocument.Parse(record.Payload).RootElement.GetProperty("display_name").GetString());

        var second = await EscalateAsync();
        using var approve = await Sidecar.SendAsync(HttpMethod.Post, $"/v1/reviews/{second}/approve", """{"reason":"fine"}""", SidecarTestHost.AdminSecret);
        Assert.True(approve.IsSuccessStatusCode, await approve.Content.ReadAsStringAsync());
        Assert.Contains(await SidecarTokenTests.ReadAuditAsync(Sidecar), r => r.Kind == AuditKinds.ReviewApproved && r.Actor == "lead");
    }

    /// <summary>
    /// The host that asked for a decision follows its ticket with its decision token: the state and, once a person
    /// decided, the outcome, never the summary the reviewer reads. Before, only reviewer and admin tokens could read a
    /// ticket, so a host that had to know the outcome held a token that could approve its own escalations.
    /// </summary>
    [Fact]
    public async Task The_host_follows_its_ticket_with_its_decision_token_and_reads_no_more_than_its_state()
    {
        var ticket = await EscalateAsync();
        async Task<JsonElement> StatusAsync()
        {
            using var response = await Sidecar.SendAsync(HttpMethod.Get, $"/v1/reviews/{ticket}/status", token: SidecarTestHost.DecisionSecret);
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
            return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        }

        var pending = await StatusAsync();
        Assert.Equal("pending", pending.GetProperty("status").GetString());
        Assert.Equal(Policy, pending.GetProperty("policy").GetString());
        Assert.False(pending.TryGetProperty("summary", out _));
        Assert.False(pending.TryGetProperty("outcome", out _));

        using (var refused = await Sidecar.SendAsync(HttpMethod.Post, $"/v1/reviews/{ticket}/approve", """{"reason":"fine"}""", SidecarTestHost.DecisionSecret))
        {
            await SidecarErrorTests.AssertProblemAsync(refused, 403, "token `app` may not decide review tickets");
        }
        using (var approve = await Sidecar.SendAsync(HttpMethod.Post, $"/v1/reviews/{ticket}/approve", """{"reason":"fine"}""", SidecarTestHost.ReviewerSecret))
        {
            Assert.True(approve.IsSuccessStatusCode, await approve.Content.ReadAsStringAsync());
        }
        var approved = await StatusAsync();
        Assert.Equal("approved", approved.GetProperty("status").GetString());
        Assert.Equal("allow", approved.GetProperty("outcome").GetString());
        Assert.True(approved.TryGetProperty("resolvedAt", out _));

        using var scraper = await Sidecar.SendAsync(HttpMethod.Get, $"/v1/reviews/{ticket}/status", token: SidecarTestHost.MetricsSecret);
        await SidecarErrorTests.AssertProblemAsync(scraper, 403, "token `scraper` may not read a review ticket's status");
        using var anonymous = await Sidecar.SendAsync(HttpMethod.Get, $"/v1/reviews/{ticket}/status");
        await SidecarErrorTests.AssertProblemAsync(anonymous, 401, "Authorization: Bearer");
        using var whole = await Sidecar.SendAsync(HttpMethod.Get, $"/v1/reviews/{ticket}", token: SidecarTestHost.DecisionSecret);
        await SidecarErrorTests.AssertProblemAsync(whole, 403, "token `app` may not decide review tickets");
    }

    public static TheoryData<string, string, string?, string, int, string> Boundaries => new()
    {
        // A reviewer decides tickets, and nothing else administrative.
        { "PUT", $"/v1/pace/{Policy}", """{"level":"emergency","reason":"x"}""", SidecarTestHost.ReviewerSecret, 403, "token `desk` may not move PACE or reset breakers" },
        { "GET", $"/v1/pace/{Policy}", null, SidecarTestHost.ReviewerSecret, 403, "token `desk` may not" },
        { "POST", $"/v1/breakers/{Policy}/violations/reset", """{"key":"user:u1","reason":"x"}""", SidecarTestHost.ReviewerSecret, 403, "token `desk` may not" },
        { "POST", $"/v1/decisions/{Policy}/input", SidecarPolicies.Context("hello"), SidecarTestHost.ReviewerSecret, 403, "token `desk` may not ask for decisions" },
        // Decision and metrics tokens are not administrative.
        { "GET", "/v1/reviews", null, SidecarTestHost.DecisionSecret, 403, "token `app` may not decide review tickets" },
        { "GET", "/v1/reviews", null, SidecarTestHost.MetricsSecret, 403, "token `scraper` may not decide review tickets" },
        { "PUT", $"/v1/pace/{Policy}", """{"level":"emergency","reason":"x"}""", SidecarTestHost.DecisionSecret, 403, "token `app` may not" },
        // Metrics need a token once one is configured.
        { "GET", "/metrics", null, "", 401, "Authorization: Bearer" },
        { "GET", "/metrics", null, SidecarTestHost.ReviewerSecret, 403, "token `desk` may not read metrics" },
        { "GET", "/metrics", null, "not-a-token-at-all-1", 403, "the token is not valid here" },
    };

    [Theory]
    [MemberData(nameof(Boundaries))]
    public async Task EachRoleIsRefusedOutsideItsEndpoints(string method, string path, string? body, string token, int status, string detail)
    {
        using var response = await Sidecar.SendAsync(new HttpMethod(method), path, body, token.Length == 0 ? null : token);
        await SidecarErrorTests.AssertProblemAsync(response, status, detail);
        Assert.Empty(Sidecar.Logs.Errors);
    }

    [Fact]
    public async Task TheOpenApiDocumentNamesTheRolesOfEachEndpoint()
    {
        var paths = JsonDocument.Parse(await Sidecar.Client.GetStringAsync("/openapi.json")).RootElement.GetProperty("paths");
        string Schemes(string path, string method) => string.Join(",", paths.GetProperty(path).GetProperty(method).GetProperty("security")
            .EnumerateArray().Select(s => string.Join("+", s.EnumerateObject().Select(p => p.Name))));
        Assert.Equal("admin,reviewer", Schemes("/v1/reviews/{id}/approve", "post"));
        Assert.Equal("admin", Schemes("/v1/pace/{policy}", "put"));
        Assert.Equal(",metrics,admin", Schemes("/metrics", "get"));
        Assert.Equal("decision,reviewer,admin", Schemes("/v1/reviews/{id}/status", "get"));
    }

    [Fact]
    public async Task MetricsTokensAndAdminTokensReadMetrics()
    {
        foreach (var token in new[] { SidecarTestHost.MetricsSecret, SidecarTestHost.AdminSecret })
        {
            using var response = await Sidecar.SendAsync(HttpMethod.Get, "/metrics", token: token);
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
            Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        }
    }
}
