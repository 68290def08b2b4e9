using Airs.Runtime.Policy;

namespace Airs.Runtime.Detectors;

/// <summary>How redacted text is replaced when a policy names a style instead of a literal: <c>redact … with mask</c>.</summary>
public enum RedactionStyle
{
    /// <summary>Every character becomes <c>*</c>.</summary>
    Mask,
    /// <summary>The match becomes its type, e.g. <c>[EMAIL]</c>.</summary>
    Tag,
    /// <summary>All but the last four characters are masked (cards, phone numbers).</summary>
    Last4,
    /// <summary>A short, stable SHA-256 prefix, so equal values stay linkable without being readable.</summary>
    Hash,
}

public static class RedactionStyles
{
    public static readonly KeywordTable<RedactionStyle> Table = new(
        (RedactionStyle.Mask, "mask"), (RedactionStyle.Tag, "tag"), (RedactionStyle.Last4, "last4"), (RedactionStyle.Hash, "hash"));

    public static string ToKeyword(this RedactionStyle style) => Table.ToKeyword(style);

    public static bool TryParse(string? keyword, out RedactionStyle style) => Table.TryParse(keyword, out style);
}
