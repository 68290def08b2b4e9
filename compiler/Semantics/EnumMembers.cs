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
    public static readonly FrozenDictionary<string, PiiKinds> PiiKindNames = new Dictionary<string, PiiKinds>
    {
        ["email"] = PiiKinds.Email,
        ["phone"] = PiiKinds.Phone,
        ["card"] = PiiKinds.Card,
        ["iban"] = PiiKinds.Iban,
        ["ssn"] = PiiKinds.Ssn,
        ["ip"] = PiiKinds.Ip,
        ["nino"] = PiiKinds.Nino,
        ["dob"] = PiiKinds.Dob,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, RedactionStyle> RedactionStyleNames = new Dictionary<string, RedactionStyle>
    {
        ["mask"] = RedactionStyle.Mask,
        ["tag"] = RedactionStyle.Tag,
        ["last4"] = RedactionStyle.Last4,
        ["hash"] = RedactionStyle.Hash,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, Outcome> OutcomeNames =
        Enum.GetValues<Outcome>().ToFrozenDictionary(o => o.ToKeyword(), StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, Tier> TierNames =
        Enum.GetValues<Tier>().ToFrozenDictionary(t => t.ToString().ToLowerInvariant(), StringComparer.Ordinal);

    /// <summary>The member names of an enum type, in declaration order (for completion and messages).</summary>
    public static IReadOnlyList<string> Names(AirsType type) => type.Kind switch
    {
        TypeKind.PiiKind => ["email", "phone", "card", "iban", "ssn", "ip", "nino", "dob"],
        TypeKind.RedactionStyle => ["mask", "tag", "last4", "hash"],
        TypeKind.Outcome => [.. Enum.GetValues<Outcome>().Select(o => o.ToKeyword())],
        TypeKind.Tier => [.. Enum.GetValues<Tier>().Select(t => t.ToString().ToLowerInvariant())],
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
        PiiKindNames.Where(p => (kinds & p.Value) != 0).OrderBy(p => (int)p.Value).Select(p => p.Key);
}
