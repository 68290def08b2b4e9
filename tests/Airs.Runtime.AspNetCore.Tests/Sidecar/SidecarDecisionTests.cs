using System.Text.Json;

namespace Airs.Runtime.AspNetCore.Tests.Sidecar;

public sealed class SidecarDecisionTests
{
    [Fact]
    public async Task DecidesForTheExamplePolicies()
    {
        var directory = SidecarTestHost.NewDirectory();
        SidecarTestHost.WriteBundle(SidecarTestHost.Example("summariser"), directory);
        SidecarTestHost.WriteBundle(SidecarTestHost.Example("support_bot"), directory);
        // support_bot's judge model is not configured here; its input stage runs no judge.
        await using var sidecar = await SidecarTestHost.StartAsync(directory, ["summariser", "support_bot"], configure: o => o with { AllowMissingJudges = true });

        var staff = await sidecar.DecideAsync("/v1/decisions/summariser/input", """{"input":{"text":"Notes: ship Friday."},"user":{"roles":["staff"]}}""");
        Assert.Equal("allow", staff.GetProperty("outcome").GetString());
        Assert.Equal("summariser", staff.GetProperty("policy").GetString());
        Assert.Equal("1.0.0", staff.GetProperty("version").GetString());
        Assert.Equal("Notes: ship Friday.", staff.GetProperty("release").GetString());

        var guest = await sidecar.DecideAsync("/v1/decisions/summariser/input", """{"input":{"text":"Notes"},"user":{"roles":["guest"]}}""");
        Assert.Equal("block", guest.GetProperty("outcome").GetString());
        Assert.Equal("The summariser is for staff only.", guest.GetProperty("message").GetString());
        Assert.Contains(guest.GetProperty("findings").EnumerateArray(), f => f.GetRawText().Contains("staff_only"));

        var injection = await File.ReadAllTextAsync(Path.Combine(SidecarTestHost.RepoRoot(), "policies", "examples", "contexts", "injection.json"));
        var blocked = await sidecar.DecideAsync("/v1/decisions/support_bot/input", injection);
        Assert.Equal("block", blocked.GetProperty("outcome").GetString());
        Assert.False(blocked.TryGetProperty("release", out _));

        // Two policies served: the short route cannot guess which.
        using var ambiguous = await sidecar.SendAsync(HttpMethod.Post, "/v1/decisions/input", injection);
        await SidecarErrorTests.AssertProblemAsync(ambiguous, 404, "several policies are served");
        Assert.Empty(sidecar.Logs.Errors);
    }

    [Fact]
    public async Task ConcurrentDecisionsOnSqliteAreAcknowledgedTogetherAndChained()
    {
        var directory = SidecarTestHost.NewDirectory();
        SidecarTestHost.WriteBundle(SidecarTestHost.Example("summariser"), directory);
        await using var sidecar = await SidecarTestHost.StartAsync(directory, ["summariser"]);
        Assert.True(((Airs.Runtime.Stores.AdoAirsStore)sidecar.Store).AcknowledgeAppendsTogether);

        var decisions = await Task.WhenAll(Enumerable.Range(0, 64).Select(i => sidecar.DecideAsync("/v1/decisions/summariser/input",
            $$$"""{"input":{"text":"Notes {{{i}}}: ship Friday."},"user":{"roles":["staff"]}}""")));

        Assert.All(decisions, d => Assert.Equal("allow", d.GetProperty("outcome").GetString()));
        var verification = await Airs.Runtime.Audit.AuditVerifier.VerifyAsync(sidecar.Store);
        Assert.True(verification.IsValid, verification.ToString());
        Assert.True(verification.RecordsChecked >= 64);
    }

    [Fact]
    public async Task TheShortRouteServesTheOnePolicy()
    {
        var directory = SidecarTestHost.NewDirectory();
        SidecarTestHost.WriteBundle(SidecarTestHost.Example("summariser"), directory);
        await using var sidecar = await SidecarTestHost.StartAsync(directory, ["summariser"]);
        var decision = await sidecar.DecideAsync("/v1/decisions/input", """{"input":{"text":"x"},"user":{"roles":["guest"]}}""");
        Assert.Equal("block", decision.GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task DecisionTokensAreCheckedWhenConfigured()
    {
        var directory = SidecarTestHost.NewDirectory();
        SidecarTestHost.WriteBundle(SidecarTestHost.Example("summariser"), directory);
        await using var sidecar = await SidecarTestHost.StartAsync(directory, ["summariser"],
            configure: o => o with { DecisionTokens = [new Runtime.AspNetCore.Sidecar.SidecarToken("app", SidecarTestHost.DecisionSecret)] });
        const string Context = """{"input":{"text":"x"},"user":{"roles":["staff"]}}""";

        using var missing = await sidecar.SendAsync(HttpMethod.Post, "/v1/decisions/summariser/input", Context);
        await SidecarErrorTests.AssertProblemAsync(missing, 401, "Bearer");
        using var wrong = await sidecar.SendAsync(HttpMethod.Post, "/v1/decisions/summariser/input", Context, SidecarTestHost.DecisionSecret + "x");
        await SidecarErrorTests.AssertProblemAsync(wrong, 403, "not valid");
        var allowed = await sidecar.DecideAsync("/v1/decisions/summariser/input", Context, SidecarTestHost.DecisionSecret);
        Assert.Equal("allow", allowed.GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task HotReloadServesTheNewVersion()
    {
        var directory = SidecarTestHost.NewDirectory();
        var source = File.ReadAllText(SidecarTestHost.Example("summariser"));
        SidecarTestHost.WriteBundleFromSource(source, directory);
        await using var sidecar = await SidecarTestHost.StartAsync(directory, ["summariser"]);
        const string Guest = """{"input":{"text":"x"},"user":{"roles":["guest"]}}""";
        var before = await sidecar.DecideAsync("/v1/decisions/summariser/input", Guest);
        Assert.Equal("1.0.0", before.GetProperty("version").GetString());
        Assert.Equal("block", before.GetProperty("outcome").GetString());

        var relaxed = source.Replace("version \"1.0.0\"", "version \"1.1.0\"").Replace("not (\"staff\" in user.roles)", "\"banned\" in user.roles");
        Assert.NotEqual(source, relaxed);
        SidecarTestHost.WriteBundleFromSource(relaxed, directory);
        await sidecar.Host.ReloadAsync();

        var after = await sidecar.DecideAsync("/v1/decisions/summariser/input", Guest);
        Assert.Equal("1.1.0", after.GetProperty("version").GetString());
        Assert.Equal("allow", after.GetProperty("outcome").GetString());
        using var ready = await sidecar.Client.GetAsync("/readyz");
        Assert.Contains("\"version\":\"1.1.0\"", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task HealthReadinessMetricsAndOpenApi()
    {
        var directory = SidecarTestHost.NewDirectory();
        SidecarTestHost.WriteBundle(SidecarTestHost.Example("summariser"), directory);
        await using var sidecar = await SidecarTestHost.StartAsync(directory, ["summariser"]);
        await sidecar.DecideAsync("/v1/decisions/summariser/input", """{"input":{"text":"x"},"user":{"roles":["guest"]}}""");

        using var health = await sidecar.Client.GetAsync("/healthz");
        Assert.True(health.IsSuccessStatusCode);
        using var ready = await sidecar.Client.GetAsync("/readyz");
        Assert.True(ready.IsSuccessStatusCode);
        Assert.Contains("\"policy\":\"summariser\"", await ready.Content.ReadAsStringAsync());

        using var metrics = await sidecar.Client.GetAsync("/metrics");
        var text = await metrics.Content.ReadAsStringAsync();
        Assert.Equal("text/plain", metrics.Content.Headers.ContentType?.MediaType);
        Assert.Contains("# TYPE airs_decisions_total counter", text);
        Assert.Matches(@"airs_decisions_total\{[^}]*outcome=""block""[^}]*\} [1-9]", text);
        Assert.Contains("# TYPE airs_decision_duration_seconds histogram", text);
        Assert.Contains("airs_decision_duration_seconds_bucket{", text);

        using var openApi = await sidecar.Client.GetAsync("/openapi.json");
        var document = JsonDocument.Parse(await openApi.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("3.1.0", document.GetProperty("openapi").GetString());
        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/v1/decisions/{policy}/{stage}", "/v1/reviews", "/v1/pace/{policy}", "/v1/breakers/{policy}/{breaker}/reset", "/readyz" })
        {
            Assert.True(paths.TryGetProperty(path, out _), path);
        }
    }
}
