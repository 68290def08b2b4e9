using System.CommandLine;
using Airs.Cli.Assessment;
using Airs.Cli.Commands;
using Airs.Compiler.Binding;
using Airs.Compiler.Reporting;
using Airs.Runtime.Policy;

namespace Airs.Cli.Tests;

public class AssessCommandTests
{
    private const string Answers = """
        { "system": "support_bot", "decision_authority": "medium", "reversibility": "high", "data_sensitivity": "low",
          "audience": "high", "scale": "medium", "regulatory_exposure": "low" }
        """;

    [Fact]
    public async Task AnswersFileGivesTheTierItsDriversAndRequirements_AndWritesBothFiles()
    {
        using var folder = new TempFolder();
        var answers = folder.Write("answers.json", Answers);
        var output = folder.File("support_bot.assessment.airs");
        var run = await CliRun.Of("assess", "--answers", answers, "-o", output);
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("support_bot: tier high\ndriven by: reversibility, audience\n", run.Out.ReplaceLineEndings("\n"));
        Assert.Contains("human review     within 4h", run.Out);
        Assert.Contains("approval         required for high-impact actions", run.Out);
        Assert.Contains("fail closed", run.Out);

        var pack = Compilation.FromFile(output);
        Assert.Empty(pack.Diagnostics);
        Assert.Contains("  tier high\n", File.ReadAllText(output));
        var json = AssessmentAnswers.Parse(File.ReadAllText(folder.File("support_bot.assessment.json")), "x");
        Assert.Equal(Tier.High, json.Tier);
        Assert.Equal(Tier.Medium, json.Answers[RiskDimension.DecisionAuthority]);
    }

    [Theory]
    [InlineData("\"audience\": \"high\",", "\"audience\": \"high\", \"budget\": \"low\",", "unknown key `budget`")]
    [InlineData("\"scale\": \"medium\",", "", "missing `scale`")]
    [InlineData("\"scale\": \"medium\"", "\"scale\": \"extreme\"", "`scale` in")]
    [InlineData("{", "[", "is not valid JSON")]
    public async Task BadAnswersExitTwoWithOneLineNamingTheKey(string find, string replace, string expected)
    {
        using var folder = new TempFolder();
        var answers = folder.Write("answers.json", Answers.Replace(find, replace));
        var run = await CliRun.Of("assess", "--answers", answers, "-o", folder.File("x.assessment.airs"));
        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line);
        Assert.Contains(expected, line);
        Assert.False(File.Exists(folder.File("x.assessment.airs")));
    }

    [Fact]
    public async Task AMissingAnswersFileIsAUsageError()
    {
        var run = await CliRun.Of("assess", "--answers", "/nonexistent/answers.json");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("`/nonexistent/answers.json` does not exist", run.Error);
    }

    private sealed class ScriptedPrompter(Dictionary<RiskDimension, Tier> answers) : IRiskPrompter
    {
        public List<string> Asked { get; } = [];

        public string AskSystem()
        {
            Asked.Add("system");
            return "scripted";
        }

        public Tier Ask(RiskQuestion question)
        {
            Asked.Add(question.Key);
            return answers[question.Dimension];
        }
    }

    [Fact]
    public async Task WithoutAnAnswersFileEveryDimensionIsAsked()
    {
        using var folder = new TempFolder();
        var answers = Enum.GetValues<RiskDimension>().ToDictionary(d => d, _ => Tier.Low);
        answers[RiskDimension.DataSensitivity] = Tier.Critical;
        var prompter = new ScriptedPrompter(answers);
        var output = new StringWriter();
        var root = new RootCommand { AssessCommand.Create(new CliConsole(output, new StringWriter()), prompter) };
        var code = await root.Parse(["assess", "-o", folder.File("s.assessment.airs")]).InvokeAsync(new InvocationConfiguration { Output = output });
        Assert.Equal(0, code);
        Assert.Equal(["system", .. RiskQuestionnaire.Questions.Select(q => q.Key)], prompter.Asked);
        Assert.StartsWith("scripted: tier critical\ndriven by: data sensitivity", output.ToString().ReplaceLineEndings("\n"));
        Assert.Contains("pack scripted.assessment {\n  tier critical\n}", File.ReadAllText(folder.File("s.assessment.airs")));
        Assert.True(File.Exists(folder.File("s.assessment.json")));
    }
}
