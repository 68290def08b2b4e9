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
    /// <summary>The host setting that turns off reloading appsettings on change, and with it a recursive file watcher.</summary>
    private const string NoConfigReload = "--hostBuilder:reloadConfigOnChange=false";

    private readonly WebApplication app;
    private readonly BundleWatcher watcher;
    private readonly EngineRegistry engines;
    private readonly PrometheusMetrics metrics;
    private readonly BundleAudit audit;
    private readonly ReviewWebhook? webhook;

    private SidecarHost(WebApplication app, BundleWatcher watcher, EngineRegistry engines, PrometheusMetrics metrics, BundleAudit audit,
        ReviewWebhook? webhook)
    {
        this.webhook = webhook;
        this.app = app;
        this.watcher = watcher;
        this.engines = engines;
        this.metrics = metrics;
        this.audit = audit;
    }

    /// <summary>The addresses Kestrel bound (with the real port when the options asked for port 0).</summary>
    public IReadOnlyList<Uri> Addresses =>
        [.. app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Select(a => new Uri(a))];

    /// <summary>The policies served now.</summary>
    public IReadOnlyCollection<string> Policies => engines.Policies;

    /// <summary>
    /// Loads, verifies and starts serving; the store stays the caller's to dispose. A SQLite or PostgreSQL store is
    /// switched to <see cref="AdoAirsStore.AcknowledgeAppendsTogether"/>: what follows a decision's commit here is the
    /// sidecar's own short answer, and a batch woke a pool thread per decision otherwise.
    /// </summary>
    /// <exception cref="SidecarConfigurationException">The options are unsafe or inconsistent (a remote bind without tokens, say).</exception>
    public static async Task<SidecarHost> StartAsync(SidecarOptions options, IAirsStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(store);
        CheckOptions(options);
        CheckWebhook(options.ReviewWebhook);
        if (store is AdoAirsStore ado)
        {
            ado.AcknowledgeAppendsTogether = true;
        }

        // No watcher for appsettings changes: it watches the working directory and every folder below it (the whole
        // repository, or a home directory), and its events take CPU from requests on a busy machine.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [NoConfigReload] });
        builder.Logging.ClearProviders();
        foreach (var provider in options.LoggerProviders)
        {
            builder.Logging.AddProvider(provider);
        }
        // Hosting starts an Activity and a log scope for every request once any level of this category is on; its own
        // lines (request started, finished) are below what a host shows, and the sidecar logs its failures itself.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None);
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
            AllowDowngrade = options.AllowDowngrade,
        };
        var watcher = Directory.Exists(options.BundlePath)
            ? await BundleWatcher.StartForDirectoryAsync(options.BundlePath, options.Trust, watcherOptions, cancellationToken).ConfigureAwait(false)
            : await BundleWatcher.StartForFileAsync(options.BundlePath, options.Trust, watcherOptions, cancellationToken).ConfigureAwait(false);
        var principals = options.PacePrincipals ?? [.. options.AdminTokens.Select(t => t.Name)];
        var engines = new EngineRegistry(watcher, store, options.Models ?? options.JudgeClients, options.Engine with { PacePrincipals = principals },
            options.TimeProvider, loggers, options.AllowMissingJudges);
        var metrics = new PrometheusMetrics(options.MetricsUserLabels);
        var audit = new BundleAudit(store, options.TimeProvider, loggers.CreateLogger("Airs.Sidecar.Bundles"));
        var webhook = options.ReviewWebhook is { } hook ? new ReviewWebhook(hook, options.TimeProvider, loggers.CreateLogger("Airs.Sidecar.Webhook")) : null;
        var reviewFeed = new ReviewFeed(store, options.TimeProvider, webhook, app.Lifetime.ApplicationStopping);
        engines.Started += engine => engine.Reviews.Opened += (_, ticket) => reviewFeed.Publish(ticket);
        try
        {
            await audit.RecordAsync(watcher.InitialResults).ConfigureAwait(false);
            await engines.SyncAsync(cancellationToken).ConfigureAwait(false);
            if (engines.Refusals.Count > 0)
            {
                throw new SidecarConfigurationException(
                    $"{string.Join("; ", engines.Refusals.Values)}; configure {(engines.Refusals.Count == 1 ? "it" : "them")} in `--models`, or pass `--allow-missing-judges` to serve anyway");
            }
            if (engines.Policies.Count == 0)
            {
                var reasons = watcher.InitialResults.Where(r => r.Status == BundleReloadStatus.Failed).Select(r => r.ToString())
                    .Concat(engines.StartFailures.Values).ToList();
                throw new SidecarConfigurationException(
                    $"no bundle could be loaded from `{options.BundlePath}`{(reasons.Count > 0 ? ": " + string.Join("; ", reasons) : "")}");
            }
            watcher.Reloaded += (_, e) =>
            {
                _ = audit.RecordAsync([e]);
                _ = SyncQuietlyAsync(engines, loggers);
            };

            var api = new SidecarApi(options, engines, store, metrics, principals, loggers.CreateLogger("Airs.Sidecar"), reviewFeed);
            api.Map(app);
            if (options.Gateway is { } gatewayOptions)
            {
                var gateway = new Gateway.GatewayApi(gatewayOptions, options, engines, loggers.CreateLogger("Airs.Gateway"));
                app.Lifetime.ApplicationStopped.Register(gateway.Dispose);
                gateway.Map(app);
            }
            await ListenAsync(app, options, cancellationToken).ConfigureAwait(false);
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
        return new SidecarHost(app, watcher, engines, metrics, audit, webhook);
    }

    /// <summary>Re-reads the bundles now and serves whatever verified; requests in flight finish on the old engines.</summary>
    public async Task<IReadOnlyList<BundleReloadEventArgs>> ReloadAsync(CancellationToken cancellationToken = default)
    {
        var results = await watcher.ReloadAsync(cancellationToken).ConfigureAwait(false);
        await audit.DrainedAsync().ConfigureAwait(false);
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

    /// <summary>Starts Kestrel, then checks what it bound: a failure to bind, or an address that is not loopback, stops start-up.</summary>
    private static async Task ListenAsync(WebApplication app, SidecarOptions options, CancellationToken cancellationToken)
    {
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or System.Net.Sockets.SocketException)
        {
            throw new SidecarConfigurationException($"cannot listen on `{options.Urls}`: {e.Message.Split('\n', 2)[0].Trim().TrimEnd('.')}");
        }
        SidecarAddresses.CheckBound(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses, options);
    }

    private static void CheckOptions(SidecarOptions options)
    {
        if (options.MaxBodyBytes <= 0)
        {
            throw new SidecarConfigurationException("the body limit must be positive");
        }
        SidecarAddresses.CheckConfigured(options);
        List<SidecarToken> tokens = [.. options.AdminTokens, .. options.ReviewerTokens, .. options.DecisionTokens, .. options.MetricsTokens];
        // One name is one principal, and one secret stands for one principal: otherwise the audit cannot say who acted.
        if (tokens.GroupBy(t => t.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new SidecarConfigurationException($"two tokens are named `{twice.Key}`; every token needs its own name");
        }
        for (var i = 0; i < tokens.Count; i++)
        {
            for (var j = i + 1; j < tokens.Count; j++)
            {
                if (tokens[i].HasSameSecretAs(tokens[j]))
                {
                    throw new SidecarConfigurationException($"tokens `{tokens[i].Name}` and `{tokens[j].Name}` have the same secret; give each its own");
                }
            }
        }
        // A principal that no admin token carries could never move PACE: a typo would silently leave nobody in charge.
        var admins = options.AdminTokens.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        if (options.PacePrincipals?.FirstOrDefault(p => !admins.Contains(p)) is { } unknown)
        {
            var known = admins.Count == 0 ? "there are no admin tokens" : $"admin tokens: {string.Join(", ", admins.Order(StringComparer.Ordinal).Select(n => $"`{n}`"))}";
            throw new SidecarConfigurationException($"`--pace-principal {unknown}` names no admin token ({known})");
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
}

/// <summary>The sidecar cannot start as configured; the message says why in one line.</summary>
public sealed class SidecarConfigurationException(string message) : Exception(message);
