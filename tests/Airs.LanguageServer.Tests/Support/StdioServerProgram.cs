namespace Airs.LanguageServer.Tests.Support;

/// <summary>
/// The test assembly doubles as a language server process (<c>--stdio-server</c>) so the Neovim harness has a
/// real command line to start before the CLI's <c>airs lsp</c> exists.
/// </summary>
public static class StdioServerProgram
{
    public const string Flag = "--stdio-server";

    public static async Task<int> Main(string[] args)
    {
        if (args is not [Flag])
        {
            await Console.Error.WriteLineAsync($"usage: Airs.LanguageServer.Tests {Flag}").ConfigureAwait(false);
            return 2;
        }
        await using var input = Console.OpenStandardInput();
        await using var output = Console.OpenStandardOutput();
        return await LanguageServerHost.RunAsync(input, output, CancellationToken.None).ConfigureAwait(false);
    }
}
