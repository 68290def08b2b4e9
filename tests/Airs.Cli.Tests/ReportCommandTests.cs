using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Airs.Cli.Tests;

public class ReportCommandTests
{
    private static string Examples => Path.Combine(CliRun.RepositoryRoot, "policies", "examples");

    [Fact]
    public async Task MarkdownCoversTheExamplesControlByControl()
    {
        var run = await CliRun.Of("report", Examples);
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("# AirsPolicy coverage report", run.Out);
        var llm07 = run.Out.Split('\n').First(l => l.StartsWith("| LLM07:2025 |", StringComparison.Ordinal));
        Assert.Contains("`prompt_extraction` (guard, GR-IN-02, ", llm07);
        Assert.Contains("support_bot.airs:20) in support_bot", llm07);
        Assert.Contains("| LLM03:2025 | Supply Chain | **not covered** |", run.Out);
        Assert.Contains("Not covered by any policy: ASI04 Agentic Supply Chain Vulnerabilities, ASI09 Human-Agent Trust Exploitation.", run.Out);
        Assert.Contains("`delegation_chain` (engine, partial, ", run.Out);
        Assert.Contains("| MITRE ATLAS | AML.T0056 | Extract LLM System Prompt |", run.Out);
        Assert.Matches(new Regex(@"\| coding_agent \| `write-approval` \| `[^`]*coding_agent\.airs:14` \|"), run.Out);
        Assert.Contains("reported on 4 policies", run.Error);
    }

    [Fact]
    public async Task HtmlIsOneWellFormedSelfContainedPage()
    {
        using var folder = new TempFolder();
        var output = folder.File("report.html");
        var run = await CliRun.Of("report", Examples, "-o", output);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Out);
        var html = File.ReadAllText(output);
        Assert.StartsWith("<!DOCTYPE html>", html);

        var document = XDocument.Parse(html["<!DOCTYPE html>".Length..]);
        Assert.Equal("html", document.Root!.Name.LocalName);
        var elements = document.Descendants().ToList();
        Assert.DoesNotContain(elements, e => e.Name.LocalName is "script" or "link" or "img" or "iframe" or "object");
        Assert.DoesNotContain(elements.SelectMany(e => e.Attributes()), a => a.Name.LocalName is "src" or "href" && !a.Value.StartsWith('#'));
        Assert.DoesNotContain("http", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html);
        Assert.DoesNotContain("@import", html);

        var chart = Assert.Single(elements, e => e.Name.LocalName == "svg");
        var bars = chart.Descendants().Where(e => e.Name.LocalName == "rect" && (string?)e.Attribute("class") is "llm" or "asi").ToList();
        // A legend swatch per category, then two bars per policy and two for all policies together.
        Assert.Equal(2 + 2 * 5, bars.Count);
        Assert.Contains(elements, e => e.Name.LocalName == "style");
        Assert.Contains("prompt_extraction", html);
    }

    [Fact]
    public async Task FormatCanBeChosenExplicitly()
    {
        var run = await CliRun.Of("report", Examples, "--format", "html");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("<!DOCTYPE html>", run.Out);
    }

    [Fact]
    public async Task APolicyThatDoesNotCompileIsListedWithItsErrorCount()
    {
        using var folder = new TempFolder();
        folder.Write("good.airs", "policy good {\n  tier low\n  guard g on input {\n    when input.text contains \"x\"\n    block \"no\"\n  }\n}\n");
        folder.Write("broken.airs", "policy broken {\n  tier low\n  guard g on input {\n    when input.nothing == 1\n    block \"no\"\n  }\n}\n");
        var run = await CliRun.Of("report", folder.Path);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("## Files that do not compile", run.Out);
        Assert.Matches(new Regex(@"- `[^`]*broken\.airs`: \d+ errors? \(first: "), run.Out);
        Assert.Contains("broken.airs` does not compile", run.Error);
        Assert.Contains("| good |", run.Out);
    }

    /// <summary>
    /// A file's name is the author's choice: one with a backtick, a pipe and a link closed the code span it was shown
    /// in, so the link it carried was live in the coverage report. It is shown literally, the table keeps its shape.
    /// </summary>
    [Fact]
    public async Task AFileNameIsShownLiterallyInTheMarkdown()
    {
        using var folder = new TempFolder();
        folder.Write("a`b|[x](http:evil).airs", "policy good {\n  tier low\n  guard g on input {\n    when input.text contains \"x\"\n    block \"no\"\n  }\n}\n");
        var run = await CliRun.Of("report", folder.Path);
        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split('\n');
        var header = Array.FindIndex(lines, l => l.StartsWith("| policy | file |", StringComparison.Ordinal));
        var row = lines[header + 2];
        Assert.StartsWith("| good | ``", row, StringComparison.Ordinal);
        Assert.Contains(@"a`b\|[x](http:evil).airs`` | low | — | 0/10 | 0/10 | ", row, StringComparison.Ordinal);
        Assert.Contains(@"- file: ``", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NothingAnalysableIsAProblem()
    {
        using var folder = new TempFolder();
        folder.Write("broken.airs", "policy broken {\n  tier nope\n}\n");
        var run = await CliRun.Of("report", folder.Path);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no policy could be analysed", run.Error);
        Assert.Equal(2, (await CliRun.Of("report", folder.File("missing.airs"))).ExitCode);
    }

    [Fact]
    public async Task AnAssessmentAboveTheDeclaredTierIsReported()
    {
        using var folder = new TempFolder();
        folder.Write("bot.airs", "policy bot {\n  tier low\n  guard g on input {\n    when input.text contains \"x\"\n    block \"no\"\n  }\n}\n");
        var answers = folder.Write("answers.json", """
            { "system": "bot", "decision_authority": "low", "reversibility": "low", "data_sensitivity": "high",
              "audience": "low", "scale": "low", "regulatory_exposure": "low" }
            """);
        Assert.Equal(0, (await CliRun.Of("assess", "--answers", answers, "-o", folder.File("bot.assessment.airs"))).ExitCode);
        var run = await CliRun.Of("report", folder.File("bot.airs"));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("the policy declares tier `low` but the assessment of `bot` in `", run.Out);
        Assert.Contains("assesses the system as `high`", run.Out);
    }
}
