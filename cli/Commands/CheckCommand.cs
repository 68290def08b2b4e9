using System.CommandLine;
using System.Text.Json;
using Airs.Compiler.Binding;

namespace Airs.Cli.Commands;

/// <summary>`airs check &lt;files|dirs&gt; [--format text|json|sarif]`: every diagnostic of every file.</summary>
public static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths") { Description = "policy files or directories", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "text, json, or sarif (SARIF 2.1.0 for code scanning)", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var command = new Command("check", "check policies and report every problem") { paths, format };
        command.SetAction(result => Run(console, result.GetValue(paths)!, result.GetValue(format)!));
        return command;
    }

    private static int Run(CliConsole console, string[] paths, string format)
    {
        var files = PolicyFiles.Expand(paths);
        // A pack or file used by several policies is reported once.
        var diagnostics = files.Select(f => Compilation.FromFile(f))
            .SelectMany(c => c.Diagnostics)
            .DistinctBy(d => (d.Location.Source.Path, d.Location.Span, d.Code))
            .ToList();
        var errors = diagnostics.Count(d => d.IsError);
        if (format == "sarif")
        {
            console.Out.WriteLine(SarifReport.Write(diagnostics, Environment.CurrentDirectory));
            WriteSummary(console, files.Count, errors, diagnostics.Count - errors);
        }
        else if (format == "json")
        {
            var report = new CheckJsonReport(files.Count, errors, diagnostics.Count - errors, [.. diagnostics.Select(DiagnosticFormatter.ToJson)]);
            console.Out.WriteLine(JsonSerializer.Serialize(report, CliJson.Default.CheckJsonReport));
        }
        else
        {
            foreach (var diagnostic in diagnostics)
            {
                DiagnosticFormatter.WriteText(console.Out, diagnostic);
            }
            WriteSummary(console, files.Count, errors, diagnostics.Count - errors);
        }
        return errors > 0 ? AirsCommand.Problems : AirsCommand.Ok;
    }

    private static void WriteSummary(CliConsole console, int files, int errors, int warnings) =>
        console.Error.WriteLine($"checked {files} file{(files == 1 ? "" : "s")}: {errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}");
}
