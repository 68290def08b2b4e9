using Airs.Compiler.Binding;
using Airs.Compiler.Interpretation;
using Airs.Compiler.Lowering;
using Airs.Compiler.Reporting;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Functions;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Tests.Library;

/// <summary>The standard packs, used from a policy the way a user would.</summary>
public class PackTests
{
    private static PolicyIR Using(string packs, string tier = "high")
    {
        var text = $"policy p {{\n  tier {tier}\n{string.Join("", packs.Split(' ').Select(p => $"  use {p}\n"))}}}\n";
        var compilation = Compilation.FromText(RepositoryPaths.Combine("policies", "inline.airs"), text);
        Assert.Empty(compilation.Diagnostics.Where(d => d.IsError));
        return compilation.Policy!;
    }

    private static PolicyTestReport TestsOfPack(string file)
    {
        var compilation = Compilation.FromFile(RepositoryPaths.Combine("policies", "lib", "airs", file));
        Assert.Empty(compilation.Diagnostics);
        return PolicyTestRunner.Run(compilation.Policy!);
    }

    [Fact]
    public void EveryStandardPackCompilesCleanlyAndItsTestsPass()
    {
        Assert.Superset(new HashSet<string> { "airs.judges", "airs.tiers", "airs.tools" }, StandardLibrary.PackNames.ToHashSet());
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Combine("policies", "lib", "airs"), "*.airs"))
        {
            var report = TestsOfPack(Path.GetFileName(file));
            Assert.True(report.AllPassed, $"{file}: {string.Join("; ", report.Results.Where(r => !r.Passed).Select(r => r.Failure))}");
            Assert.NotEmpty(report.Results);
        }
    }

    [Fact]
    public void JudgesPack_EveryJudgeIsDetectOnly_UsesTheDeclaredModel_AndAsksForTheVerdictShape()
    {
        var spec = Using("airs.judges").Spec;
        Assert.Equal(["groundedness", "policy_compliance", "prompt_leak", "refuse_then_comply"], spec.Judges.Select(j => j.Name).Order());
        Assert.Contains("judge", spec.Models);
        foreach (var judge in spec.Judges)
        {
            Assert.Equal(ControlMode.Detect, judge.Mode);
            Assert.Equal("judge", judge.Model);
            Assert.False(judge.Blocking, $"`{judge.Name}` would delay traffic while it only records");
            Assert.Contains("{\"verdict\": \"pass\" | \"fail\"", judge.PromptTemplate, StringComparison.Ordinal);
            Assert.Contains("{{ output.text }}", judge.PromptTemplate, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void JudgesPack_AFailingVerdictIsRecordedButNeverDecides_EvenWhenPaceEnforcesAll()
    {
        var policy = Using("airs.judges");
        var context = new RequestContext { InputText = "Will I get my money back?", OutputText = "Yes, I guarantee a full refund." };
        var stubs = new Dictionary<string, JudgeVerdict> { ["policy_compliance"] = JudgeVerdict.Fail };

        var recorded = Interpreter.Decide(policy, Stage.Output, context, stubs, EvaluationOptions.Default);
        Assert.Equal(Outcome.Allow, recorded.Outcome);
        var finding = Assert.Single(recorded.Findings, f => f.Control == "policy_compliance");
        Assert.False(finding.Enforced);

        // The pack's judges are not `blocking`: in production they run after the decision, so even under `enforce all`
        // they cannot change it (the engine opens a review ticket after the fact instead).
        var enforced = Interpreter.Decide(policy, Stage.Output, context, stubs, new EvaluationOptions(EnforceAll: true));
        Assert.Equal(Outcome.Allow, enforced.Outcome);
        Assert.Equal(Outcome.Escalate, Assert.Single(enforced.Findings, f => f.Control == "policy_compliance").Outcome);
    }

    [Theory]
    [InlineData("low")]
    [InlineData("medium")]
    [InlineData("high")]
    [InlineData("critical")]
    public void TiersPack_MeetsEveryRuleAPackCanMeet_OnEveryTier(string tierName)
    {
        var text = $"policy p {{\n  tier {tierName}\n  use airs.tiers\n}}\n";
        var compilation = Compilation.FromText(RepositoryPaths.Combine("policies", "inline.airs"), text);
        Assert.Empty(compilation.Diagnostics);
        var spec = compilation.Policy!.Spec;
        var required = TierRequirements.For(spec.Tier);

        Assert.Equal(required.ReviewSla, Assert.Single(spec.Reviews).Sla);
        Assert.Equal(required.JudgeSampleRate, Assert.Single(spec.Judges).SampleRate, 9);
        Assert.Contains(spec.Breakers, b => b.Scope == BreakerScope.User);
        Assert.Contains(spec.Breakers, b => b.Scope == BreakerScope.Session);

        var rules = ReportBuilder.Analyze(compilation).Warnings.Select(w => w.Rule).ToHashSet();
        string[] met = ["review-queue", "review-sla", "output-judge", "judge-sample", "judge-timing", "failure-posture", "breaker"];
        Assert.Equal(Array.Empty<string>(), met.Where(rules.Contains).ToArray());
    }

    [Fact]
    public void ToolsPack_ACredentialInAnyToolResultIsRedacted()
    {
        var policy = Using("airs.tools");
        var result = "DATABASE_URL=postgres://app:S3cr3tPassw0rd@db.internal:5432/app";
        var context = new RequestContext { ToolName = "anything.at_all", ToolResult = result };
        var evaluation = Interpreter.Decide(policy, Stage.ToolResult, context, new Dictionary<string, JudgeVerdict>(), EvaluationOptions.Default);
        Assert.Equal(Outcome.Redact, evaluation.Outcome);
        var released = RedactionSet.Apply(result, evaluation.Redactions[0].Field, RedactionSet.Merge(evaluation.Redactions));
        Assert.DoesNotContain("S3cr3tPassw0rd", released, StringComparison.Ordinal);
        Assert.StartsWith("DATABASE_URL=", released, StringComparison.Ordinal);
    }

    [Fact]
    public void ToolPatterns_AreAPolicyToCopy_NotAPackToUse()
    {
        // The patterns live outside policies/lib, so they are not a standard pack…
        var compilation = Compilation.FromText(RepositoryPaths.Combine("policies", "inline.airs"),
            "policy p {\n  tier high\n  use airs.patterns.tools\n}\n");
        Assert.Contains(compilation.Diagnostics, d => d.Code == "AIRS0127");
        // …and using the file itself is refused because it is a policy.
        var byPath = Compilation.FromText(RepositoryPaths.Combine("policies", "inline.airs"),
            "policy p {\n  tier high\n  use \"./patterns/tools.airs\"\n}\n");
        Assert.Contains(byPath.Diagnostics, d => d.IsError && d.Message.Contains("only packs can be used", StringComparison.Ordinal));
        Assert.Empty(Compilation.FromFile(RepositoryPaths.Combine("policies", "patterns", "tools.airs")).Diagnostics);
    }
}
