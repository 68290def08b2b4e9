using System.CommandLine;
using System.Globalization;
using Airs.Runtime.AspNetCore.Sidecar;
using Airs.Runtime.Bundles;
using Airs.Runtime.PostgreSql;
using Airs.Runtime.Stores;
using Microsoft.Extensions.Logging;

namespace Airs.Cli.Commands;

/// <summary>
/// `airs serve &lt;bundle|dir&gt;`: the decision sidecar over HTTP on loopback (see docs/sidecar.md). Runs until
/// Ctrl+C or SIGTERM; logs go to standard error.
/// </summary>
public static class ServeCommand
{
    public static Command Create(CliConsole console) =>
        Create(console, "serve", "serve decisions, reviews, PACE and breakers over HTTP", "http://127.0.0.1:8787", extension: null);

    /// <summary>A command that runs the sidecar with options of its own (`airs gateway`): they are added, then applied to the sidecar's.</summary>
    internal sealed record Extension(IReadOnlyList<Option> Options, Func<ParseResult, SidecarOptions, SidecarOptions> Apply);

    internal static Command Create(CliConsole console, string name, string description, string defaultUrls, Extension? extension)
    {
        var bundles = new Argument<string>("bundles") { Description = "a bundle file (.airsb) or a directory of them" };
        var urls = new Option<string>("--urls") { Description = "where to listen", DefaultValueFactory = _ => defaultUrls };
        var store = new Option<string>("--store") { Description = "a SQLite file, or postgres://… for replicas sharing one database", DefaultValueFactory = _ => "airs-sidecar.db" };
        var trust = new Option<string[]>("--trust") { Description = "a public key (PEM) or a directory of them whose signatures are accepted" };
        var allowUnsigned = new Option<string[]>("--allow-unsigned") { Description = "accept unsigned bundles of this policy name" };
        var pacePrincipal = new Option<string[]>("--pace-principal") { Description = "an admin token name that may move PACE by hand (default: every admin)" };
        var maxBody = new Option<string>("--max-body") { Description = "the largest request body (e.g. 1MB, 256KB)", DefaultValueFactory = _ => "1MB" };
        var allowRemote = new Option<bool>("--allow-remote") { Description = "allow a non-loopback address (then an admin and a decision token are required)" };
        var auditKey = new Option<string?>("--audit-key") { Description = "the audit key file (`airs audit new-key`) that MACs the audit log (default: $AIRS_AUDIT_KEY, if set)" };
        var judgeModels = new ServeModelOptions();
        var webhook = new ServeWebhookOptions();
        var command = new Command(name, description)
        {
            bundles, urls, store, trust, allowUnsigned, pacePrincipal, maxBody, allowRemote, auditKey,
        };
        var access = new ServeAccessOptions();
        access.AddTo(command);
        foreach (var option in judgeModels.All.Concat(webhook.All).Concat(extension?.Options ?? []))
        {
            command.Options.Add(option);
        }
        command.SetAction(async (result, cancellation) =>
        {
            var pace = result.GetValue(pacePrincipal) ?? [];
            var options = access.Apply(result, new SidecarOptions
            {
                BundlePath = Existing(result.GetValue(bundles)!),
                Trust = Trust(result.GetValue(trust) ?? [], result.GetValue(allowUnsigned) ?? []),
                Urls = result.GetValue(urls)!,
                AllowRemote = result.GetValue(allowRemote),
                PacePrincipals = pace.Length == 0 ? null : pace,
                MaxBodyBytes = ParseSize(result.GetValue(maxBody)!),
                LoggerProviders = [new StderrLoggerProvider(console.Error)],
            });
            using var models = judgeModels.Load(result);
            options = webhook.Apply(judgeModels.Apply(options, result, models), result);
            options = extension?.Apply(result, options) ?? options;
            var key = AuditCommand.LoadKey(result.GetValue(auditKey));
            if (key is not null)
            {
                // With an audit key, sensitive context attributes are written as a keyed hash rather than `[sensitive]`.
                options = options with { Engine = options.Engine with { AttributeHashKey = key.DeriveAttributeHashKey() } };
            }
            await using var airsStore = await OpenStoreAsync(result.GetValue(store)!, key, cancellation);
            SidecarHost host;
            try
            {
                host = await SidecarHost.StartAsync(options, airsStore, cancellation);
            }
            catch (SidecarConfigurationException e)
            {
                throw new UsageException(e.Message);
            }
            await using (host)
            {
                console.Error.WriteLine($"airs {name}: {string.Join(", ", host.Policies.Select(p => $"`{p}`"))} on {string.Join(", ", host.Addresses)}");
                await host.WaitForShutdownAsync(cancellation);
            }
            return AirsCommand.Ok;
        });
        return command;
    }

    private static string Existing(string path) =>
        File.Exists(path) || Directory.Exists(path) ? path : throw new UsageException($"`{path}` does not exist");

    private static BundleTrust Trust(string[] keys, string[] unsigned)
    {
        var store = TrustStore.Empty;
        foreach (var path in keys)
        {
            try
            {
                store = store.With((Directory.Exists(path) ? TrustStore.LoadDirectory(path) : TrustStore.LoadFile(path)).Keys);
            }
            catch (PolicyKeyException e)
            {
                throw new UsageException(e.Message);
            }
        }
        return BundleTrust.SignedBy(store).AndAllowUnsigned(unsigned);
    }

    private static async Task<IAirsStore> OpenStoreAsync(string store, Airs.Runtime.Audit.AuditKey? auditKey, CancellationToken cancellation) =>
        PostgresConnectionString.NamesDatabase(store)
            ? await PostgresAirsStore.OpenAsync(store, auditKey, cancellation)
            : await SqliteAirsStore.OpenAsync(store, auditKey, cancellation);

    /// <summary>Parses `1MB`, `256KB`, `512B` or a plain byte count (binary multiples).</summary>
    public static long ParseSize(string text)
    {
        var trimmed = text.Trim().ToUpperInvariant();
        (string Suffix, long Factor)[] units = [("GB", 1L << 30), ("MB", 1L << 20), ("KB", 1L << 10), ("B", 1)];
        foreach (var (suffix, factor) in units)
        {
            if (trimmed.EndsWith(suffix, StringComparison.Ordinal)
                && long.TryParse(trimmed[..^suffix.Length].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0)
            {
                return checked(count * factor);
            }
        }
        return long.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var bytes) && bytes > 0
            ? bytes
            : throw new UsageException($"`{text}` is not a size; use e.g. `1MB`, `256KB` or a byte count");
    }

    /// <summary>One line per event on standard error: level, category, message, and the exception's message.</summary>
    private sealed class StderrLoggerProvider(TextWriter error) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(error, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(TextWriter error, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) =>
                logLevel >= (category.StartsWith("Microsoft.", StringComparison.Ordinal) ? LogLevel.Warning : LogLevel.Information);

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (!IsEnabled(logLevel))
                {
                    return;
                }
                var line = $"{DateTimeOffset.UtcNow:O} {logLevel.ToString().ToLowerInvariant()} {category}: {formatter(state, exception)}";
                if (exception is not null)
                {
                    line += $" ({exception.GetType().Name}: {exception.Message.Split('\n')[0]})";
                }
                lock (error)
                {
                    error.WriteLine(line);
                }
            }
        }
    }
}
