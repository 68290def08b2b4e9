using System.Net;
using Airs.Runtime.Bundles;
using Airs.Runtime.Stores;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Airs.Runtime.AspNetCore.Sidecar;

/// <summary>
/// The <c>airs serve</c> sidecar: a Kestrel server deciding for the policies of a bundle file or directory,
/// with review, PACE and breaker administration, health, metrics and an OpenAPI document.
/// </summary>
public sealed class SidecarHost : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly BundleWatcher watcher;
    private readonly EngineRegistry engines;
    private readonly PrometheusMetrics metrics;
    private readonly ReviewWebhook? webhook;

    private SidecarHost(WebApplication app, BundleWatcher watcher, EngineRegistry engines, PrometheusMetrics metrics, ReviewWebhook? webhook)
    {
        this.webhook = webhook;
        this.app = app;
        this.watcher = watcher;
        this.engines = engines;
        this.metrics = metrics;
    }

    /// <summary>The addresses Kestrel bound (with the real port when the options asked for port 0).</summary>
    public IReadOnlyList<Uri> Addresses =>
        [.. app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Select(a => new Uri(a))];

    /// <summary>The policies served now.</summary>
    public IReadOnlyCollection<string> Policies => engines.Policies;

    /// <summary>Loads, verifies and starts serving; the store stays the caller's to dispose.</summary>
    /// <exception cref="SidecarConfigurationException">The options are unsafe or inconsistent (a remote bind without tokens, say).</exception>
    public static async Task<SidecarHost> StartAsync(SidecarOptions options, IAirsStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(store);
        CheckBinding(options);
        CheckWebhook(options.ReviewWebhook);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        foreach (var provider in options.LoggerProviders)
        {
            builder.Logging.AddProvider(provider);
        }
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            // Kestrel's own limit is a backstop a little above ours, so our check answers first with problem+json.
            kestrel.Limits.MaxRequestBodySize = options.MaxBodyBytes + 1;
        });
        var app = builder.Build();
        var loggers = app.Services.GetRequiredService<ILoggerFactory>();

        var watcherOptions = BundleWatcherOptions.Default with
        {
            Logger = loggers.CreateLogger("Airs.Sidecar.Bundles"),
            WatchFileSystem = options.WatchBundles,
            TimeProvider = options.TimeProvider,
        };
        var watcher = Directory.Exists(options.BundlePath)
            ? await BundleWatcher.StartForDirectoryAsync(options.BundlePath, options.Trust, watcherOptions, cancellationToken).ConfigureAwait(false)
            : await BundleWatcher.StartForFileAsync(options.BundlePath, options.Trust, watcherOptions, cancellationToken).ConfigureAwait(false);
        var principals = options.PacePrincipals ?? [.. options.AdminTokens.Select(t => t.Name)];
        var engines = new EngineRegistry(watcher, store, options.Models ?? options.JudgeClients, options.Engine with { PacePrincipals = principals },
            options.TimeProvider, loggers, options.AllowMissingJudges);
        var metrics = new PrometheusMetrics();
        var webhook = options.ReviewWebhook is { } hook ? new ReviewWebhook(hook, options.TimeProvider, loggers.CreateLogger("Airs.Sidecar.Webhook")) : null;
        var reviewFeed = new ReviewFeed(store, options.TimeProvider, webhook, app.Lifetime.ApplicationStopping);
        engines.Started += engine => engine.Reviews.Opened += (_, ticket) => reviewFeed.Publish(ticket);
        try
        {
            await engines.SyncAsync(cancellationToken).ConfigureAwait(false);
            if (engines.Refusals.Count > 0)
            {
                throw new SidecarConfigurationException(
                    $"{string.Join("; ", engines.Refusals.Values)}; configure {(engines.Refusals.Count == 1 ? "it" : "them")} in `--models`, or pass `--allow-missing-judges` to serve anyway");
            }
            if (engines.Policies.Count == 0)
            {
                throw new SidecarConfigurationException($"no bundle could be loaded from `{options.BundlePath}`");
            }
            watcher.Reloaded += (_, _) => _ = SyncQuietlyAsync(engines, loggers);

            var api = new SidecarApi(options, engines, store, metrics, principals, loggers.CreateLogger("Airs.Sidecar"), reviewFeed);
            api.Map(app);
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            metrics.Dispose();
            await engines.DisposeAsync().ConfigureAwait(false);
            watcher.Dispose();
            if (webhook is not null)
            {
                await webhook.DisposeAsync().ConfigureAwait(false);
            }
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        return new SidecarHost(app, watcher, engines, metrics, webhook);
    }

    /// <summary>Re-reads the bundles now and serves whatever verified; requests in flight finish on the old engines.</summary>
    public async Task<IReadOnlyList<BundleReloadEventArgs>> ReloadAsync(CancellationToken cancellationToken = default)
    {
        var results = await watcher.ReloadAsync(cancellationToken).ConfigureAwait(false);
        await engines.SyncAsync(cancellationToken).ConfigureAwait(false);
        return results;
    }

    /// <summary>Completes when the server stops (Ctrl+C, SIGTERM, or <paramref name="cancellationToken"/>).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => app.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        watcher.Dispose();
        await engines.DisposeAsync().ConfigureAwait(false);
        if (webhook is not null)
        {
            await webhook.DisposeAsync().ConfigureAwait(false);
        }
        metrics.Dispose();
        await app.DisposeAsync().ConfigureAwait(false);
    }

    private static async Task SyncQuietlyAsync(EngineRegistry engines, ILoggerFactory loggers)
    {
        try
        {
            await engines.SyncAsync().ConfigureAwait(false);
        }
        catch (Exception e)
        {
            loggers.CreateLogger("Airs.Sidecar.Engines").LogError(e, "could not start the engines of reloaded bundles");
        }
    }

    private static void CheckBinding(SidecarOptions options)
    {
        if (options.MaxBodyBytes <= 0)
        {
            throw new SidecarConfigurationException("the body limit must be positive");
        }
        foreach (var url in options.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri)
                || uri.Scheme is not ("http" or "https"))
            {
                throw new SidecarConfigurationException($"`{url}` is not an http or https address");
            }
            if (IsLoopback(uri.Host))
            {
                continue;
            }
            if (!options.AllowRemote)
            {
                throw new SidecarConfigurationException($"`{url}` is not a loopback address; pass `--allow-remote` to listen on it");
            }
            if (options.AdminTokens.Count == 0 || options.DecisionTokens.Count == 0)
            {
                throw new SidecarConfigurationException($"listening on `{url}` needs both an admin token and a decision token");
            }
        }
    }

    private static void CheckWebhook(ReviewWebhookOptions? webhook)
    {
        if (webhook is null)
        {
            return;
        }
        if (!webhook.Url.IsAbsoluteUri || webhook.Url.Scheme is not ("http" or "https"))
        {
            throw new SidecarConfigurationException("the review webhook must be an http or https address");
        }
        if (webhook.Secret.Length < ReviewWebhookOptions.MinSecretLength)
        {
            throw new SidecarConfigurationException($"the review webhook secret must be at least {ReviewWebhookOptions.MinSecretLength} characters long");
        }
        if (webhook.MaxAttempts < 1)
        {
            throw new SidecarConfigurationException("the review webhook needs at least one attempt");
        }
    }

    private static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}

/// <summary>The sidecar cannot start as configured; the message says why in one line.</summary>
public sealed class SidecarConfigurationException(string message) : Exception(message);
