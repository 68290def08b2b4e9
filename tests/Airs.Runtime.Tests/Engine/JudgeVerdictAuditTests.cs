using System.Text;
using System.Text.Json.Nodes;
using Airs.Runtime.Audit;
using Airs.Runtime.Decisions;
using Airs.Runtime.Engine;
using Airs.Runtime.Judges;
using Airs.Runtime.Policy;
using static Airs.Runtime.Tests.Engine.EngineSpecs;

namespace Airs.Runtime.Tests.Engine;

/// <summary>Every judge run leaves exactly one <c>judge_verdict</c> record, in every mode, and the chain still verifies.</summary>
public sealed class JudgeVerdictAuditTests
{
    private static JsonObject Payload(AuditRecord record) => JsonNode.Parse(record.Payload)!.AsObject();

    [Fact]
    public async Task Every_run_blocking_detect_and_background_is_audited_once_and_the_chain_verifies()
    {
        var judges = System.Collections.Immutable.ImmutableArray.Create(
            Judge("enforcing", blocking: true, sample: 0.5),
            Judge("shadow", blocking: true, mode: ControlMode.Detect),
            Judge("after", blocking: false));
        await using var h = await EngineHarness.CreateAsync(ScriptedPolicy.AllowAll(), Spec(judges: judges), null, ("judge", Models.Replying(Models.Pass)));

        var ids = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            ids.Add((await h.Engine.DecideAsync(Stage.Output, Output($"answer {i}"))).Id);
        }
        await h.Engine.WhenIdleAsync();

        var verdicts = (await h.AuditAsync(AuditKinds.JudgeVerdict)).Select(Payload).ToList();
        var expectedEnforcing = ids.Count(id => JudgeSampler.IsSampled(id, "enforcing", 0.5));
        Assert.InRange(expectedEnforcing, 1, 39); // both sides of the sample are exercised
        Assert.Equal(expectedEnforcing, verdicts.Count(v => (string?)v["judge"] == "enforcing"));
        Assert.Equal(40, verdicts.Count(v => (string?)v["judge"] == "shadow"));
        Assert.Equal(40, verdicts.Count(v => (string?)v["judge"] == "after"));
        // once per decision and judge: no run is written twice
        Assert.Equal(verdicts.Count, verdicts.Select(v => $"{v["decision_id"]}/{v["judge"]}").Distinct().Count());
        Assert.All(verdicts, v => Assert.Contains((string)v["decision_id"]!, ids));

        var shadow = verdicts.First(v => (string?)v["judge"] == "shadow");
        Assert.Equal("detect", (string?)shadow["mode"]);
        Assert.Equal("blocking", (string?)shadow["timing"]);
        Assert.Equal("background", (string?)verdicts.First(v => (string?)v["judge"] == "after")["timing"]);
        Assert.Equal("pass", (string?)shadow["verdict"]);
        Assert.Equal(0.9, (double)shadow["confidence"]!);
        Assert.Equal("judge", (string?)shadow["model"]);
        Assert.Equal("sample", (string?)shadow["trigger"]);
        Assert.Equal(StageText.Sha256("supported by the sources"), (string?)shadow["reason_sha256"]);
        Assert.True((double)shadow["latency_ms"]! >= 0);
        Assert.DoesNotContain("supported by the sources", string.Join("\n", (await h.AuditAsync()).Select(r => r.Payload)));

        var verification = await AuditVerifier.VerifyAsync(h.Store);
        Assert.True(verification.IsValid, verification.ToString());
    }

    [Fact]
    public void The_payload_text_is_pinned_readers_and_old_records_see_the_same_shape()
    {
        var judge = Judge("grounded", challenger: "judge-b");
        var passed = new JudgeResult.Passed("grounded", "judge-a", new Verdict(VerdictLabel.Pass, 0.875, "é fine"));
        Assert.Equal(
            """{"decision_id":"d-1","policy":"engine_test","version":"1.2.3","tier":"high","judge":"grounded","judge_id":"JG-grounded","stage":"output","mode":"enforce","timing":"blocking","trigger":"sample","verdict":"pass","uncertain":false,"confidence":0.875,"model":"judge-a","challenger":"judge-b","latency_ms":12.346,"reason_sha256":"""
            + $"\"{StageText.Sha256("é fine")}\""
            + ""","error":null,"outcome":"allow"}""",
            Encoding.UTF8.GetString(JudgeVerdictAudit.Payload(Spec(), judge, "d-1", JudgeTrigger.Sample, ControlMode.Enforce, passed, null, TimeSpan.FromTicks(123_456))));

        var errored = new JudgeResult.Errored("grounded", "judge-a", JudgeErrorKind.Timeout, "late");
        Assert.Equal(
            """{"decision_id":"d-2","policy":"engine_test","version":"1.2.3","tier":"high","judge":"grounded","judge_id":"JG-grounded","stage":"output","mode":"detect","timing":"blocking","trigger":"sample","verdict":"error","uncertain":false,"confidence":null,"model":"judge-a","challenger":null,"latency_ms":0,"reason_sha256":null,"error":"timeout","outcome":"allow"}""",
            Encoding.UTF8.GetString(JudgeVerdictAudit.Payload(Spec(), Judge("grounded"), "d-2", JudgeTrigger.Sample, ControlMode.Detect, errored, null, TimeSpan.Zero)));
    }

    public static TheoryData<string> Reasons =>
    [
        "",
        "supported",
        "é fine → 𝄞, 中文",
        "quote \" backslash \\ newline \n tab \t <b>&amp;</b> \u0001",
        new string('é', 3000), // 6,000 UTF-8 bytes: past the stack buffer, hashed from a pooled one
    ];

    [Theory]
    [MemberData(nameof(Reasons))]
    public void The_reasons_hash_reads_as_the_hex_string_it_was_written_from(string reason)
    {
        // reason_sha256 is hashed and formatted on the stack; the record is the one the string version wrote.
        var passed = new JudgeResult.Passed("grounded", "judge-a", new Verdict(VerdictLabel.Pass, 0.5, reason));
        Assert.Equal(
            """{"decision_id":"d-3","policy":"engine_test","version":"1.2.3","tier":"high","judge":"grounded","judge_id":"JG-grounded","stage":"output","mode":"enforce","timing":"blocking","trigger":"sample","verdict":"pass","uncertain":false,"confidence":0.5,"model":"judge-a","challenger":null,"latency_ms":1,"reason_sha256":"""
            + $"\"{StageText.Sha256(reason)}\""
            + ""","error":null,"outcome":"allow"}""",
            Encoding.UTF8.GetString(JudgeVerdictAudit.Payload(Spec(), Judge("grounded"), "d-3", JudgeTrigger.Sample, ControlMode.Enforce, passed, null, TimeSpan.FromMilliseconds(1))));
    }

    [Fact]
    public async Task A_failed_run_is_audited_with_its_error_kind()
    {
        await using var h = await EngineHarness.CreateAsync(ScriptedPolicy.AllowAll(), Spec(judges: [Judge()]), null,
            ("judge", Judges.ScriptedChatClient.Throwing(new HttpRequestException("overloaded"))));

        var decision = await h.Engine.DecideAsync(Stage.Output, Output("hello"));

        var verdict = Payload(Assert.Single(await h.AuditAsync(AuditKinds.JudgeVerdict)));
        Assert.Equal("error", (string?)verdict["verdict"]);
        Assert.Equal("exception", (string?)verdict["error"]);
        Assert.Equal(decision.Id, (string?)verdict["decision_id"]);
        Assert.Equal("block", (string?)verdict["outcome"]); // high tier fails closed
        Assert.Null(verdict["confidence"]);
    }

    [Fact]
    public async Task A_verdict_below_the_confidence_band_escalates_instead_of_passing()
    {
        var judge = Judge() with { MinConfidence = 0.95 };
        await using var h = await EngineHarness.CreateAsync(ScriptedPolicy.AllowAll(), Spec(judges: [judge]), null, ("judge", Models.Replying(Models.Pass)));

        var decision = await h.Engine.DecideAsync(Stage.Output, Output("hello"));

        Assert.Equal(Outcome.Escalate, decision.Outcome);
        Assert.NotNull(decision.ReviewTicketId);
        Assert.Contains("is unsure: pass with confidence 0.9, below its band of 0.95", Assert.Single(decision.Findings).Message);
        var verdict = Payload(Assert.Single(await h.AuditAsync(AuditKinds.JudgeVerdict)));
        Assert.Equal("pass", (string?)verdict["verdict"]);
        Assert.True((bool)verdict["uncertain"]!);
        Assert.Equal("escalate", (string?)verdict["outcome"]);
    }

    [Fact]
    public async Task A_verdict_inside_the_band_counts_by_its_label()
    {
        var judge = Judge() with { MinConfidence = 0.6 };
        await using var h = await EngineHarness.CreateAsync(ScriptedPolicy.AllowAll(), Spec(judges: [judge]), null, ("judge", Models.Replying(Models.Pass)));

        Assert.Equal(Outcome.Allow, (await h.Engine.DecideAsync(Stage.Output, Output("hello"))).Outcome);
    }

    [Fact]
    public async Task A_guard_that_fired_raises_the_sample_and_the_record_says_why()
    {
        var judge = Judge(sample: 0) with { SampleWhen = [new SampleBoost("guard_refund", 1.0)] };
        var policy = ScriptedPolicy.When("refund", Outcome.Flag, ControlMode.Detect);
        await using var h = await EngineHarness.CreateAsync(policy, Spec(judges: [judge]), null, ("judge", Models.Replying(Models.Pass)));

        var quiet = await h.Engine.DecideAsync(Stage.Output, Output("the weather is fine"));
        var risky = await h.Engine.DecideAsync(Stage.Output, Output("your refund was issued"));

        Assert.False(quiet.JudgesRan);
        Assert.True(risky.JudgesRan);
        var verdict = Payload(Assert.Single(await h.AuditAsync(AuditKinds.JudgeVerdict)));
        Assert.Equal(risky.Id, (string?)verdict["decision_id"]);
        Assert.Equal("guard", (string?)verdict["trigger"]);
    }

    [Fact]
    public async Task Pace_judges_all_runs_a_judge_outside_its_sample()
    {
        var pace = System.Collections.Immutable.ImmutableArray.Create(Level(PaceLevel.Alternate, null, null, PaceAction.JudgesAll));
        await using var h = await EngineHarness.CreateAsync(ScriptedPolicy.AllowAll(), Spec(judges: [Judge(sample: 0)], pace: pace), null,
            ("judge", Models.Replying(Models.Pass)));

        Assert.False((await h.Engine.DecideAsync(Stage.Output, Output("before"))).JudgesRan);
        Assert.True((await h.Engine.Pace.DowngradeAsync(PaceLevel.Alternate, "ops-lead", "judge drift suspected")).Applied);
        var after = await h.Engine.DecideAsync(Stage.Output, Output("after"));

        Assert.True(after.JudgesRan);
        var verdict = Payload(Assert.Single(await h.AuditAsync(AuditKinds.JudgeVerdict)));
        Assert.Equal("pace", (string?)verdict["trigger"]);
    }

    [Fact]
    public async Task A_judge_whose_when_condition_was_false_does_not_run()
    {
        var policy = new ScriptedPolicy((_, _, _) => Evaluation.Allowed with { IdleJudges = ["grounded"] });
        var client = Models.Replying(Models.Pass);
        await using var h = await EngineHarness.CreateAsync(policy, Spec(judges: [Judge()]), null, ("judge", client));

        var decision = await h.Engine.DecideAsync(Stage.Output, Output("hello"));

        Assert.False(decision.JudgesRan);
        Assert.Equal(0, client.Calls);
        Assert.Empty(await h.AuditAsync(AuditKinds.JudgeVerdict));
    }
}
