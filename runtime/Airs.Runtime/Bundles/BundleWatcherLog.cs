using Microsoft.Extensions.Logging;

namespace Airs.Runtime.Bundles;

internal static partial class BundleWatcherLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "policy bundle loaded from {Path}: {Reason}")]
    public static partial void Loaded(ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "policy bundle refused from {Path} ({Error}): {Reason}")]
    public static partial void Refused(ILogger logger, string path, BundleError? error, string reason);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Error, Message = "a bundle reload handler failed")]
    public static partial void HandlerFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "file watching reported an error; reloading everything")]
    public static partial void WatchError(ILogger logger, Exception exception);
}
