using System.Diagnostics;
using System.Text.Json;
using Airs.Runtime.Audit;
using Airs.Runtime.Breakers;
using Airs.Runtime.Decisions;
using Airs.Runtime.Policy;
using Xunit.Abstractions;
using static Airs.Runtime.Tests.Engine.EngineSpecs;

namespace Airs.Runtime.Tests.Engine;

/// <summary>One engine, one SQLite file, 10,000 decisions at once: exact counts and one unbroken chain.</summary>
public sealed class EngineConcurrencyTests(ITestOutputHelper output)
{
    private const int Users = 100;
    private const int PerUser = 100;
    private const int Total = Users * PerUser;

    [Fact]
    public async Task Ten_thousand_parallel_decisions_give_exact_breaker_counts_and_an_unbroken_audit_chain()
    {
        // Every decision has a detect-mode finding, so every decision counts (RT-10) but none is blocked.
        var policy = ScriptedPolicy.When("msg", Outcome.Block, ControlMode.Detect);
        var hour = TimeSpan.FromHours(1);
        var breakers = new[]
        {
            Breaker("global_exact", BreakerCounter.Findings, Total, BreakerScope.Global, window: hour),      // trips on the last one
            Breaker("global_one_more", BreakerCounter.Findings, Total + 1, BreakerScope.Global, window: hour), // never trips
            Breaker("per_user", BreakerCounter.Findings, PerUser, BreakerScope.User, window: hour),           // every user trips once
        };
        await using var h = await EngineHarness.CreateAsync(policy, Spec(breakers: [.. breakers]));

        var watch = Stopwatch.StartNew();
        var decisions = await Task.WhenAll(Enumerable.Range(0, Total).Select(i =>
            Task.Run(() => h.Engine.DecideAsync(Stage.Input, Input($"msg {i}", user: $"u{i % Users}", session: $"s{i}")))));
        watch.Stop();
        output.WriteLine($"{Total} decisions in {watch.Elapsed.TotalSeconds:0.0}s ({Total / watch.Elapsed.TotalSeconds:0} per second)");

        Assert.All(decisions, d => Assert.Equal(Outcome.Allow, d.Outcome)); // every admission came before any trip
        Assert.Equal(Total, decisions.Select(d => d.Id).Distinct().Count());

        foreach (var breaker in breakers)
        {
            Assert.Equal(Total, h.Scalar($"SELECT COUNT(*) FROM breaker_events WHERE breaker = '{breaker.Name}'"));
        }
        Assert.True(await h.Engine.Breakers.IsOpenAsync("global_exact", BreakerScopes.GlobalKey));
        Assert.False(await h.Engine.Breakers.IsOpenAsync("global_one_more", BreakerScopes.GlobalKey));
        for (var u = 0; u < Users; u++)
        {
            Assert.True(await h.Engine.Breakers.IsOpenAsync("per_user", $"user:u{u}"));
        }

        var trips = await h.AuditAsync(AuditKinds.BreakerTripped);
        Assert.Equal(1 + Users, trips.Length);
        var verification = await AuditVerifier.VerifyAsync(h.Store);
        Assert.True(verification.IsValid, verification.ToString());
        var records = await h.AuditAsync(AuditKinds.Decision);
        Assert.Equal(Total, records.Length);
        var audited = records.Select(r => JsonDocument.Parse(r.Payload).RootElement.GetProperty("decision_id").GetString()).ToHashSet();
        Assert.True(audited.SetEquals(decisions.Select(d => d.Id)));
    }
}
