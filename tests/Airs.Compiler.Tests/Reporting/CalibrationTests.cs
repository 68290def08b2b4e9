using System.Text.Json.Nodes;
using Airs.Compiler.Binding;
using Airs.Compiler.Reporting.Calibration;
using Airs.Runtime.Audit;

namespace Airs.Compiler.Tests.Reporting;

/// <summary>How <c>judge_verdict</c> records join to reviews, and the <c>judge-evidence</c> rule.</summary>
public sealed class CalibrationTests
{
    private static AuditRecord Record(long sequence, string kind, string actor, JsonObject payload) =>
        new(sequence, DateTimeOffset.UnixEpoch.AddSeconds(sequence), kind, actor, payload.ToJsonString(), "", "");

    private static JsonObject Verdict(string decision, string verdict, string judge = "grounded", string mode = "detect", string trigger = "sample", bool uncertain = false) => new()
    {
        ["decision_id"] = decision, ["policy"] = "p", ["tier"] = "high", ["judge"] = judge, ["mode"] = mode,
        ["trigger"] = trigger, ["verdict"] = verdict, ["uncertain"] = uncertain,
    };

    private static JsonObject Ticket(string ticket, string? decision = null)
    {
        var payload = new JsonObject { ["policy"] = "p", ["review"] = "r", ["ticket"] = ticket, ["reason"] = "x" };
        if (decision is not null)
        {
            payload["decision_id"] = decision;
        }
        return payload;
    }

    private static async IAsyncEnumerable<AuditRecord> Log(params AuditRecord[] records)
    {
        foreach (var record in records)
        {
            await Task.Yield();
            yield return record;
        }
    }

    [Fact]
    public async Task Verdicts_join_the_first_decided_review_of_their_decision()
    {
        var judges = await CalibrationLog.ReadAsync(Log(
            Record(1, AuditKinds.ReviewOpened, "system", Ticket("t1", "d1")),
            Record(2, AuditKinds.ReviewApproved, "ann", Ticket("t1")),            // a review before the verdict joins too
            Record(3, AuditKinds.JudgeVerdict, "system", Verdict("d1", "fail")),  // approved but failed: a false block
            Record(4, AuditKinds.JudgeVerdict, "system", Verdict("d2", "pass", trigger: "guard")),
            Record(5, AuditKinds.ReviewOpened, "system", Ticket("t2", "d2")),
            Record(6, AuditKinds.ReviewRejected, "bob", Ticket("t2")),            // rejected but passed: a false pass
            Record(7, AuditKinds.ReviewOpened, "system", Ticket("t2b", "d2")),
            Record(8, AuditKinds.ReviewApproved, "cat", Ticket("t2b")),           // a second ticket of d2 does not count
            Record(9, AuditKinds.JudgeVerdict, "system", Verdict("d3", "fail", uncertain: true)),
            Record(10, AuditKinds.ReviewOpened, "system", Ticket("t3", "d3")),
            Record(11, AuditKinds.ReviewExpired, "system", Ticket("t3")),         // expiry decides nothing
            Record(12, AuditKinds.JudgeVerdict, "system", Verdict("d4", "error")),
            Record(13, AuditKinds.ReviewOpened, "system", Ticket("t4", "d4")),
            Record(14, AuditKinds.ReviewRejected, "ann", Ticket("t4")),           // an error has no verdict to compare
            Record(15, AuditKinds.JudgeVerdict, "system", Verdict("d5", "pass")),
            Record(16, AuditKinds.ReviewOpened, "system", Ticket("t5", "d5")),
            Record(17, AuditKinds.ReviewApproved, "ann", Ticket("t5")),
            Record(18, AuditKinds.JudgeVerdict, "system", Verdict("d5", "pass", judge: "other", mode: "enforce"))));

        Assert.Equal(["grounded", "other"], judges.Select(j => j.Judge));
        var grounded = judges[0];
        Assert.Equal((5, 4, 1, 1), (grounded.Runs, grounded.Sampled, grounded.Errors, grounded.Uncertain));
        Assert.Equal((2, 1, 3), (grounded.Approved, grounded.Rejected, grounded.Reviewed));
        Assert.Equal((1, 1, 1), (grounded.FalseBlocks, grounded.FalsePasses, grounded.Agreed));
        Assert.Equal(2, grounded.Reviewers);
        Assert.Equal(1.0 / 3, grounded.Agreement);
        Assert.Equal(0.5, grounded.FalseBlockRate);
        Assert.Equal(1.0, grounded.FalsePassRate);
        Assert.Equal("33.3% (1/3)", CalibrationReport.Rate(grounded.Agreement, grounded.Agreed, grounded.Reviewed));
        Assert.Equal("–", CalibrationReport.Rate(judges[1].FalsePassRate, judges[1].FalsePasses, judges[1].Rejected));
    }

    [Fact]
    public async Task An_odd_payload_is_skipped_not_fatal()
    {
        var judges = await CalibrationLog.ReadAsync(Log(
            new AuditRecord(1, DateTimeOffset.UnixEpoch, AuditKinds.JudgeVerdict, "system", "not json", "", ""),
            new AuditRecord(2, DateTimeOffset.UnixEpoch, AuditKinds.JudgeVerdict, "system", "[1]", "", ""),
            Record(3, AuditKinds.JudgeVerdict, "system", new JsonObject { ["judge"] = "grounded" })));
        Assert.Empty(judges);
    }

    [Fact]
    public async Task The_evidence_rule_checks_enforced_judges_of_high_and_critical_tiers()
    {
        var log = await CalibrationLog.ReadAsync(Log(
            Record(1, AuditKinds.JudgeVerdict, "system", Verdict("d1", "pass", judge: "enforced", mode: "enforce")),
            Record(2, AuditKinds.ReviewOpened, "system", Ticket("t1", "d1")),
            Record(3, AuditKinds.ReviewApproved, "ann", Ticket("t1")),
            Record(4, AuditKinds.JudgeVerdict, "system", Verdict("d2", "pass", judge: "shadow", mode: "detect"))));

        var fromLog = CalibrationReport.Build(log, [], minReviewed: 2);
        var warning = Assert.Single(fromLog.Warnings);
        Assert.Equal(CalibrationReport.JudgeEvidence.Id, warning.Rule);
        Assert.Equal("judge `enforced` enforces at tier `high` with 1 reviewed verdict; at least 2 are needed", warning.Message);
        Assert.Empty(CalibrationReport.Build(log, [], minReviewed: 1).Warnings);

        var low = Compilation.FromText("p.airs", """policy p { tier low  model "m"  judge enforced on output { model "m"  prompt "{{ output.text }}" } }""").Policy!;
        Assert.Empty(CalibrationReport.Build(log, [low], minReviewed: 2).Warnings); // the policy's own tier decides
        var critical = Compilation.FromText("p.airs", """
            policy p { tier critical  model "m"  review r { sla 1h }  judge never_ran on output { model "m"  blocking  prompt "{{ output.text }}"  on fail escalate r } }
            """).Policy!;
        Assert.Equal(["judge `never_ran` enforces at tier `critical` with 0 reviewed verdicts; at least 2 are needed"],
            CalibrationReport.Build(log, [critical], minReviewed: 2).Warnings.Select(w => w.Message));
    }

    [Fact]
    public void The_plot_is_well_formed_svg_with_one_bar_per_known_rate()
    {
        var judge = new JudgeCalibration("p", "a<b", "detect", "high", Runs: 10, Sampled: 10, Errors: 0, Uncertain: 0,
            Approved: 4, Rejected: 0, FalseBlocks: 1, FalsePasses: 0, Reviewers: 1);
        var svg = System.Xml.Linq.XDocument.Parse(CalibrationPlot.Render([judge]));
        var bars = svg.Descendants().Where(e => e.Name.LocalName == "rect" && e.Elements().Any(c => c.Name.LocalName == "title")).ToList();
        Assert.Equal(["a<b: agreement 75.0%", "a<b: false-block rate 25.0%"], bars.Select(b => b.Value));
        Assert.Contains(svg.Descendants(), e => e.Name.LocalName == "text" && e.Value == "n = 4 reviewed");
    }
}
