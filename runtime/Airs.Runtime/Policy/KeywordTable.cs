using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Airs.Runtime.Policy;

/// <summary>
/// How the language, the wire and the stores spell the members of one enum. The spelling lives in this table, not
/// in the member names, so renaming a member cannot change a policy file, a JSON field or a stored row.
/// </summary>
public sealed class KeywordTable<TEnum> where TEnum : struct, Enum
{
    private readonly FrozenDictionary<TEnum, string> _keywords;

    public KeywordTable(params (TEnum Member, string Keyword)[] entries)
    {
        _keywords = entries.ToFrozenDictionary(e => e.Member, e => e.Keyword);
        ByKeyword = entries.ToFrozenDictionary(e => e.Keyword, e => e.Member, StringComparer.Ordinal);
        Keywords = [.. entries.Select(e => e.Keyword)];
        Members = [.. entries.Select(e => e.Member)];
    }

    /// <summary>The keywords in table order (for completion, help texts and messages).</summary>
    public ImmutableArray<string> Keywords { get; }

    /// <summary>The members that have a keyword, in table order.</summary>
    public ImmutableArray<TEnum> Members { get; }

    public FrozenDictionary<string, TEnum> ByKeyword { get; }

    public string ToKeyword(TEnum member) =>
        _keywords.TryGetValue(member, out var keyword) ? keyword : throw new ArgumentOutOfRangeException(nameof(member), member, "no keyword");

    /// <summary>Exact and case-sensitive, as the language is; numbers are not members.</summary>
    public bool TryParse(string? keyword, out TEnum member) => ByKeyword.TryGetValue(keyword ?? "", out member);
}
