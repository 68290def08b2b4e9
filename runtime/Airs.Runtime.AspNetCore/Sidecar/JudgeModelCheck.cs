using Airs.Runtime.Bundles;
using Airs.Runtime.Judges;

namespace Airs.Runtime.AspNetCore.Sidecar;

/// <summary>Which of a bundle's models the host cannot serve: each would turn every sampled judge call into a failure.</summary>
internal static class JudgeModelCheck
{
    public static IReadOnlyList<string> Missing(PolicyBundle bundle, IJudgeClientProvider judges) =>
        [.. bundle.Manifest.Models.Where(model => judges.GetClient(model) is null)];

    public static string Describe(string policy, IReadOnlyList<string> missing) =>
        $"policy `{policy}` names {(missing.Count == 1 ? "model" : "models")} {string.Join(", ", missing.Select(m => $"`{m}`"))}, which "
        + $"{(missing.Count == 1 ? "is" : "are")} not configured";
}
