using Airs.Compiler.Binding;
using Airs.Compiler.Reporting;

namespace Airs.Compiler.Tests.Reporting;

/// <summary>
/// Each rule fires on a small policy that breaks it, and on nothing else: the compliant policy below meets every
/// rule at every tier, and each case changes one thing.
/// </summary>
public class ConformanceRuleTests
{
    private const string Compliant = """
        policy ok {
          tier critical
          model "judge"

          review r {
            sla 1h
            on expiry block "expired"
          }

          judge j on output {
            model "judge"
            sample 100%
            blocking
            prompt "Is this answer fine?"
            on fail block "no"
          }

          breaker b {
            trip when blocked >= 5 within 5m per user
            cooldown 5m
            fallback "offline"
          }

          tool "a.read" { args { x: string } }
          tool "a.write" {
            args { x: string }
            writes
          }

          agent planner {
            tools ["a.read", "a.write"]
            delegates exec with ["a.write"]
            approval ["a.write"]
          }
          agent exec {
            tools ["a.write"]
            approval ["a.write"]
          }

          guard g on input {
            when input.text contains "x"
            block "no"
          }

          limit l {
            count requests
            max 60 within 1m per user
          }

          pace {
            alternate when judge.failing {
              tools read_only
            }
            emergency manual {
              halt
            }
          }
        }
        """;

    private static IReadOnlyList<ConformanceWarning> Warnings(string text, string? directory = null)
    {
        var path = Path.Combine(directory ?? "/nonexistent-airs-test", "ok.airs");
        var compilation = directory is null ? Compilation.FromText(path, text) : Compilation.FromFile(path);
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics.Select(d => $"{d.Location}: {d.Message}")));
        return ReportBuilder.Analyze(compilation, p => Path.GetFileName(p)).Warnings;
    }

    private static string Change(string find, string replace)
    {
        Assert.Contains(find, Compliant);
        return Compliant.Replace(find, replace);
    }

    [Theory]
    [InlineData("critical")]
    [InlineData("high")]
    [InlineData("medium")]
    [InlineData("low")]
    public void TheCompliantPolicyHasNoWarningsAtAnyTier(string tier) =>
        Assert.Empty(Warnings(Change("tier critical", $"tier {tier}")));

    public static TheoryData<string, string, string, string, string> Breaches => new()
    {
        // rule, find, replace, a fragment of the message, the start of the line the warning points at
        { "output-judge", "judge j on output", "judge j on input", "tier `critical` needs a judge on `output`", "  tier critical" },
        { "breaker", "  breaker b {\n    trip when blocked >= 5 within 5m per user\n    cooldown 5m\n    fallback \"offline\"\n  }\n", "", "no `breaker`", "policy ok" },
        { "judge-sample", "sample 100%", "sample 50%", "judge `j` grades 50% of traffic, below the 100%", "  judge j" },
        { "judge-timing", "    blocking\n", "", "judge `j` is not `blocking`", "  judge j" },
        { "review-queue", "  review r {\n    sla 1h\n    on expiry block \"expired\"\n  }\n", "", "no `review` queue", "  tier critical" },
        { "review-sla", "sla 1h", "sla 4h", "review `r` has an SLA of 4h; tier `critical` allows at most 1h", "  review r" },
        { "failure-posture", "on fail block \"no\"", "on fail block \"no\"\n    on error flag \"judge down\"", "(`on error flag`), but tier `critical` fails closed", "  judge j" },
        { "agent-approval", "    approval [\"a.write\"]\n  }\n\n  guard", "  }\n\n  guard", "agent `exec` can call `a.write`, which writes, without approval", "  agent exec" },
        { "detect-mode", "when input.text contains \"x\"", "mode detect\n    when input.text contains \"x\"", "guard `g` is in `detect` mode", "  guard g" },
        { "pace-emergency", "    emergency manual {\n      halt\n    }\n", "", "needs a PACE `emergency` level; the `pace` block has none", "  pace {" },
        { "limits", "  limit l {\n    count requests\n    max 60 within 1m per user\n  }\n", "", "no `limit` counts requests, tokens, cost or tool calls", "policy ok" },
    };

    private static int LineOf(string text, string start) => text.Split('\n').ToList().FindIndex(l => l.StartsWith(start, StringComparison.Ordinal)) + 1;

    [Theory]
    [MemberData(nameof(Breaches))]
    public void EachRuleFiresOnItsBreachAndNothingElseDoes(string rule, string find, string replace, string message, string lineStart)
    {
        var text = Change(find, replace);
        var line = LineOf(text, lineStart);
        Assert.True(line > 0);
        var warning = Assert.Single(Warnings(text));
        Assert.Equal(rule, warning.Rule);
        Assert.Equal("ok", warning.Policy);
        Assert.Contains(message, warning.Message);
        Assert.Equal(new SourceSpot("ok.airs", line), warning.Where);
    }

    [Fact]
    public void WriteApprovalFiresOnHighWhenNoAgentApprovesAWritingTool()
    {
        var text = Compliant.Replace("tier critical", "tier high").Replace("    approval [\"a.write\"]\n", "");
        var warning = Assert.Single(Warnings(text));
        Assert.Equal("write-approval", warning.Rule);
        Assert.Contains("tool `a.write` writes, but no agent needs approval", warning.Message);
        Assert.Equal(new SourceSpot("ok.airs", LineOf(text, "  tool \"a.write\"")), warning.Where);
        // On medium the framework requires no approval at all.
        Assert.Empty(Warnings(text.Replace("tier high", "tier medium")));
    }

    [Fact]
    public void OnCriticalAWritingToolWithoutApprovalIsReportedPerAgent()
    {
        var text = Compliant.Replace("    approval [\"a.write\"]\n", "");
        var warnings = Warnings(text);
        Assert.All(warnings, w => Assert.Equal("agent-approval", w.Rule));
        Assert.Equal(["agent `planner`", "agent `exec`"], warnings.Select(w => w.Message[..w.Message.IndexOf(" can", StringComparison.Ordinal)]));
    }

    [Theory]
    [InlineData("output-judge", "judge j on output", "judge j on input")]
    [InlineData("judge-timing", "    blocking\n", "")]
    [InlineData("detect-mode", "when input.text contains \"x\"", "mode detect\n    when input.text contains \"x\"")]
    [InlineData("pace-emergency", "    emergency manual {\n      halt\n    }\n", "")]
    [InlineData("limits", "  limit l {\n    count requests\n    max 60 within 1m per user\n  }\n", "")]
    [InlineData("failure-posture", "on fail block \"no\"", "on fail block \"no\"\n    on error flag \"judge down\"")]
    public void RulesForHigherTiersDoNotFireOnLow(string rule, string find, string replace)
    {
        var text = Change(find, replace).Replace("tier critical", "tier low");
        Assert.DoesNotContain(Warnings(text), w => w.Rule == rule);
    }

    [Fact]
    public void ADeclaredTierBelowTheAssessmentBesideItWarns()
    {
        var directory = Directory.CreateTempSubdirectory("airs-report-").FullName;
        try
        {
            var high = Compliant.Replace("tier critical", "tier high");
            File.WriteAllText(Path.Combine(directory, "ok.airs"), high);
            Assert.Empty(Warnings(high, directory));

            var answers = Enum.GetValues<RiskDimension>().ToDictionary(d => d, _ => Runtime.Policy.Tier.Low);
            answers[RiskDimension.Reversibility] = Runtime.Policy.Tier.Critical;
            File.WriteAllText(Path.Combine(directory, "ok.assessment.json"), AssessmentFiles.ToJson(new RiskAssessment("ok", answers)));
            var warning = Assert.Single(Warnings(high, directory));
            Assert.Equal("assessed-tier", warning.Rule);
            Assert.Equal("the policy declares tier `high` but the assessment of `ok` in `ok.assessment.json` assesses the system as `critical`", warning.Message);
            Assert.Equal(new SourceSpot("ok.airs", 2), warning.Where);

            // The same assessment, at the tier the policy declares, is fine.
            answers[RiskDimension.Reversibility] = Runtime.Policy.Tier.High;
            File.WriteAllText(Path.Combine(directory, "ok.assessment.json"), AssessmentFiles.ToJson(new RiskAssessment("ok", answers)));
            Assert.Empty(Warnings(high, directory));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void AUsedAssessmentPackAboveTheDeclaredTierIsACompileError()
    {
        // The binder enforces a used assessment (AIRS0149), so the report lists the policy as not compiling.
        var directory = Directory.CreateTempSubdirectory("airs-report-").FullName;
        try
        {
            var answers = Enum.GetValues<RiskDimension>().ToDictionary(d => d, _ => Runtime.Policy.Tier.Critical);
            File.WriteAllText(Path.Combine(directory, "risk.assessment.airs"), AssessmentFiles.ToAirs(new RiskAssessment("other_name", answers)));
            var medium = Compliant.Replace("tier critical", "tier medium\n  use \"./risk.assessment.airs\"");
            var path = Path.Combine(directory, "ok.airs");
            File.WriteAllText(path, medium);
            var compilation = Compilation.FromFile(path);
            Assert.Contains(compilation.Diagnostics, d => d.Code == "AIRS0149" && d.Message.Contains("assesses it as `critical`"));
            var report = ReportBuilder.Build([compilation]);
            Assert.Empty(report.Policies);
            Assert.Single(report.Uncompiled);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void AnUnreadableAssessmentBesideThePolicyIsAWarningNotACrash()
    {
        var directory = Directory.CreateTempSubdirectory("airs-report-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(directory, "ok.airs"), Compliant);
            File.WriteAllText(Path.Combine(directory, "ok.assessment.json"), "{ \"system\": \"ok\", \"scale\": \"vast\" }");
            var warning = Assert.Single(Warnings(Compliant, directory));
            Assert.Equal("assessed-tier", warning.Rule);
            Assert.Contains("cannot read the assessment: `scale` in `ok.assessment.json` must be one of", warning.Message);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void EveryRuleHasAUniqueIdAndIsTested()
    {
        Assert.Equal(ConformanceRules.All.Length, ConformanceRules.All.Select(r => r.Id).Distinct().Count());
        var tested = Breaches.Select(row => (string)row[0]).Concat(["write-approval", "assessed-tier"]).ToHashSet();
        Assert.All(ConformanceRules.All, r => Assert.Contains(r.Id, tested));
    }
}
