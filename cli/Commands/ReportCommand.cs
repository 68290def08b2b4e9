using System.CommandLine;
using Airs.Compiler.Binding;
using Airs.Compiler.Reporting;

namespace Airs.Cli.Commands;

/// <summary>
/// `airs report &lt;dirs|files&gt; [--format markdown|html] [-o file]`: OWASP LLM and Agentic Top 10 coverage from the
/// controls' `maps`, the engine's implicit coverage, ATLAS and EU AI Act references, and tier conformance.
/// Warnings are not failures: the exit code is 0 unless no policy could be analysed at all.
/// </summary>
public static class ReportCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths") { Description = "policy files or directories", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "markdown or html (default: html when --output ends in .html, else markdown)" };
        format.AcceptOnlyFromAmong("markdown", "html");
        var output = new Option<string>("--output", "-o") { Description = "the file to write (default: standard output)" };
        var command = new Command("report", "report standards coverage and tier conformance of policies") { paths, format, output };
        command.SetAction(result => Run(console, result.GetValue(paths)!, result.GetValue(format), result.GetValue(output)));
        return command;
    }

    private static int Run(CliConsole console, string[] paths, string? format, string? outputPath)
    {
        var files = PolicyFiles.Expand(paths);
        var report = ReportBuilder.Build(files.Select(f => Compilation.FromFile(f)), PolicyFiles.Display);
        var html = (format ?? (outputPath?.EndsWith(".html", StringComparison.OrdinalIgnoreCase) == true ? "html" : "markdown")) == "html";
        var text = html ? HtmlReport.Write(report) : MarkdownReport.Write(report);
        if (outputPath is null)
        {
            console.Out.Write(text);
        }
        else
        {
            File.WriteAllText(outputPath, text);
            console.Error.WriteLine($"wrote {PolicyFiles.Display(Path.GetFullPath(outputPath))}");
        }
        foreach (var uncompiled in report.Uncompiled)
        {
            console.Error.WriteLine($"warning: `{uncompiled.Path}` does not compile ({uncompiled.Errors} error{(uncompiled.Errors == 1 ? "" : "s")}); it is listed, not analysed");
        }
        var warnings = report.Warnings.Count();
        console.Error.WriteLine($"reported on {report.Policies.Length} polic{(report.Policies.Length == 1 ? "y" : "ies")}: {warnings} conformance warning{(warnings == 1 ? "" : "s")}");
        if (report.Policies.Length == 0)
        {
            console.Error.WriteLine("error: no policy could be analysed");
            return AirsCommand.Problems;
        }
        return AirsCommand.Ok;
    }
}
