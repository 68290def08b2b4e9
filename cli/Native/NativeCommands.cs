using System.CommandLine;
using Airs.Cli.Commands;

namespace Airs.Cli;

/// <summary>The commands the native front end runs itself: those that need neither Roslyn nor loading assemblies.</summary>
public static class NativeCommands
{
    // `test --compiled` (or `--compiled=true`, `--compiled:true`) builds bundles with Roslyn and loads them: the managed tool's.
    public static bool Serves(string[] args) =>
        args is ["check" or "fmt", ..] || (args is ["test", ..] && !args.Any(a => a.StartsWith("--compiled", StringComparison.Ordinal)));
}

public static partial class AirsCommand
{
    public static Task<int> RunNativeAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellation = default)
    {
        var console = new CliConsole(output, error);
        var root = new RootCommand(Description)
        {
            CheckCommand.Create(console),
            FmtCommand.Create(console),
            TestCommand.Create(console, compile: null),
        };
        return InvokeAsync(root, args, output, error, cancellation);
    }
}
