using System.CommandLine;
using Airs.Cli.Commands;

namespace Airs.Cli;

/// <summary>The commands the native front end runs itself: those that need neither Roslyn nor loading assemblies.</summary>
public static class NativeCommands
{
    public static bool Serves(string[] args) => args is ["check" or "fmt", ..];
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
        };
        return InvokeAsync(root, args, output, error, cancellation);
    }
}
