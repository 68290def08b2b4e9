using System.Net;
using System.Text.Json;
using Airs.Runtime.AI.Models;
using Airs.Runtime.AspNetCore.Sidecar;

namespace Airs.Runtime.AspNetCore.Tests.Sidecar;

/// <summary>Issue 15.3: `airs serve --models` gives the sidecar its judges; startup and /readyz say when they are missing or down.</summary>
public sealed class SidecarJudgeModelTests
{
    private const string ApiKey = "sk-test-0123456789abcdef";
    private const string KeyVariable = "AIRS_TEST_JUDGE_KEY";

    public const string JudgedPolicy = """"
        policy judged_bot {
          version "1.0.0"
          tier high
          owner "ops@example.com"
          model "judge"

          judge grounded on output {
            model "judge"
            sample 100%
            timeout 10s
            blocking
            prompt """
              Is the ANSWER supported by the SOURCES? Reply as JSON
              {"verdict": "pass" | "fail", "confidence": 0..1, "reason": "..."}.
              SOURCES: {{ retrieval.text }}
              ANSWER: {{ output.text }}
              """
            on fail escalate desk
            on error block "Checks are down."
          }

          review desk {
            sla 4h
            on expiry block "Nobody reviewed this in time."
          }
        }
        """";

    private const string Answer = """{"output":{"text":"Your refund of 40 EUR was issued."},"retrieval":{"text":"Refund 40 EUR issued."},"user":{"id":"u1"}}""";

    private static string ModelsFile(string directory, params (string Name, Uri Endpoint)[] models)
    {
        var entries = models.ToDictionary(m => m.Name, m => new Dictionary<string, string>
        {
            ["endpoint"] = new Uri(m.Endpoint, "v1").ToString(),
            ["model"] = "gpt-test",
            ["apiKeyEnv"] = KeyVariable,
        });
        var path = Path.Combine(directory, "models.json");
        File.WriteAllText(path, JsonSerializer.Serialize(new { models = entries }));
        return path;
    }

    private static JudgeModels Load(string path, string key = ApiKey) => JudgeModels.Load(path, name => name == KeyVariable ? key : null);

    [Fact]
    public async Task A_models_file_gives_the_sidecar_a_judge_that_calls_the_upstream_with_the_key()
    {
        var verdict = FakeOpenAi.Pass;
        await using var upstream = await FakeOpenAi.StartAsync(ApiKey, () => verdict);
        var directory = SidecarTestHost.NewDirectory();
        SidecarTestHost.WriteBundleFromSource(JudgedPolicy, directory);
        using var models = Load(ModelsFile(directory, ("judge", upstream.Address)));
        await using var sidecar = await SidecarTestHost.StartAsync(directory, ["judged_bot"], configure: o => o with { Models = models });

        var passed = await sidecar.DecideAsync("/v1/decisions/judged_bot/output", Answer);
        Assert.Equal("allow", passed.GetProperty("outcome").GetString());
        Assert.True(passed.GetProperty("judgesRan").GetBoolean());

        verdict = FakeOpenAi.Fail;
        var failed = await sidecar.DecideAsync("/v1/decisions/judged_bot/output", Answer);
        Assert.Equal("escalate", failed.GetProperty("outcome").GetString());

        var calls = upstream.Requests.Where(r => r.Path == "/v1/chat/completions").ToList();
        Assert.Equal(2, calls.Count);
        Assert.All(calls, c => Assert.Equal("Bearer " + ApiKey, c.Header("Authorization")));
        Assert.All(calls, c => Assert.Equal("gpt-test", JsonDocument.Parse(c.Body).RootElement.GetProperty("model").GetString()));
        Assert.DoesNotContain(sidecar.Logs.Entries, e => e.Message.Contains(ApiKey, StringComparison.Ordinal));
        Assert.Empty(sidecar.Logs.Errors);
    }

    [Fact]
    public async Task Readyz_probes_each_judge_model_and_reports_it_without_the_key()
    {
        await using var upstream = await FakeOpenAi.StartAsync(ApiKey, () => FakeOpenAi.Pass);
        var gone = await LocalServer.StartAsync((_, _) => Task.CompletedTask);
        var goneAddress = gone.Address;
        await gone.DisposeAsync(); // nothing listens there any more
        var directory = SidecarTestHost.NewDirectory();
        SidecarTestHost.WriteBundleFromSource(JudgedPolicy, directory);
        using var models = Load(ModelsFile(directory, ("judge", upstream.Address), ("backup", goneAddress)));
        using var wrongKey = Load(ModelsFile(SidecarTestHost.NewDirectory(), ("judge", upstream.Address)), key: "sk-wrong-0123456789");

        await using (var sidecar = await SidecarTestHost.StartAsync(directory, ["judged_bot"], configure: o => o with { Models = models }))
        {
            var ready = await ReadyAsync(sidecar);
            var judges = ready.GetProperty("judges").EnumerateArray().ToDictionary(j => j.GetProperty("model").GetString()!);
            Assert.True(judges["judge"].GetProperty("reachable").GetBoolean());
            Assert.Equal(JsonValueKind.Number, judges["judge"].GetProperty("latencyMs").ValueKind);
            Assert.False(judges["backup"].GetProperty("reachable").GetBoolean());
            Assert.Equal("unreachable: connection_error", judges["backup"].GetProperty("error").GetString());
            Assert.Contains(upstream.Requests, r => r is { Method: "GET", Path: "/v1/models" });
        }

        var other = SidecarTestHost.NewDirectory();
        SidecarTestHost.WriteBundleFromSource(JudgedPolicy, other);
        await using (var sidecar = await SidecarTestHost.StartAsync(other, ["judged_bot"], configure: o => o with { Models = wrongKey }))
        {
            var ready = await ReadyAsync(sidecar);
            var judge = Assert.Single(ready.GetProperty("judges").EnumerateArray());
            Assert.False(judge.GetProperty("reachable").GetBoolean());
            Assert.Equal("HTTP 401 (Unauthorized)", judge.GetProperty("error").GetString());
            Assert.DoesNotContain("sk-wrong", ready.GetRawText(), StringComparison.Ordinal);
        }
    }

    /// <summary>The sidecar's monotonic clock, moved by hand; wall time and timers are the system's.</summary>
    private sealed class ManualClock : TimeProvider
    {
        public long Ticks { get; set; }

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Ticks;
    }

    /// <summary>
    /// `/readyz` needs no token and each judge probe is a request upstream with the operator's key: one round of probes
    /// answers every call for <see cref="JudgeReadiness.Fresh"/>. Before, a caller polling in a loop (or anyone who can
    /// reach a sidecar started with `--allow-remote`) sent the provider one request per model per call.
    /// </summary>
    [Fact]
    public async Task One_round_of_probes_answers_readyz_for_a_few_seconds()
    {
        await using var upstream = await FakeOpenAi.StartAsync(ApiKey, () => FakeOpenAi.Pass);
        var directory = SidecarTestHost.NewDirectory();
        SidecarTestHost.WriteBundleFromSource(JudgedPolicy, directory);
        using var models = Load(ModelsFile(directory, ("judge", upstream.Address)));
        var clock = new ManualClock();
        await using var sidecar = await SidecarTestHost.StartAsync(directory, ["judged_bot"], configure: o => o with { Models = models, TimeProvider = clock });
        int Probes() => upstream.Requests.Count(r => r is { Method: "GET", Path: "/v1/models" });

        for (var i = 0; i < 5; i++)
        {
            Assert.True(Assert.Single((await ReadyAsync(sidecar)).GetProperty("judges").EnumerateArray()).GetProperty("reachable").GetBoolean());
        }
        Assert.Equal(1, Probes());

        clock.Ticks += JudgeReadiness.Fresh.Ticks;
        await ReadyAsync(sidecar);
        Assert.Equal(2, Probes());
    }

    [Fact]
    public async Task A_probe_that_hangs_is_cut_off_by_the_probe_timeout()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var hanging = await LocalServer.StartAsync(async (http, _) => await release.Task.WaitAsync(http.RequestAborted));
        var directory = SidecarTestHost.NewDirectory();
        SidecarTestHost.WriteBundleFromSource(JudgedPolicy, directory);
        using var models = Load(ModelsFile(directory, ("judge", hanging.Address)));
        await using var sidecar = await SidecarTestHost.StartAsync(directory, ["judged_bot"],
            configure: o => o with { Models = models, JudgeProbeTimeout = TimeSpan.FromMilliseconds(50) });

        var judge = Assert.Single((await ReadyAsync(sidecar)).GetProperty("judges").EnumerateArray());
        Assert.Equal("no answer within 50ms", judge.GetProperty("error").GetString());
        release.SetResult();
    }

    [Fact]
    public async Task Startup_refuses_a_bundle_whose_judges_name_an_unconfigured_model()
    {
        var directory = SidecarTestHost.NewDirectory();
        SidecarTestHost.WriteBundleFromSource(JudgedPolicy, directory);

        var error = await Assert.ThrowsAsync<SidecarConfigurationException>(() => SidecarTestHost.StartAsync(directory, ["judged_bot"]));

        Assert.Equal("policy `judged_bot` names model `judge`, which is not configured; configure it in `--models`, "
            + "or pass `--allow-missing-judges` to serve anyway", error.Message);
    }

    [Fact]
    public async Task Allowed_missing_judges_start_with_a_warning_and_readyz_names_them()
    {
        var directory = SidecarTestHost.NewDirectory();
        SidecarTestHost.WriteBundleFromSource(JudgedPolicy, directory);
        await using var sidecar = await SidecarTestHost.StartAsync(directory, ["judged_bot"], configure: o => o with { AllowMissingJudges = true });

        Assert.Contains(sidecar.Logs.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Warning
            && e.Message.Contains("policy `judged_bot` names model `judge`, which is not configured", StringComparison.Ordinal));
        var judge = Assert.Single((await ReadyAsync(sidecar)).GetProperty("judges").EnumerateArray());
        Assert.Equal(("judge", false, "not configured"),
            (judge.GetProperty("model").GetString(), judge.GetProperty("reachable").GetBoolean(), judge.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task A_hot_reloaded_bundle_naming_an_unconfigured_model_is_refused_and_the_old_one_stays()
    {
        var directory = SidecarTestHost.NewDirectory();
        var plain = JudgedPolicy[..JudgedPolicy.IndexOf("  judge grounded", StringComparison.Ordinal)].Replace("  model \"judge\"\n", "") + "}\n";
        SidecarTestHost.WriteBundleFromSource(plain.Replace("judged_bot", "plain_bot"), directory);
        await using var sidecar = await SidecarTestHost.StartAsync(directory, ["plain_bot"]);

        SidecarTestHost.WriteBundleFromSource(JudgedPolicy.Replace("judged_bot", "plain_bot").Replace("1.0.0", "1.1.0"), directory);
        await sidecar.Host.ReloadAsync();

        var decision = await sidecar.DecideAsync("/v1/decisions/plain_bot/output", Answer);
        Assert.Equal("1.0.0", decision.GetProperty("version").GetString());
        Assert.Contains(sidecar.Logs.Errors, e => e.Message.Contains("names model `judge`, which is not configured", StringComparison.Ordinal));
    }

    private static async Task<JsonElement> ReadyAsync(SidecarTestHost sidecar)
    {
        using var response = await sidecar.Client.GetAsync("/readyz");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
