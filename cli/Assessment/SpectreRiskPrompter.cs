using Airs.Compiler.Reporting;
using Airs.Runtime.Policy;
using Spectre.Console;

namespace Airs.Cli.Assessment;

/// <summary>The questionnaire in a terminal: a selection list per dimension, arrow keys and enter.</summary>
public sealed class SpectreRiskPrompter(IAnsiConsole terminal) : IRiskPrompter
{
    public static SpectreRiskPrompter For(TextWriter output) =>
        new(AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Interactive = InteractionSupport.Yes,
        }));

    public string AskSystem() =>
        terminal.Prompt(new TextPrompt<string>("Which [bold]system[/] is this (the policy's name, e.g. [grey]support_bot[/])?")
            .Validate(name => AssessmentAnswers.IsValidSystemName(name)
                ? ValidationResult.Success()
                : ValidationResult.Error("[red]use letters, digits and _ (it names a pack)[/]")));

    public Tier Ask(RiskQuestion question)
    {
        var prompt = new SelectionPrompt<Tier>()
            .Title($"[bold]{Markup.Escape(Capitalised(question.Title))}[/]: {Markup.Escape(question.Question)}")
            .PageSize(6)
            .UseConverter(level => $"{level.Keyword(),-9}{Markup.Escape(question.OptionFor(level))}")
            .AddChoices(Enum.GetValues<Tier>());
        var answer = terminal.Prompt(prompt);
        terminal.MarkupLine($"{Markup.Escape(question.Title)}: [bold]{answer.Keyword()}[/]");
        return answer;
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
