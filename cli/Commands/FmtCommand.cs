using System.CommandLine;
using Airs.Compiler.Formatting;
using Airs.Compiler.Syntax;
using Airs.Compiler.Text;

namespace Airs.Cli.Commands;

/// <summary>`airs fmt [--check] &lt;files|dirs&gt;`: rewrites files in the one canonical layout, or lists those that differ.</summary>
public static class FmtCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths") { Description = "policy files or directories", Arity = ArgumentArity.OneOrMore };
        var check = new Option<bool>("--check") { Description = "change nothing; exit 1 if any file is not formatted" };
        var command = new Command("fmt", "format policies") { paths, check };
        command.SetAction(result => Run(console, result.GetValue(paths)!, result.GetValue(check)));
        return command;
    }

    private static int Run(CliConsole console, string[] paths, bool check)
    {
        var problems = 0;
        foreach (var file in PolicyFiles.Expand(paths))
        {
            var text = PolicyFile.ReadAllText(file);
            var tree = SyntaxTree.Parse(new SourceText(Path.GetFullPath(file), text));
            var formatted = Formatter.Format(tree);
            if (formatted is null)
            {
                problems++;
                console.Error.WriteLine($"{PolicyFiles.Display(file)}: not formatted because it has syntax errors");
                foreach (var diagnostic in tree.Diagnostics.Where(d => d.IsError))
                {
                    DiagnosticFormatter.WriteText(console.Error, diagnostic);
                }
                continue;
            }
            if (formatted == text)
            {
                continue;
            }
            if (check)
            {
                problems++;
                console.Out.WriteLine($"{PolicyFiles.Display(file)}: not formatted");
            }
            else
            {
                File.WriteAllText(file, formatted);
                console.Out.WriteLine($"{PolicyFiles.Display(file)}: formatted");
            }
        }
        return problems > 0 ? AirsCommand.Problems : AirsCommand.Ok;
    }
}
