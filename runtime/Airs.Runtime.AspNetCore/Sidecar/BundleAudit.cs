using System.Text.Json.Nodes;
using Airs.Runtime.Audit;
using Airs.Runtime.Bundles;
using Airs.Runtime.Stores;
using Microsoft.Extensions.Logging;

namespace Airs.Runtime.AspNetCore.Sidecar;

/// <summary>
/// Writes every bundle swap (<c>bundle_loaded</c>) and refusal (<c>bundle_refused</c>, downgrades included) to the
/// audit chain, in the order the watcher reported them. Reloads report from the watcher's event, so the records are
/// appended one after another on a chain of tasks that <see cref="DrainedAsync"/> waits for.
/// </summary>
internal sealed class BundleAudit(IAirsStore store, TimeProvider time, ILogger logger)
{
    private const string Actor = "system";

    private readonly AuditLog log = new(store, time);
    private readonly Lock gate = new();
    private Task tail = Task.CompletedTask;

    /// <summary>Appends the records of <paramref name="results"/> after every earlier one; the task fails if an append fails.</summary>
    public Task RecordAsync(IReadOnlyList<BundleReloadEventArgs> results)
    {
        lock (gate)
        {
            var previous = tail;
            var next = AppendAfterAsync(previous, results);
            tail = next.ContinueWith(t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            return next;
        }
    }

    /// <summary>Completes once every record reported so far is written (or has failed and been logged).</summary>
    public Task DrainedAsync()
    {
        lock (gate)
        {
            return tail;
        }
    }

    private async Task AppendAfterAsync(Task previous, IReadOnlyList<BundleReloadEventArgs> results)
    {
        await previous.ConfigureAwait(false);
        foreach (var result in results)
        {
            if (result.Status == BundleReloadStatus.Unchanged)
            {
                continue;
            }
            var loaded = result.Status == BundleReloadStatus.Loaded;
            var payload = new JsonObject { ["file"] = Path.GetFileName(result.Path) };
            if (result.Policy is not null)
            {
                // A refusal names what stays in use; a first load that failed has nothing in use.
                payload["policy"] = result.Policy;
                payload[loaded ? "version" : "kept_version"] = result.Version;
            }
            payload["reason"] = result.Reason;
            if (loaded && result.PreviousVersion is not null)
            {
                payload["previous_version"] = result.PreviousVersion;
            }
            if (!loaded)
            {
                payload["error"] = result.Error?.ToString();
            }
            try
            {
                await log.AppendAsync(loaded ? AuditKinds.BundleLoaded : AuditKinds.BundleRefused, Actor, payload).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                logger.LogError(e, "could not audit a bundle reload of {Path}: {Reason}", result.Path, result.Reason);
                throw;
            }
        }
    }
}
