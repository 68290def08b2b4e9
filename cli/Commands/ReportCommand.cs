using System.CommandLine;
using Airs.Compiler.Binding;
using Airs.Compiler.Reporting;
using Airs.Compiler.Reporting.Calibration;
using Airs.Compiler.Text;
using Airs.Runtime.Stores;
using Microsoft.Data.Sqlite;

namespace Airs.Cli.Commands;

/// <summary>
/// `airs report &lt;dirs|files&gt; [--format markdown|html] [-o file]`: OWASP LLM and Agentic Top 10 coverage from the
/// controls' `maps`, the engine's implicit coverage, ATLAS and EU AI Act references, and tier conformance.
/// Warnings are not failures: the exit code is 0 unless no policy could be analysed at all.
/// `airs report --judges --store &lt;sqlite&gt; [--min-reviewed N] [-o file.md] [--plot file.svg] [policies]`: judge calibration.
/// </summary>
public static class ReportCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths") { Description = "policy files or directories", Arity = ArgumentArity.ZeroOrMore };
        var format = new Option<string>("--format") { Description = "markdown or html (default: html when --output ends in .html, else markdown)" };
        format.AcceptOnlyFromAmong("markdown", "html");
        var output = new Option<string>("--output", "-o") { Description = "the file to write (default: standard output)" };
        var judges = new Option<bool>("--judges") { Description = "judge calibration from an audit log: agreement with reviewers, false-block and false-pass rates" };
        var store = new Option<string>("--store") { Description = "with --judges: the SQLite store whose audit log to read" };
        var minReviewed = new Option<int>("--min-reviewed")
        {
            Description = $"with --judges: reviewed verdicts an enforced high or critical judge needs (default {CalibrationReport.DefaultMinReviewed})",
            DefaultValueFactory = _ => CalibrationReport.DefaultMinReviewed,
        };
        var plot = new Option<string>("--plot") { Description = "with --judges: where to write the SVG plot (default: beside --output, as .svg)" };
        var command = new Command("report", "report standards coverage and tier conformance of policies, or judge calibration (--judges)")
        {
            paths, format, output, judges, store, minReviewed, plot,
        };
        command.SetAction((result, cancellation) => result.GetValue(judges)
            ? JudgesAsync(console, result.GetValue(paths) ?? [], result.GetValue(store), result.GetValue(minReviewed), result.GetValue(output),
                result.GetValue(plot), cancellation)
            : Task.FromResult(Run(console, result.GetValue(paths) ?? [], result.GetValue(format), result.GetValue(output))));
        return command;
    }

    /// <summary>`airs report --judges --store &lt;sqlite&gt; [policies]`: the calibration report and the <c>judge-evidence</c> rule.</summary>
    private static async Task<int> JudgesAsync(CliConsole console, string[] paths, string? storePath, int minReviewed, string? outputPath, string? plotPath,
        CancellationToken cancellation)
    {
        if (storePath is null)
        {
            return Misuse(console, "`--judges` reads an audit log: give `--store <sqlite file>`");
        }
        if (minReviewed < 1)
        {
            return Misuse(console, "`--min-reviewed` must be at least 1");
        }
        if (!File.Exists(storePath) || !AuditCommand.HasAuditLog(storePath))
        {
            return Misuse(console, File.Exists(storePath) ? $"`{storePath}` is not an airs store: it has no audit log" : $"no store at `{storePath}`");
        }
        var policies = new List<Compiler.Lowering.PolicyIR>();
        foreach (var file in paths.Length == 0 ? [] : PolicyFiles.Expand(paths))
        {
            if (Compilation.FromFile(file).Policy is { } policy)
            {
                policies.Add(policy);
            }
            else
            {
                console.Error.WriteLine($"warning: `{PolicyFiles.Display(file)}` does not compile; its judges are not checked");
            }
        }

        System.Collections.Immutable.ImmutableArray<JudgeCalibration> judges;
        try
        {
            await using var store = await SqliteAirsStore.OpenReadOnlyAsync(storePath, cancellation); // a report changes nothing
            judges = await CalibrationLog.ReadAsync(store.ReadAuditAsync(0, cancellation), cancellation);
        }
        catch (Exception e) when (e is SqliteException or AirsStoreException or InvalidCastException or FormatException)
        {
            // The message may quote the store (a schema version, a stored value): whoever crafted the file chose those bytes.
            console.Error.WriteLine($"error: cannot read the audit log of `{storePath}`: {PrintableText.Escape(e.Message)}");
            return AirsCommand.Problems;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
        }

        var report = CalibrationReport.Build(judges, policies, minReviewed);
        plotPath ??= outputPath is null ? null : Path.ChangeExtension(outputPath, ".svg");
        if (plotPath is not null)
        {
            File.WriteAllText(plotPath, CalibrationPlot.Render(report.Judges));
            console.Error.WriteLine($"wrote {PolicyFiles.Display(Path.GetFullPath(plotPath))}");
        }
        var text = report.ToMarkdown(plotPath is null ? null : Path.GetFileName(plotPath));
        if (outputPath is null)
        {
            console.Out.Write(text);
        }
        else
        {
            File.WriteAllText(outputPath, text);
            console.Error.WriteLine($"wrote {PolicyFiles.Display(Path.GetFullPath(outputPath))}");
        }
        console.Error.WriteLine($"calibrated {report.Judges.Length} judge{(report.Judges.Length == 1 ? "" : "s")}: {report.Warnings.Length} conformance warning{(report.Warnings.Length == 1 ? "" : "s")}");
        return AirsCommand.Ok;
    }

    private static int Misuse(CliConsole console, string message)
    {
        console.Error.WriteLine($"error: {message}");
        return AirsCommand.Usage;
    }

    private static int Run(CliConsole console, string[] paths, string? format, string? outputPath)
    {
        if (paths.Length == 0)
        {
            return Misuse(console, "give the policy files or directories to report on (or `--judges --store <file>`)");
        }
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
