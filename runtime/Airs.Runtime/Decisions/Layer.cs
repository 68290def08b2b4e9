using Airs.Runtime.Policy;

namespace Airs.Runtime.Decisions;

/// <summary>The four independent layers of protection, plus the implicit tool-permission check.</summary>
public enum Layer
{
    Guardrail,
    Judge,
    Review,
    Breaker,
    Permission,
    Pace,
    /// <summary>A <c>limit</c>: requests, tokens, cost or tool calls counted across requests.</summary>
    Limit,
}

public static class Layers
{
    public static readonly KeywordTable<Layer> Table = new(
        (Layer.Guardrail, "guardrail"), (Layer.Judge, "judge"), (Layer.Review, "review"), (Layer.Breaker, "breaker"),
        (Layer.Permission, "permission"), (Layer.Pace, "pace"), (Layer.Limit, "limit"));

    public static string ToKeyword(this Layer layer) => Table.ToKeyword(layer);

    public static bool TryParse(string? keyword, out Layer layer) => Table.TryParse(keyword, out layer);
}
