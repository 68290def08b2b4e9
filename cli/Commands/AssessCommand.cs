using System.CommandLine;
using Airs.Cli.Assessment;
using Airs.Compiler.Reporting;
using Airs.Compiler.Text;

namespace Airs.Cli.Commands;

/// <summary>
/// `airs assess [--answers file.json] [--system name] [-o file]`: the risk-tier questionnaire. Interactive in a
/// terminal; from an answers file in CI. Prints the tier, what drove it and what it requires, and writes
/// `&lt;system&gt;.assessment.airs` (a pack a policy can `use`) and `&lt;system&gt;.assessment.json` beside it.
/// </summary>
public static class AssessCommand
{
    /// <param name="prompter">Asks the questions when there is no answers file; by default a terminal prompt.</param>
    public static Command Create(CliConsole console, IRiskPrompter? prompter = null)
    {
        var answers = new Option<string>("--answers") { Description = "a JSON file with one answer (low, medium, high, critical) per dimension, for CI" };
        var system = new Option<string>("--system") { Description = "the system's name, when the answers file has none or in the terminal" };
        var output = new Option<string>("--output", "-o") { Description = "the assessment pack to write (default <system>.assessment.airs); the JSON goes beside it" };
        var command = new Command("assess", "classify a system's risk tier by the highest of six dimensions") { answers, system, output };
        command.SetAction(result => Run(console, prompter, result.GetValue(answers), result.GetValue(system), result.GetValue(output)));
        return command;
    }

    private static int Run(CliConsole console, IRiskPrompter? prompter, string? answersPath, string? system, string? outputPath)
    {
        if (system is not null && !AssessmentAnswers.IsValidSystemName(system))
        {
            throw new UsageException($"`--system` must be a name such as `support_bot` (letters, digits and `_`), not `{system}`");
        }
        var assessment = answersPath is not null ? FromFile(answersPath, system) : Interactively(console, prompter, system);
        var airsPath = outputPath ?? AssessmentFiles.DefaultAirsPath(assessment.System);
        Print(console.Out, assessment, Path.GetFileName(airsPath));

        var jsonPath = AssessmentFiles.JsonPathFor(airsPath);
        if (Path.GetDirectoryName(Path.GetFullPath(airsPath)) is { } directory)
        {
            Directory.CreateDirectory(directory);
        }
        File.WriteAllText(airsPath, AssessmentFiles.ToAirs(assessment));
        File.WriteAllText(jsonPath, AssessmentFiles.ToJson(assessment));
        console.Error.WriteLine($"wrote {PolicyFiles.Display(Path.GetFullPath(airsPath))} and {PolicyFiles.Display(Path.GetFullPath(jsonPath))}");
        return AirsCommand.Ok;
    }

    private static RiskAssessment FromFile(string path, string? system)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"`{path}` does not exist");
        }
        try
        {
            return AssessmentAnswers.Parse(PolicyFile.ReadAllText(path, PolicyFile.MaxInputBytes, "assessment answers"), path, system);
        }
        catch (AssessmentFormatException e)
        {
            throw new UsageException(e.Message);
        }
    }

    private static RiskAssessment Interactively(CliConsole console, IRiskPrompter? prompter, string? system)
    {
        if (prompter is null)
        {
            if (Console.IsInputRedirected)
            {
                throw new UsageException("standard input is not a terminal: pass the answers with `--answers file.json`");
            }
            prompter = SpectreRiskPrompter.For(console.Out);
        }
        var name = system ?? prompter.AskSystem();
        var answers = RiskQuestionnaire.Questions.ToDictionary(q => q.Dimension, prompter.Ask);
        return new RiskAssessment(name, answers);
    }

    /// <summary>The result a person reads: the tier, why, and what it requires.</summary>
    public static void Print(TextWriter output, RiskAssessment assessment, string packFileName)
    {
        output.WriteLine($"{assessment.System}: tier {assessment.Tier.Keyword()}");
        output.WriteLine($"driven by: {assessment.DriversText}");
        output.WriteLine();
        var width = RiskQuestionnaire.Questions.Max(q => q.Title.Length) + 2;
        foreach (var question in RiskQuestionnaire.Questions)
        {
            var level = assessment.Answers[question.Dimension];
            var marker = level == assessment.Tier ? "*" : " ";
            output.WriteLine($" {marker} {question.Title.PadRight(width)}{level.Keyword(),-9}{question.OptionFor(level)}");
        }
        output.WriteLine();
        output.WriteLine($"tier {assessment.Tier.Keyword()} requires:");
        var requirements = TierText.Describe(assessment.Requirements);
        var requirementWidth = requirements.Max(r => r.Requirement.Length) + 2;
        foreach (var (requirement, value) in requirements)
        {
            output.WriteLine($"  {requirement.PadRight(requirementWidth)}{value}");
        }
        output.WriteLine();
        output.WriteLine($"use it in the policy with `use \"./{packFileName}\"` and declare `tier {assessment.Tier.Keyword()}` (or higher)");
    }
}
