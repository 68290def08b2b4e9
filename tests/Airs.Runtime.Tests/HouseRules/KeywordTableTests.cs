using Airs.Runtime.Breakers;
using Airs.Runtime.Bundles;
using Airs.Runtime.Decisions;
using Airs.Runtime.Detectors;
using Airs.Runtime.Policy;
using Airs.Runtime.Reviews;

namespace Airs.Runtime.Tests.HouseRules;

/// <summary>Every keyword table names every member once, and the spellings that are stored or sent stay as they are.</summary>
public sealed class KeywordTableTests
{
    [Fact]
    public void Every_member_has_one_keyword_and_each_keyword_parses_back()
    {
        Covers(Tiers.Table);
        Covers(PaceLevels.Table);
        Covers(ControlModes.Table);
        Covers(Layers.Table);
        Covers(InjectionModes.Table);
        Covers(RedactionStyles.Table);
        Covers(ReviewStatuses.Table);
        Covers(BreakerStates.Table);
        Covers(BundleReloadStatuses.Table);
        Covers(PiiKindKeywords.Table, except: [PiiKinds.None, PiiKinds.All]);
    }

    [Fact]
    public void Stored_and_logged_spellings_do_not_change()
    {
        // Rows in SQLite and PostgreSQL and audit records already hold these: a rename of a member must not move them.
        Assert.Equal<string>(["pending", "approved", "rejected", "expired"], ReviewStatuses.Table.Keywords);
        Assert.Equal<string>(["closed", "open", "halfopen"], BreakerStates.Table.Keywords);
        Assert.Equal<string>(["primary", "alternate", "contingency", "emergency"], PaceLevels.Table.Keywords);
        Assert.Equal<string>(["low", "medium", "high", "critical"], Tiers.Table.Keywords);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("Pending")]
    [InlineData(" pending")]
    [InlineData("")]
    [InlineData(null)]
    public void Parsing_is_exact(string? keyword) => Assert.False(ReviewStatuses.TryParse(keyword, out _));

    [Fact]
    public void A_value_outside_the_table_has_no_keyword() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ((PaceLevel)42).ToKeyword());

    private static void Covers<TEnum>(KeywordTable<TEnum> table, TEnum[]? except = null) where TEnum : struct, Enum
    {
        Assert.Equal(Enum.GetValues<TEnum>().Except(except ?? []).Order(), table.Members.Order());
        Assert.Equal(table.Members.Length, table.Keywords.Distinct(StringComparer.Ordinal).Count());
        foreach (var member in table.Members)
        {
            Assert.True(table.TryParse(table.ToKeyword(member), out var parsed) && parsed.Equals(member), $"{typeof(TEnum).Name}.{member}");
        }
    }
}
