using System.CommandLine;
using Airs.Cli.Commands;

namespace Airs.Cli;

// The managed tool holds every command; the native front end (cli/Native) compiles only the Roslyn-free ones.
public static partial class AirsCommand
{
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellation = default)
    {
        var console = new CliConsole(output, error);
        var root = new RootCommand(Description)
        {
            CheckCommand.Create(console),
            FmtCommand.Create(console),
            EvalCommand.Create(console),
            TestCommand.Create(console, CompiledPolicies.BuildAndLoad),
            BuildCommand.Create(console),
            KeysCommand.Create(console),
            AssessCommand.Create(console),
            ReportCommand.Create(console),
            ImportCommand.Create(console),
            AuditCommand.Create(console),
            ServeCommand.Create(console),
            GatewayCommand.Create(console),
            LspCommand.Create(),
        };
        return InvokeAsync(root, args, output, error, cancellation);
    }
}
