using Airs.Runtime.Engine;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Airs.Runtime.AI.Guarding;

public static class AirsPolicyServiceCollectionExtensions
{
    /// <summary>
    /// Registers the policy options and an <see cref="AirsPolicyEngineSource"/> (the engine, built once on first use).
    /// Add the guarded client itself with <see cref="AddAirsGuardedChatClient"/>.
    /// </summary>
    public static IServiceCollection AddAirsPolicy(this IServiceCollection services, Action<AirsPolicyOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<AirsPolicyOptions>().Configure(configure);
        services.TryAddSingleton<AirsPolicyEngineSource>();
        return services;
    }

    /// <summary>Registers <see cref="IChatClient"/> as the client <paramref name="inner"/> builds, guarded by the policy <see cref="AddAirsPolicy"/> set up.</summary>
    public static IServiceCollection AddAirsGuardedChatClient(this IServiceCollection services, Func<IServiceProvider, IChatClient> inner)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(inner);
        services.AddSingleton<IChatClient>(provider =>
        {
            var source = provider.GetRequiredService<AirsPolicyEngineSource>();
            var options = provider.GetRequiredService<IOptions<AirsPolicyOptions>>().Value;
            return new AirsGuardedChatClient(inner(provider), source.GetEngineAsync, options);
        });
        return services;
    }
}

/// <summary>The engine the options name: the instance given, or the factory's, built once (a failed build is retried on the next request).</summary>
public sealed class AirsPolicyEngineSource(IServiceProvider services, IOptions<AirsPolicyOptions> options)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private PolicyEngine? built;

    public async Task<PolicyEngine> GetEngineAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Engine is { } engine)
        {
            return engine;
        }
        if (Volatile.Read(ref built) is { } ready)
        {
            return ready;
        }
        var factory = options.Value.EngineFactory
            ?? throw new InvalidOperationException("no policy engine is configured: set `Engine` or `EngineFactory` in AddAirsPolicy");
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return built ??= await factory(services, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }
}
