using Airs.LanguageServer.JsonRpc;
using Airs.LanguageServer.Protocol;
using Microsoft.Extensions.Logging;

namespace Airs.LanguageServer.Server;

/// <summary>Logs to the client's output panel with <c>window/logMessage</c> (stdout is the protocol channel).</summary>
internal sealed class ClientLogger(IClientNotifier client, LogLevel minimumLevel) : ILogger
{
    public const string LogMessageMethod = "window/logMessage";

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None && logLevel >= minimumLevel;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel))
        {
            return;
        }
        var message = formatter(state, exception);
        if (exception is not null)
        {
            message = $"{message}\n{exception}";
        }
        var type = logLevel switch
        {
            >= LogLevel.Error => MessageType.Error,
            LogLevel.Warning => MessageType.Warning,
            LogLevel.Information => MessageType.Info,
            _ => MessageType.Log,
        };
        // Fire and forget: logging must never block or fail the code that logs.
        _ = client.NotifyAsync(LogMessageMethod, new LogMessageParams(type, message), CancellationToken.None);
    }
}
