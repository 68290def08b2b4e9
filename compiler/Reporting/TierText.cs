using Airs.Runtime.Policy;

namespace Airs.Compiler.Reporting;

/// <summary>Tier names as the language writes them, and the tier requirements in words.</summary>
public static class TierText
{
    public static string Keyword(this Tier tier) => tier.ToKeyword();

    public static bool TryParse(string? keyword, out Tier tier) => Tiers.TryParse(keyword, out tier);

    public static string Hours(TimeSpan span) =>
        span.TotalHours >= 1 && span.TotalHours == Math.Floor(span.TotalHours) ? $"{span.TotalHours:0}h"
        : span.TotalMinutes == Math.Floor(span.TotalMinutes) ? $"{span.TotalMinutes:0}m"
        : $"{span.TotalSeconds:0.###}s";

    public static string Percent(double rate) => $"{rate * 100:0.##}%";

    /// <summary>What a tier requires, one line per requirement, e.g. <c>human review: within 4h</c>.</summary>
    public static IReadOnlyList<(string Requirement, string Value)> Describe(TierRequirements requirements) =>
    [
        ("judge coverage", requirements.JudgeCoverage + " of traffic"),
        ("judge timing", requirements.JudgeTiming),
        ("human review", "within " + Hours(requirements.ReviewSla)),
        ("approval", requirements.Approval == "none" ? "not required" : "required for " + requirements.Approval),
        ("failure posture", requirements.FailClosed ? "fail closed: a control that fails blocks" : "fail open: a control that fails allows, and records it"),
    ];
}
