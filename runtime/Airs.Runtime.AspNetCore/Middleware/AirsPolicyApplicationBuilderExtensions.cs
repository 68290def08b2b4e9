using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Airs.Runtime.AspNetCore.Middleware;

public static class AirsPolicyApplicationBuilderExtensions
{
    /// <summary>Guards chat endpoints: <c>app.UseAirsPolicy(o => o.Paths.Add("/chat"))</c>; place it before the endpoints it guards.</summary>
    public static IApplicationBuilder UseAirsPolicy(this IApplicationBuilder app, Action<AirsMiddlewareOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new AirsMiddlewareOptions();
        configure(options);
        if (options.Paths.Count == 0)
        {
            throw new ArgumentException("name at least one route to guard in `Paths`", nameof(configure));
        }
        var logger = app.ApplicationServices.GetService<ILoggerFactory>()?.CreateLogger<AirsPolicyMiddleware>() ?? (ILogger)NullLogger.Instance;
        return app.Use(next => new AirsPolicyMiddleware(next, options, logger).InvokeAsync);
    }
}
