using System.Collections.Frozen;
using Airs.Runtime.Decisions;
using Airs.Runtime.Detectors;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Semantics;

/// <summary>
/// The named constants of the language's enum types: PII kinds (<c>[email, card]</c>), redaction styles
/// (<c>with mask</c>), outcomes and tiers. Names are resolved against the type the context expects.
/// </summary>
public static class EnumMembers
{
    public static readonly FrozenDictionary<string, PiiKinds> PiiKindNames = PiiKindKeywords.Table.ByKeyword;

    public static readonly FrozenDictionary<string, RedactionStyle> RedactionStyleNames = RedactionStyles.Table.ByKeyword;

    public static readonly FrozenDictionary<string, Outcome> OutcomeNames =
        Enum.GetValues<Outcome>().ToFrozenDictionary(o => o.ToKeyword(), StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, Tier> TierNames = Tiers.Table.ByKeyword;

    /// <summary>The member names of an enum type, in declaration order (for completion and messages).</summary>
    public static IReadOnlyList<string> Names(AirsType type) => type.Kind switch
    {
        TypeKind.PiiKind => PiiKindKeywords.Table.Keywords,
        TypeKind.RedactionStyle => RedactionStyles.Table.Keywords,
        TypeKind.Outcome => [.. Enum.GetValues<Outcome>().Select(o => o.ToKeyword())],
        TypeKind.Tier => Tiers.Table.Keywords,
        _ => [],
    };

    /// <summary>Whether <paramref name="name"/> is a member of the enum type <paramref name="type"/>.</summary>
    public static bool IsMember(AirsType type, string name) => type.Kind switch
    {
        TypeKind.PiiKind => PiiKindNames.ContainsKey(name),
        TypeKind.RedactionStyle => RedactionStyleNames.ContainsKey(name),
        TypeKind.Outcome => OutcomeNames.ContainsKey(name),
        TypeKind.Tier => TierNames.ContainsKey(name),
        _ => false,
    };

    /// <summary>The flags of a list of PII kind names; null when one is not a PII kind (the first such name is returned).</summary>
    public static PiiKinds? ToPiiKinds(IEnumerable<string> names, out string? unknown)
    {
        var kinds = PiiKinds.None;
        foreach (var name in names)
        {
            if (!PiiKindNames.TryGetValue(name, out var kind))
            {
                unknown = name;
                return null;
            }
            kinds |= kind;
        }
        unknown = null;
        return kinds;
    }

    /// <summary>The names of a set of PII kinds, in declaration order.</summary>
    public static IEnumerable<string> Names(PiiKinds kinds) =>
        PiiKindKeywords.Table.Members.Where(k => (kinds & k) != 0).Select(k => k.ToKeyword());
}
