using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Airs.Compiler.Semantics;

/// <summary>The catalog of built-in functions: names, signatures, docs and the runtime methods they bind to.</summary>
public static class Builtins
{
    private static readonly AirsType S = AirsType.String;
    private static readonly AirsType L = AirsType.StringList;

    public static readonly ImmutableArray<Builtin> All =
    [
        Make(BuiltinId.InjectionScore, "injection.score", [P("text", S)], AirsType.Number,
            "how strongly the text looks like a prompt injection, from 0 to 1", "InjectionScore", evidence: true),
        Make(BuiltinId.InjectionFound, "injection.found", [P("text", S)], AirsType.Bool,
            "whether the text is a prompt injection at the detector's default threshold", "InjectionFound", evidence: true),
        Make(BuiltinId.InjectionSpans, "injection.spans", [P("text", S)], AirsType.Spans,
            "the injection phrases found in the text", "InjectionSpans", evidence: true),
        Make(BuiltinId.PiiFound, "pii.found", [P("text", S), P("kinds", AirsType.PiiKindList)], AirsType.Bool,
            "whether the text contains personal data of the given kinds", "PiiFound", evidence: true),
        Make(BuiltinId.PiiSpans, "pii.spans", [P("text", S), P("kinds", AirsType.PiiKindList)], AirsType.Spans,
            "the personal data of the given kinds found in the text", "PiiSpans", evidence: true),
        Make(BuiltinId.SecretsFound, "secrets.found", [P("text", S)], AirsType.Bool,
            "whether the text contains credentials such as API keys or private keys", "SecretsFound", evidence: true),
        Make(BuiltinId.SecretsSpans, "secrets.spans", [P("text", S)], AirsType.Spans,
            "the credentials found in the text", "SecretsSpans", evidence: true),
        Make(BuiltinId.ExfilFound, "exfil.found", [P("text", S), P("allowed_domains", AirsType.StringList)], AirsType.Bool,
            "whether the text links to, embeds or makes a renderer fetch (images, frames, media, styles) anything outside the allowed domains", "ExfilFound", evidence: true),
        Make(BuiltinId.ExfilSpans, "exfil.spans", [P("text", S), P("allowed_domains", AirsType.StringList)], AirsType.Spans,
            "the links, images and other fetched destinations outside the allowed domains", "ExfilSpans", evidence: true),
        Make(BuiltinId.RegexSpans, "regex.spans", [P("text", S), P("pattern", AirsType.Regex)], AirsType.Spans,
            "every match of the regex in the text", "RegexSpans", evidence: true),
        Make(BuiltinId.LenString, "len", [P("text", S)], AirsType.Number,
            "the length of a string in UTF-16 code units", "Len", evidence: false),
        Make(BuiltinId.LenList, "len", [P("list", AirsType.AnyList)], AirsType.Number,
            "the number of items in a list", "Len", evidence: false),
        Make(BuiltinId.LenSpans, "len", [P("spans", AirsType.Spans)], AirsType.Number,
            "the number of matches", "Len", evidence: false),
        Make(BuiltinId.Lower, "lower", [P("text", S)], AirsType.String,
            "the text in lower case (culture-invariant), for case-insensitive comparisons", "Lower", evidence: false),
        // The list overloads follow BuiltinId's order; a string argument picks the overloads above.
        Make(BuiltinId.InjectionScoreList, "injection.score", [P("texts", L)], AirsType.Number,
            "the highest injection score of any text in the list, from 0 to 1", "InjectionScore", evidence: true),
        Make(BuiltinId.InjectionFoundList, "injection.found", [P("texts", L)], AirsType.Bool,
            "whether any text in the list is a prompt injection", "InjectionFound", evidence: true),
        Make(BuiltinId.InjectionSpansList, "injection.spans", [P("texts", L)], AirsType.Spans,
            "the injection phrases found in every text of the list", "InjectionSpans", evidence: true),
        Make(BuiltinId.PiiFoundList, "pii.found", [P("texts", L), P("kinds", AirsType.PiiKindList)], AirsType.Bool,
            "whether any text in the list contains personal data of the given kinds", "PiiFound", evidence: true),
        Make(BuiltinId.PiiSpansList, "pii.spans", [P("texts", L), P("kinds", AirsType.PiiKindList)], AirsType.Spans,
            "the personal data of the given kinds found in every text of the list", "PiiSpans", evidence: true),
        Make(BuiltinId.SecretsFoundList, "secrets.found", [P("texts", L)], AirsType.Bool,
            "whether any text in the list contains credentials", "SecretsFound", evidence: true),
        Make(BuiltinId.SecretsSpansList, "secrets.spans", [P("texts", L)], AirsType.Spans,
            "the credentials found in every text of the list", "SecretsSpans", evidence: true),
        Make(BuiltinId.ExfilFoundList, "exfil.found", [P("texts", L), P("allowed_domains", AirsType.StringList)], AirsType.Bool,
            "whether any text in the list links to, embeds or makes a renderer fetch anything outside the allowed domains", "ExfilFound", evidence: true),
        Make(BuiltinId.ExfilSpansList, "exfil.spans", [P("texts", L), P("allowed_domains", AirsType.StringList)], AirsType.Spans,
            "the links, images and other fetched destinations outside the allowed domains in every text of the list", "ExfilSpans", evidence: true),
        Make(BuiltinId.RegexSpansList, "regex.spans", [P("texts", L), P("pattern", AirsType.Regex)], AirsType.Spans,
            "every match of the regex in every text of the list", "RegexSpans", evidence: true),
    ];

    private static readonly FrozenDictionary<string, ImmutableArray<Builtin>> ByName =
        All.GroupBy(b => b.Name).ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);

    /// <summary>Every distinct function name, sorted (for completion).</summary>
    public static readonly ImmutableArray<string> Names = [.. ByName.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The first segments of dotted names: <c>injection</c>, <c>pii</c>, … (a path starting with one is a call target, not a field).</summary>
    public static readonly FrozenSet<string> Namespaces =
        All.Where(b => b.Name.Contains('.')).Select(b => b.Name[..b.Name.IndexOf('.')]).ToFrozenSet(StringComparer.Ordinal);

    public static Builtin Get(BuiltinId id) => All[(int)id];

    public static bool IsKnown(string name) => ByName.ContainsKey(name);

    public static ImmutableArray<Builtin> Overloads(string name) => ByName.TryGetValue(name, out var o) ? o : [];

    /// <summary>Picks the overload for the argument types, or explains in one line why none fits.</summary>
    public static BuiltinResolution Resolve(string name, IReadOnlyList<AirsType> arguments)
    {
        if (!ByName.TryGetValue(name, out var overloads))
        {
            return new(null, $"unknown function `{name}`");
        }
        var sameArity = overloads.Where(o => o.Parameters.Length == arguments.Count).ToList();
        if (sameArity.Count == 0)
        {
            var counts = string.Join(" or ", overloads.Select(o => o.Parameters.Length).Distinct());
            return new(null, $"`{name}` takes {counts} argument{(counts == "1" ? "" : "s")}, not {arguments.Count}");
        }
        foreach (var overload in sameArity)
        {
            if (Accepts(overload, arguments))
            {
                return new(overload, null);
            }
        }
        // Name the first argument no overload accepts, with the types that would fit there.
        for (var i = 0; i < arguments.Count; i++)
        {
            var fits = sameArity.Select(o => o.Parameters[i].Type).Distinct().ToList();
            if (fits.Any(t => TypeRules.IsAssignable(arguments[i], t)))
            {
                continue;
            }
            return fits.Count == 1
                ? new(null, $"argument {i + 1} of `{name}` must be `{fits[0]}`, not `{arguments[i]}`")
                : new(null, $"`{name}` takes one of {string.Join(", ", fits.Select(t => $"`{t}`"))}, not `{arguments[i]}`");
        }
        return new(null, $"`{name}` does not apply to these arguments");
    }

    private static bool Accepts(Builtin overload, IReadOnlyList<AirsType> arguments)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            if (!TypeRules.IsAssignable(arguments[i], overload.Parameters[i].Type))
            {
                return false;
            }
        }
        return true;
    }

    private static BuiltinParameter P(string name, AirsType type) => new(name, type);

    private static Builtin Make(BuiltinId id, string name, ImmutableArray<BuiltinParameter> parameters, AirsType returns, string doc, string method, bool evidence) =>
        new(id, name, parameters, returns, doc, method, evidence);
}
