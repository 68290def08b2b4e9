using Airs.Runtime.AI.Models;
using Airs.Runtime.Bundles;

namespace Airs.Runtime.AspNetCore.Sidecar;

/// <summary>
/// The judge part of <c>/readyz</c>: every model a served policy names or the models file configures, probed
/// concurrently (each within the probe timeout). An unreachable judge does not make the sidecar unready:
/// decisions are still served, and the tier's failure posture decides what a failing judge costs. One round of probes
/// answers every <c>/readyz</c> for <see cref="Fresh"/>: readiness needs no token, and each probe is a request to the
/// provider with the operator's key, so a caller polling in a loop must not turn into as many requests upstream.
/// </summary>
internal sealed class JudgeReadiness(SidecarOptions options)
{
    /// <summary>How long one round of probes answers <c>/readyz</c>.</summary>
    public static readonly TimeSpan Fresh = TimeSpan.FromSeconds(5);

    private readonly Lock gate = new();
    private Round? last;

    private sealed record Round(string Models, long At, Task<IReadOnlyList<JudgeModelProbe>> Probes);

    /// <returns>One entry per model, by name; null when no policy names a model and none is configured.</returns>
    public async Task<IReadOnlyList<JudgeModelProbe>?> ProbeAsync(IEnumerable<PolicyBundle> bundles, CancellationToken cancellationToken)
    {
        var named = bundles.SelectMany(b => b.Manifest.Models);
        var configured = options.Models?.All.Select(m => m.Name) ?? [];
        var names = named.Concat(configured).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (names.Count == 0)
        {
            return null;
        }
        Task<IReadOnlyList<JudgeModelProbe>> probes;
        var models = string.Join('\n', names);
        lock (gate)
        {
            var time = options.TimeProvider;
            if (last is null || last.Models != models || time.GetElapsedTime(last.At) >= Fresh)
            {
                // Not the caller's token: the round is shared, and each probe has its own timeout.
                last = new Round(models, time.GetTimestamp(), ProbeAllAsync(names));
            }
            probes = last.Probes;
        }
        return await probes.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<JudgeModelProbe>> ProbeAllAsync(List<string> names) =>
        await Task.WhenAll(names.Select(async name =>
            options.Models is { } models
                ? await models.ProbeAsync(name, options.JudgeProbeTimeout, CancellationToken.None).ConfigureAwait(false)
                : options.JudgeClients.GetClient(name) is not null
                    ? new JudgeModelProbe(name, true, null, null) // an in-process client: nothing to reach
                    : new JudgeModelProbe(name, false, null, "not configured"))).ConfigureAwait(false);
}
