using System.CommandLine;
using Airs.LanguageServer;

namespace Airs.Cli.Commands;

/// <summary>`airs lsp`: the language server over stdin/stdout (stdout is the protocol; logs go to the client).</summary>
public static class LspCommand
{
    public static Command Create()
    {
        var command = new Command("lsp", "run the language server over stdin and stdout (for editors)");
        command.SetAction(async (result, cancellation) =>
        {
            await using var input = Console.OpenStandardInput();
            await using var output = Console.OpenStandardOutput();
            return await LanguageServerHost.RunAsync(input, output, cancellation).ConfigureAwait(false);
        });
        return command;
    }
}
