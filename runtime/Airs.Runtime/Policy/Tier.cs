namespace Airs.Runtime.Policy;

/// <summary>Risk tiers, ordered: the framework classifies by the highest of six dimensions.</summary>
public enum Tier
{
    Low,
    Medium,
    High,
    Critical,
}

/// <summary>What the framework requires of a tier.</summary>
/// <param name="JudgeSampleRate">The default share of traffic a judge grades (the lower bound of the tier's range).</param>
/// <param name="JudgeCoverage">The framework's range, for reports (e.g. <c>20–50%</c>).</param>
/// <param name="JudgeTiming">batch, near real-time or real-time; none for low.</param>
/// <param name="ReviewSla">Human review SLA.</param>
/// <param name="Approval">Which actions need approval.</param>
/// <param name="FailClosed">The failure posture: when a control fails, closed blocks and open allows.</param>
public sealed record TierRequirements(
    Tier Tier,
    double JudgeSampleRate,
    string JudgeCoverage,
    string JudgeTiming,
    TimeSpan ReviewSla,
    string Approval,
    bool FailClosed)
{
    public static TierRequirements For(Tier tier) => tier switch
    {
        Tier.Low => new(tier, 0.01, "1–5%", "none", TimeSpan.FromHours(72), "none", FailClosed: false),
        Tier.Medium => new(tier, 0.05, "5–10%", "batch", TimeSpan.FromHours(24), "none", FailClosed: true),
        Tier.High => new(tier, 0.20, "20–50%", "near real-time", TimeSpan.FromHours(4), "high-impact actions", FailClosed: true),
        Tier.Critical => new(tier, 1.00, "100%", "real-time", TimeSpan.FromHours(1), "all external actions", FailClosed: true),
        _ => throw new ArgumentOutOfRangeException(nameof(tier)),
    };
}

public static class Tiers
{
    public static readonly KeywordTable<Tier> Table = new(
        (Tier.Low, "low"), (Tier.Medium, "medium"), (Tier.High, "high"), (Tier.Critical, "critical"));

    public static string ToKeyword(this Tier tier) => Table.ToKeyword(tier);

    public static bool TryParse(string? keyword, out Tier tier) => Table.TryParse(keyword, out tier);
}
