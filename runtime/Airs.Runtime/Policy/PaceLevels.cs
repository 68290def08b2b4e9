namespace Airs.Runtime.Policy;

public static class PaceLevels
{
    public static readonly KeywordTable<PaceLevel> Table = new(
        (PaceLevel.Primary, "primary"), (PaceLevel.Alternate, "alternate"),
        (PaceLevel.Contingency, "contingency"), (PaceLevel.Emergency, "emergency"));

    public static string ToKeyword(this PaceLevel level) => Table.ToKeyword(level);

    public static bool TryParse(string? keyword, out PaceLevel level) => Table.TryParse(keyword, out level);
}
