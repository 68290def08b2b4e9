using System.Diagnostics;
using System.Text.Json;
using Airs.Runtime.Audit;
using Airs.Runtime.Decisions;
using Airs.Runtime.Engine;
using Airs.Runtime.Judges;
using Airs.Runtime.Policy;
using Airs.Runtime.Stores;
using Airs.Runtime.Tests.Engine;
using Airs.Runtime.Tests.Stores;
using Microsoft.Extensions.AI;
using Xunit.Abstractions;
using static Airs.Runtime.Tests.Engine.EngineSpecs;
using static Airs.Runtime.Tests.Limits.LimitSpecs;
using FakeClock = Airs.Runtime.Tests.Bundles.FakeTimeProvider;

namespace Airs.Runtime.Tests.Limits;

/// <summary>Limits in a real engine on a real SQLite file: exact under concurrency, kept across restarts, windows on a manual clock.</summary>
public sealed class EngineLimitTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    [Fact]
    public async Task Ten_thousand_parallel_requests_against_a_per_user_limit_allow_exactly_the_limit()
    {
        const int users = 100, perUser = 100, limit = 37;
        await using var h = await EngineHarness.CreateAsync(ScriptedPolicy.AllowAll(), Spec(Limit("per_user", LimitMeasure.Requests, limit, Hour)));

        var watch = Stopwatch.StartNew();
        var decisions = await Task.WhenAll(Enumerable.Range(0, users * perUser).Select(i =>
            Task.Run(() => h.Engine.DecideAsync(Stage.Input, Input($"msg {i}", user: $"u{i % users}", session: $"s{i}")))));
        output.WriteLine($"{decisions.Length} decisions in {watch.Elapsed.TotalSeconds:0.0}s");
        Assert.Equal(users * limit, decisions.Count(d => d.Outcome == Outcome.Allow));
        var refused = decisions.Where(d => d.Outcome != Outcome.Allow).ToList();
        Assert.Equal(users * (perUser - limit), refused.Count);
        Assert.All(refused, d =>
        {
            Assert.Equal(Outcome.Block, d.Outcome);
            Assert.Equal("`per_user` says slow down", d.Message);
            Assert.Equal(Hour, d.RetryAfter); // the clock stands at the start of the window
            Assert.Equal(Layer.Limit, Assert.Single(d.Findings).Layer);
        });
        for (var u = 0; u < users; u++)
        {
            Assert.Equal(limit, h.Scalar($"SELECT amount FROM limit_counts WHERE limit_name = 'per_user' AND scope_key = 'user:u{u}'"));
        }

        // Every refusal is in the audit log as the decision that refused, naming the limit.
        var records = await h.AuditAsync(AuditKinds.Decision);
        Assert.Equal(decisions.Length, records.Length);
        var refusedInLog = records.Select(r => JsonDocument.Parse(r.Payload).RootElement)
            .Count(p => p.GetProperty("outcome").GetString() == "block" && p.GetProperty("controls")[0].GetString() == "LM-per_user");
        Assert.Equal(refused.Count, refusedInLog);
        Assert.True((await AuditVerifier.VerifyAsync(h.Store)).IsValid);
    }

    [Fact]
    public async Task A_count_survives_a_restart_of_the_engine_and_its_store()
    {
        var spec = Spec(Limit("per_user", LimitMeasure.Requests, 5, Hour));
        var files = new TempStore();
        await using (files)
        {
            var clock = new FakeClock();
            await using (var store = await files.OpenAsync())
            await using (var engine = await Create(spec, store, clock))
            {
                for (var i = 0; i < 3; i++)
                {
                    Assert.Equal(Outcome.Allow, (await engine.DecideAsync(Stage.Input, Input("hi"))).Outcome);
                }
            }

            await using (var store = await files.OpenAsync())
            await using (var engine = await Create(spec, store, clock))
            {
                Assert.Equal(Outcome.Allow, (await engine.DecideAsync(Stage.Input, Input("hi"))).Outcome);
                Assert.Equal(Outcome.Allow, (await engine.DecideAsync(Stage.Input, Input("hi"))).Outcome);
                Assert.Equal(Outcome.Block, (await engine.DecideAsync(Stage.Input, Input("hi"))).Outcome);
            }
        }
    }

    [Fact]
    public async Task A_refused_request_may_retry_when_its_window_ends_and_the_retry_after_says_when()
    {
        await using var h = await EngineHarness.CreateAsync(ScriptedPolicy.AllowAll(), Spec(Limit("per_minute", LimitMeasure.Requests, 2, TimeSpan.FromMinutes(1))));
        h.Clock.Advance(TimeSpan.FromSeconds(15));
        await h.Engine.DecideAsync(Stage.Input, Input("a"));
        await h.Engine.DecideAsync(Stage.Input, Input("b"));
        var refused = await h.Engine.DecideAsync(Stage.Input, Input("c"));
        Assert.Equal((Outcome.Block, TimeSpan.FromSeconds(45), 45L), (refused.Outcome, refused.RetryAfter, refused.RetryAfterSeconds));
        Assert.Contains("\"retryAfter\":45", JsonSerializer.Serialize(refused, Serialization.AirsJson.Options), StringComparison.Ordinal);

        Assert.Equal(Outcome.Allow, (await h.Engine.DecideAsync(Stage.Input, Input("other", user: "bob"))).Outcome); // per user
        h.Clock.Advance(TimeSpan.FromSeconds(45));
        var retried = await h.Engine.DecideAsync(Stage.Input, Input("c"));
        Assert.Equal(Outcome.Allow, retried.Outcome);
        Assert.Null(retried.RetryAfter);
        Assert.DoesNotContain("retryAfter", JsonSerializer.Serialize(retried, Serialization.AirsJson.Options), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reported_tokens_and_their_cost_are_counted_on_output_and_refuse_the_next_request_once_spent()
    {
        await using var h = await EngineHarness.CreateAsync(ScriptedPolicy.AllowAll(), Spec(
            Limit("daily_tokens", LimitMeasure.Tokens, 1_000, TimeSpan.FromDays(1)),
            Limit("daily_spend", LimitMeasure.Cost, 4, TimeSpan.FromDays(1), scope: LimitScope.Global, price: 0.002)));

        Assert.Equal(Outcome.Allow, (await h.Engine.DecideAsync(Stage.Output, Output(600))).Outcome);
        Assert.Equal(Outcome.Allow, (await h.Engine.DecideAsync(Stage.Input, Input("next"))).Outcome);
        // The answer that crosses the limit is already paid for: it is released, and the next request is refused.
        Assert.Equal(Outcome.Allow, (await h.Engine.DecideAsync(Stage.Output, Output(600))).Outcome);
        var refused = await h.Engine.DecideAsync(Stage.Input, Input("more"));
        Assert.Equal(["daily_tokens"], refused.Findings.Select(f => f.Control));
        Assert.Equal(TimeSpan.FromDays(1), refused.RetryAfter);

        // Bob has his own token count, but the spend is global: 1,200 + 900 tokens at 0.002 is 4.2.
        Assert.Equal(Outcome.Allow, (await h.Engine.DecideAsync(Stage.Output, Output(900, user: "bob"))).Outcome);
        var spent = await h.Engine.DecideAsync(Stage.Input, Input("hello", user: "bob"));
        Assert.Equal((Outcome.Block, "daily_spend"), (spent.Outcome, Assert.Single(spent.Findings).Control));
    }

    [Fact]
    public async Task A_sum_of_a_tool_argument_admits_a_call_only_while_the_total_stays_within_the_limit()
    {
        await using var h = await EngineHarness.CreateAsync(ScriptedPolicy.AllowAll(), Spec(
            Limit("refunds", LimitMeasure.Sum, 800, TimeSpan.FromDays(1), tool: "orders.refund", argument: "amount"),
            Limit("lookups", LimitMeasure.ToolCalls, 1, TimeSpan.FromDays(1), tool: "orders.lookup")));

        Assert.Equal(Outcome.Allow, (await h.Engine.DecideAsync(Stage.ToolCall, ToolCall("orders.refund", 300))).Outcome);
        Assert.Equal(Outcome.Allow, (await h.Engine.DecideAsync(Stage.ToolCall, ToolCall("orders.refund", 300))).Outcome);
        Assert.Equal(Outcome.Block, (await h.Engine.DecideAsync(Stage.ToolCall, ToolCall("orders.refund", 300))).Outcome); // 900 > 800: not counted
        Assert.Equal(Outcome.Allow, (await h.Engine.DecideAsync(Stage.ToolCall, ToolCall("orders.refund", 200))).Outcome); // exactly 800
        Assert.Equal(Outcome.Allow, (await h.Engine.DecideAsync(Stage.ToolCall, ToolCall("orders.refund", -500))).Outcome); // gives nothing back
        Assert.Equal(Outcome.Block, (await h.Engine.DecideAsync(Stage.ToolCall, ToolCall("orders.refund", 1))).Outcome);

        Assert.Equal(Outcome.Allow, (await h.Engine.DecideAsync(Stage.ToolCall, ToolCall("orders.lookup", 0))).Outcome);
        Assert.Equal(Outcome.Block, (await h.Engine.DecideAsync(Stage.ToolCall, ToolCall("orders.lookup", 0))).Outcome);
        Assert.Equal(800, h.Scalar("SELECT amount FROM limit_counts WHERE limit_name = 'refunds'"));
    }

    [Fact]
    public async Task A_detect_mode_limit_counts_everything_and_only_records_past_its_limit_and_warns_from_its_share()
    {
        await using var h = await EngineHarness.CreateAsync(ScriptedPolicy.AllowAll(), Spec(
            Limit("watch", LimitMeasure.Requests, 4, Hour, mode: ControlMode.Detect, warnAt: 0.5)));
        var decisions = new List<Decision>();
        for (var i = 0; i < 6; i++)
        {
            decisions.Add(await h.Engine.DecideAsync(Stage.Input, Input("hi")));
        }
        Assert.All(decisions, d => Assert.Equal(Outcome.Allow, d.Outcome));
        Assert.All(decisions, d => Assert.Null(d.RetryAfter));
        Assert.Equal([0, 1, 1, 1, 1, 1], decisions.Select(d => d.Findings.Length));
        Assert.Equal([Outcome.Flag, Outcome.Flag, Outcome.Flag, Outcome.Block, Outcome.Block], decisions[1..].Select(d => d.Findings[0].Outcome));
        Assert.All(decisions.SelectMany(d => d.Findings), f => Assert.False(f.Enforced));
        Assert.Equal(6, h.Scalar("SELECT amount FROM limit_counts"));
    }

    [Fact]
    public async Task A_request_the_guardrails_refuse_is_not_counted()
    {
        await using var h = await EngineHarness.CreateAsync(ScriptedPolicy.When("attack", Outcome.Block), Spec(Limit("per_user", LimitMeasure.Requests, 1, Hour)));
        Assert.Equal(Outcome.Block, (await h.Engine.DecideAsync(Stage.Input, Input("attack"))).Outcome);
        var allowed = await h.Engine.DecideAsync(Stage.Input, Input("hello"));
        Assert.Equal(Outcome.Allow, allowed.Outcome);
    }

    [Fact]
    public async Task Tokens_of_an_answer_the_guardrails_refuse_are_spent_all_the_same()
    {
        // Every answer is refused ("answer" is the output's text): the model produced it, and its tokens are paid for.
        await using var h = await EngineHarness.CreateAsync(ScriptedPolicy.When("answer", Outcome.Block), Spec(
            Limit("daily_tokens", LimitMeasure.Tokens, 1_000, TimeSpan.FromDays(1)),
            Limit("daily_spend", LimitMeasure.Cost, 4, TimeSpan.FromDays(1), scope: LimitScope.Global, price: 0.002),
            Limit("per_user", LimitMeasure.Requests, 100, TimeSpan.FromDays(1))));

        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(Outcome.Allow, (await h.Engine.DecideAsync(Stage.Input, Input("ask for something refused"))).Outcome);
            Assert.Equal(Outcome.Block, (await h.Engine.DecideAsync(Stage.Output, Output(600))).Outcome);
        }
        var refused = await h.Engine.DecideAsync(Stage.Input, Input("and again"));
        Assert.Equal(Outcome.Block, refused.Outcome);
        Assert.Equal(["daily_tokens"], refused.Findings.Select(f => f.Control));
        Assert.Equal(1_200, h.Scalar("SELECT amount FROM limit_counts WHERE limit_name = 'daily_tokens'"));
        Assert.Equal(24, h.Scalar("SELECT round(amount * 10) FROM limit_counts WHERE limit_name = 'daily_spend'")); // 2.4
        // Only what was spent: a refused input is still not counted as a request.
        Assert.Equal(2, h.Scalar("SELECT amount FROM limit_counts WHERE limit_name = 'per_user'"));
    }

    [Fact]
    public async Task A_request_one_limit_refuses_is_not_counted_by_the_others_so_one_user_cannot_spend_everyones_budget()
    {
        // Declared global first: each of mallory's requests is admitted there before her own limit refuses it.
        await using var h = await EngineHarness.CreateAsync(ScriptedPolicy.AllowAll(), Spec(
            Limit("everyone", LimitMeasure.Requests, 5, Hour, scope: LimitScope.Global),
            Limit("per_user", LimitMeasure.Requests, 2, Hour)));
        var mallory = new List<Decision>();
        for (var i = 0; i < 20; i++)
        {
            mallory.Add(await h.Engine.DecideAsync(Stage.Input, Input($"spam {i}", user: "mallory")));
        }
        Assert.Equal(2, mallory.Count(d => d.Outcome == Outcome.Allow));
        Assert.All(mallory.Skip(2), d => Assert.Equal(["per_user"], d.Findings.Select(f => f.Control)));

        // Refused, her requests consumed nothing: the global count holds her two admitted ones, and others still get in.
        Assert.Equal(2, h.Scalar("SELECT amount FROM limit_counts WHERE limit_name = 'everyone'"));
        foreach (var user in new[] { "alice", "bob", "carol" })
        {
            Assert.Equal(Outcome.Allow, (await h.Engine.DecideAsync(Stage.Input, Input("hello", user: user))).Outcome);
        }
        var full = await h.Engine.DecideAsync(Stage.Input, Input("hello", user: "dave"));
        Assert.Equal(["everyone"], full.Findings.Select(f => f.Control));
        // dave's own count was given back too: the global limit refused him.
        Assert.Equal(0, h.Scalar("SELECT amount FROM limit_counts WHERE limit_name = 'per_user' AND scope_key = 'user:dave'"));
    }

    [Fact]
    public async Task Tokens_of_an_answer_refused_at_the_gate_are_spent_all_the_same()
    {
        await using var h = await EngineHarness.CreateAsync(ScriptedPolicy.AllowAll(), EngineSpecs.Spec(breakers: [Breaker("abuse", BreakerCounter.Blocked, 5, BreakerScope.User)])
            with { Limits = [Limit("daily_tokens", LimitMeasure.Tokens, 1_000, TimeSpan.FromDays(1))] });
        Assert.Equal(Outcome.Allow, (await h.Engine.DecideAsync(Stage.Input, Input("question"))).Outcome);

        // The breaker opens while the model answers: the answer is refused, but the model spent its tokens.
        await h.Engine.Breakers.TripAsync("abuse", "user:alice", "ops", "abuse report");
        Assert.Equal(Layer.Breaker, Assert.Single((await h.Engine.DecideAsync(Stage.Output, Output(1_000))).Findings).Layer);
        await h.Engine.Breakers.ResetAsync("abuse", "user:alice", "ops", "false alarm");

        var next = await h.Engine.DecideAsync(Stage.Input, Input("more"));
        Assert.Equal(["daily_tokens"], next.Findings.Select(f => f.Control));
        Assert.Equal(1_000, h.Scalar("SELECT amount FROM limit_counts WHERE limit_name = 'daily_tokens'"));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(-600.0)]
    [InlineData(double.PositiveInfinity)]
    public async Task Reported_tokens_that_are_not_a_count_are_refused_and_never_reopen_a_spent_token_limit(double tokens)
    {
        await using var h = await EngineHarness.CreateAsync(ScriptedPolicy.AllowAll(), Spec(
            Limit("daily_tokens", LimitMeasure.Tokens, 1_000, TimeSpan.FromDays(1))));
        await h.Engine.DecideAsync(Stage.Output, Output(1_000));
        Assert.Equal(Outcome.Block, (await h.Engine.DecideAsync(Stage.Input, Input("more"))).Outcome);

        // An in-process host passes the usage an upstream reported: NaN would make every later comparison false, a
        // negative count would take spent tokens back.
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => h.Engine.DecideAsync(Stage.Output, Output(tokens)));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => h.Engine.SpendTokensAsync(Output(tokens)));

        Assert.Equal(Outcome.Block, (await h.Engine.DecideAsync(Stage.Input, Input("more"))).Outcome);
        Assert.Equal(1_000, h.Scalar("SELECT amount FROM limit_counts WHERE limit_name = 'daily_tokens'"));
    }

    /// <summary>An engine over every request (guards that never fire) on <paramref name="store"/>, on a test clock.</summary>
    internal static Task<PolicyEngine> Create(PolicySpec spec, IAirsStore store, TimeProvider clock) =>
        PolicyEngine.CreateAsync(ScriptedPolicy.AllowAll(), spec, store, new DictionaryJudgeClientProvider(new Dictionary<string, IChatClient>()),
            EngineHarness.Sensitive, clock);
}
