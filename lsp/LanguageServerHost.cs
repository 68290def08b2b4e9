using Airs.LanguageServer.JsonRpc;
using Airs.LanguageServer.Server;

namespace Airs.LanguageServer;

/// <summary>Runs the language server over a pair of streams (stdin/stdout for <c>airs lsp</c>).</summary>
public static class LanguageServerHost
{
    /// <summary>Serves until <c>exit</c>, the end of <paramref name="input"/>, or cancellation; returns the process exit code.</summary>
    public static Task<int> RunAsync(Stream input, Stream output, CancellationToken cancellationToken) =>
        RunAsync(input, output, new LanguageServerOptions(), cancellationToken);

    public static async Task<int> RunAsync(Stream input, Stream output, LanguageServerOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        using var connection = new JsonRpcConnection(input, output, options.MaxMessageBytes);
        connection.Logger = new ClientLogger(connection, options.MinimumLogLevel);
        using var server = new Server.LanguageServer(connection, options, connection.Logger);
        await connection.RunAsync(server, cancellationToken).ConfigureAwait(false);
        return server.ExitCode;
    }
}
