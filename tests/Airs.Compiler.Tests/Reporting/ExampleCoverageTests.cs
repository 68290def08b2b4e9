using Airs.Compiler.Binding;
using Airs.Compiler.Reporting;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Tests.Reporting;

/// <summary>Coverage of the example policies, asserted control by control.</summary>
public class ExampleCoverageTests
{
    private static readonly Lazy<CoverageReport> Report = new(() =>
    {
        var examples = RepositoryPaths.Combine("policies", "examples");
        var files = Directory.EnumerateFiles(examples, "*.airs").Order(StringComparer.Ordinal);
        return ReportBuilder.Build(files.Select(f => Compilation.FromFile(f)), p => Path.GetRelativePath(RepositoryPaths.Root, p).Replace('\\', '/'));
    });

    private static PolicyAnalysis Policy(string name) => Report.Value.Policies.Single(p => p.Name == name);

    private static MappedControl Covering(string policy, string reference, string control) =>
        Policy(policy).Covering(reference).SingleOrDefault(c => c.Name == control)
            ?? throw new Xunit.Sdk.XunitException($"`{control}` does not cover `{reference}` in `{policy}`");

    [Fact]
    public void EveryExampleCompilesAndIsAnalysed()
    {
        Assert.Empty(Report.Value.Uncompiled);
        Assert.Equal(["coding_agent", "refund_workflow", "summariser", "support_bot"], Report.Value.Policies.Select(p => p.Name));
        Assert.Equal(Tier.Critical, Policy("refund_workflow").Tier);
    }

    [Fact]
    public void GuardsInThePolicyCoverWhatTheyMapWithFileAndLine()
    {
        var injection = Covering("support_bot", "owasp.llm01", "prompt_injection");
        Assert.Equal(ControlKind.Guard, injection.Kind);
        Assert.Equal("GR-IN-01", injection.Id);
        Assert.Equal(new SourceSpot("policies/examples/support_bot.airs", 11), injection.Where);

        Assert.Equal(new SourceSpot("policies/examples/support_bot.airs", 20), Covering("support_bot", "owasp.llm07", "prompt_extraction").Where);
        Assert.Equal(new SourceSpot("policies/examples/support_bot.airs", 27), Covering("support_bot", "owasp.llm07", "system_prompt_leak").Where);
        Assert.Equal(new SourceSpot("policies/examples/coding_agent.airs", 47), Covering("coding_agent", "owasp.asi05", "dangerous_commands").Where);
        Assert.True(Covering("summariser", "owasp.llm10", "long_input").IsDetect);
    }

    [Fact]
    public void JudgesCoverWhatTheyMap()
    {
        var grounded = Covering("support_bot", "owasp.llm09", "grounded");
        Assert.Equal(ControlKind.Judge, grounded.Kind);
        Assert.Equal(new SourceSpot("policies/examples/support_bot.airs", 40), grounded.Where);
        Assert.Equal(ControlKind.Judge, Covering("refund_workflow", "owasp.asi10", "task_drift").Kind);
        Assert.Equal(ControlKind.Judge, Covering("refund_workflow", "owasp.asi08", "cited_facts").Kind);
    }

    [Fact]
    public void PackGuardsCountWhereTheyAreUsed_AtThePacksOwnLine()
    {
        var fromPack = Covering("summariser", "owasp.llm01", "injection_input");
        Assert.Equal(new SourceSpot("airs-lib/airs/injection.airs", 5), fromPack.Where);
        // One control, four policies: the overall view lists it once.
        var grouped = Report.Value.CoveringByControl("owasp.llm01").Single(c => c.Control.Name == "injection_input");
        Assert.Equal(["coding_agent", "refund_workflow", "summariser", "support_bot"], grouped.Policies.ToArray());
        Assert.False(Policy("summariser").Covers("owasp.llm02"));
        Assert.True(Policy("support_bot").Covers("owasp.llm02"));
    }

    [Fact]
    public void ToolsAndAgentsGiveExplicitlyPartialEngineCoverage()
    {
        var permission = Covering("support_bot", "owasp.asi02", "tool_permission");
        Assert.Equal(ControlKind.Engine, permission.Kind);
        Assert.Contains("partial", permission.Note);
        Assert.Same(permission, Covering("support_bot", "owasp.llm06", "tool_permission"));
        Assert.Equal(ControlKind.Engine, Covering("support_bot", "owasp.asi03", "delegation_chain").Kind);
        Assert.Equal(ControlKind.Engine, Covering("refund_workflow", "owasp.asi03", "delegation_chain").Kind);
        // One agent and no delegation: nothing to say about privilege passing between agents.
        Assert.False(Policy("coding_agent").Covers("owasp.asi03"));
        // No tools, no agents: no engine coverage at all.
        Assert.DoesNotContain(Policy("summariser").Controls, c => c.Kind == ControlKind.Engine);
        Assert.False(Policy("summariser").Covers("owasp.asi02"));
    }

    [Fact]
    public void GapsAreListed()
    {
        var report = Report.Value;
        Assert.Equal(["LLM03:2025", "LLM04:2025"], report.Uncovered(StandardFamily.OwaspLlm).Select(s => s.Id));
        Assert.Equal(["ASI04", "ASI09"], report.Uncovered(StandardFamily.OwaspAgentic).Select(s => s.Id));
        Assert.Equal(8, report.CoveredCount(StandardFamily.OwaspLlm));
        Assert.Equal(3, Policy("summariser").CoveredCount(StandardFamily.OwaspLlm));
    }

    [Fact]
    public void AtlasAndEuReferencesAreCollected()
    {
        var atlas = Report.Value.Referenced(StandardFamily.MitreAtlas).Select(s => s.Id).ToList();
        Assert.Contains("AML.T0056", atlas);
        Assert.Contains("AML.T0086", atlas);
        Assert.Contains(Report.Value.Covering("atlas.T0086"), c => c.Policy.Name == "refund_workflow" && c.Control.Name == "email_leak");
        Assert.Empty(Report.Value.Referenced(StandardFamily.EuAiAct));
    }

    [Fact]
    public void ExampleWarningsNameThePolicyTheRuleAndTheLine()
    {
        var warnings = Report.Value.Warnings.ToList();
        Assert.Contains(warnings, w => w.Policy == "coding_agent" && w.Rule == "pace-emergency");
        Assert.Contains(warnings, w => w.Policy == "coding_agent" && w.Rule == "write-approval" && w.Message.Contains("`repo.write`")
            && w.Where == new SourceSpot("policies/examples/coding_agent.airs", 14));
        // Every agent of refund_workflow needs approval for the tools it holds that write (the planner too, for refunds.issue).
        Assert.DoesNotContain(warnings, w => w.Policy == "refund_workflow" && w.Rule is "agent-approval" or "write-approval");
        Assert.DoesNotContain(warnings, w => w.Policy == "support_bot");
    }
}
