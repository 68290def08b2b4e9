using System.CommandLine;
using Airs.Compiler.Binding;
using Airs.Compiler.Interpretation;
using Airs.Compiler.Text;
using Airs.Runtime.Bundles;

namespace Airs.Cli.Commands;

/// <summary>`airs test &lt;files|dirs&gt;`: runs every `test` block and reports failures and controls no test fired.</summary>
public static class TestCommand
{
    /// <param name="compile">
    /// Builds and loads a policy's bundle for `--compiled` (`CompiledPolicies.BuildAndLoad`); null where Roslyn
    /// is not compiled in (the native front end, which hands `--compiled` to the managed tool).
    /// </param>
    public static Command Create(CliConsole console, Func<Compilation, PolicyBundle>? compile)
    {
        var paths = new Argument<string[]>("paths") { Description = "policy files or directories", Arity = ArgumentArity.OneOrMore };
        var compiled = new Option<bool>("--compiled") { Description = "run the tests through each policy's compiled bundle instead of the interpreter" };
        var command = new Command("test", "run the policies' test blocks") { paths, compiled };
        command.SetAction(result => Run(console, result.GetValue(paths)!, result.GetValue(compiled) ? compile ?? NotCompiledIn : null));
        return command;
    }

    private static PolicyBundle NotCompiledIn(Compilation compilation) =>
        throw new UsageException("this airs has no Roslyn for `--compiled`; run the managed airs");

    private static int Run(CliConsole console, string[] paths, Func<Compilation, PolicyBundle>? compile)
    {
        var compiled = compile is not null;
        var files = PolicyFiles.Expand(paths);
        int passed = 0, failed = 0, broken = 0;
        foreach (var file in files)
        {
            var compilation = Compilation.FromFile(file);
            var shown = PolicyFiles.Display(file);
            if (compilation.Policy is not { } policy)
            {
                broken++;
                console.Out.WriteLine($"{shown}: does not compile");
                foreach (var diagnostic in compilation.Diagnostics.Where(d => d.IsError))
                {
                    DiagnosticFormatter.WriteText(console.Out, diagnostic);
                }
                continue;
            }
            PolicyTestReport report;
            if (compile is not null)
            {
                using var bundle = compile(compilation);
                report = PolicyTestRunner.Run(policy, bundle);
            }
            else
            {
                report = PolicyTestRunner.Run(policy);
            }
            console.Out.WriteLine($"{shown}: {report.PassedCount} passed, {report.FailedCount} failed");
            foreach (var result in report.Results.Where(r => !r.Passed))
            {
                console.Out.WriteLine($"  {shown}:{result.Test.SourceLine}: test \"{PrintableText.Escape(result.Test.Name)}\": {PrintableText.Escape(result.Failure)}");
            }
            // Controls that come from used packs are tested with their pack; report this file's own.
            var own = compilation.Model.Symbols
                .Where(s => s.Kind is SymbolKind.Guard or SymbolKind.Judge && s.NameLocation.Source == compilation.Root.Source)
                .Select(s => s.Name)
                .ToHashSet(StringComparer.Ordinal);
            var unfired = report.UnfiredControls.Where(own.Contains).ToList();
            if (unfired.Count > 0)
            {
                console.Out.WriteLine($"  never fired by a test: {string.Join(", ", unfired)}");
            }
            passed += report.PassedCount;
            failed += report.FailedCount;
        }
        console.Out.WriteLine($"{(compiled ? "compiled: " : "")}{passed} passed, {failed} failed{(broken > 0 ? $", {broken} file{(broken == 1 ? "" : "s")} did not compile" : "")}");
        return failed > 0 || broken > 0 ? AirsCommand.Problems : AirsCommand.Ok;
    }
}
