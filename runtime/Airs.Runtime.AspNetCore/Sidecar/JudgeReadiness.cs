using Airs.Runtime.AI.Models;
using Airs.Runtime.Bundles;

namespace Airs.Runtime.AspNetCore.Sidecar;

/// <summary>
/// The judge part of <c>/readyz</c>: every model a served policy names or the models file configures, probed
/// concurrently (each within the probe timeout). An unreachable judge does not make the sidecar unready:
/// decisions are still served, and the tier's failure posture decides what a failing judge costs.
/// </summary>
internal static class JudgeReadiness
{
    /// <returns>One entry per model, by name; null when no policy names a model and none is configured.</returns>
    public static async Task<IReadOnlyList<JudgeModelProbe>?> ProbeAsync(SidecarOptions options, IEnumerable<PolicyBundle> bundles, CancellationToken cancellationToken)
    {
        var named = bundles.SelectMany(b => b.Manifest.Models);
        var configured = options.Models?.All.Select(m => m.Name) ?? [];
        var names = named.Concat(configured).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (names.Count == 0)
        {
            return null;
        }
        var probes = names.Select(async name =>
            options.Models is { } models
                ? await models.ProbeAsync(name, options.JudgeProbeTimeout, cancellationToken).ConfigureAwait(false)
                : options.JudgeClients.GetClient(name) is not null
                    ? new JudgeModelProbe(name, true, null, null) // an in-process client: nothing to reach
                    : new JudgeModelProbe(name, false, null, "not configured"));
        return await Task.WhenAll(probes).ConfigureAwait(false);
    }
}
