using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.RegularExpressions;
using Airs.Runtime.Decisions;
using Airs.Runtime.Detectors;

namespace Airs.Runtime.Functions;

/// <summary>
/// The one implementation of every built-in function and every operator with non-trivial semantics.
/// The reference interpreter and the Roslyn-emitted evaluators both call these, so they cannot disagree.
/// Conventions: a function that looks at text takes the text, then the context path it came from
/// (<c>""</c> when computed), then its own arguments, then the <see cref="EvidenceSink"/> its matches go to.
/// Nothing allocates when nothing matches, beyond what the detector itself does.
/// </summary>
public static class PolicyFunctions
{
    public const string RegexLabel = "regex";

    // ---- detectors -------------------------------------------------------------------------------------

    /// <summary><c>injection.score(text)</c>: the learned scorer's calibrated probability in 0–1; the rules' matches become evidence.</summary>
    public static double InjectionScore(string text, string field, EvidenceSink sink) =>
        InjectionScore(text, field, InjectionModeFor(field), sink);

    /// <summary>
    /// <c>injection.score(text)</c> with the mode the compiler chose from the field (<see cref="InjectionModeFor"/>, applied
    /// at compile time); the overloads without a mode choose it from the evidence path at run time.
    /// </summary>
    public static double InjectionScore(string text, string field, InjectionMode mode, EvidenceSink sink)
    {
        var matches = Injection.Find(text, mode);
        Record(sink, field, matches);
        return Injection.Probability(text ?? "", mode, matches);
    }

    /// <summary><c>injection.found(text)</c>: the detector's decision (strong evidence, or the scorer; see <see cref="Injection.Found(string, InjectionMode)"/>).</summary>
    public static bool InjectionFound(string text, string field, EvidenceSink sink) =>
        InjectionFound(text, field, InjectionModeFor(field), sink);

    public static bool InjectionFound(string text, string field, InjectionMode mode, EvidenceSink sink)
    {
        var matches = Injection.Find(text, mode);
        if (!Injection.Found(text ?? "", mode, matches))
        {
            return false;
        }
        Record(sink, field, matches);
        return true;
    }

    public static Spans InjectionSpans(string text, string field, EvidenceSink sink) =>
        InjectionSpans(text, field, InjectionModeFor(field), sink);

    public static Spans InjectionSpans(string text, string field, InjectionMode mode, EvidenceSink sink) =>
        ToSpans(sink, field, text, Injection.Find(text, mode));

    /// <summary>
    /// Content that a model reads but no user typed — retrieved documents, tool results, messages between
    /// agents — is also checked for instructions addressed to its reader; a user's own prompt is not.
    /// Both engines pass the field, so they always choose the same mode.
    /// </summary>
    public static InjectionMode InjectionModeFor(string field)
    {
        // An element of a list (`retrieval.docs[2]`) is read like the list.
        var bracket = field.IndexOf('[', StringComparison.Ordinal);
        return (bracket < 0 ? field.AsSpan() : field.AsSpan(0, bracket)) switch
        {
            "retrieval.text" or "retrieval.docs" or "tool.result" or "message.text" or "tool.args_text" => InjectionMode.Content,
            _ => InjectionMode.Prompt,
        };
    }

    /// <summary><c>pii.found(text, [kinds])</c>.</summary>
    public static bool PiiFound(string text, string field, PiiKinds kinds, EvidenceSink sink) =>
        Record(sink, field, Pii.Find(text, kinds));

    public static Spans PiiSpans(string text, string field, PiiKinds kinds, EvidenceSink sink) =>
        ToSpans(sink, field, text, Pii.Find(text, kinds));

    public static bool SecretsFound(string text, string field, EvidenceSink sink) =>
        Record(sink, field, Secrets.Find(text));

    public static Spans SecretsSpans(string text, string field, EvidenceSink sink) =>
        ToSpans(sink, field, text, Secrets.Find(text));

    /// <summary><c>exfil.found(text, [allowed domains])</c>: links or images that leave the allowed domains.</summary>
    public static bool ExfilFound(string text, string field, IReadOnlyList<string> allowedDomains, EvidenceSink sink) =>
        Record(sink, field, Exfil.Find(text, allowedDomains));

    public static Spans ExfilSpans(string text, string field, IReadOnlyList<string> allowedDomains, EvidenceSink sink) =>
        ToSpans(sink, field, text, Exfil.Find(text, allowedDomains));

    /// <summary><c>text matches /re/</c>: on success every match is evidence, labelled <c>regex</c>.</summary>
    public static bool Matches(string text, string field, Regex regex, EvidenceSink sink)
    {
        var found = false;
        foreach (var m in RegexRenewal.Renewed(regex).EnumerateMatches(text))
        {
            found = true;
            if (sink.Count >= EvidenceSink.MaxItems)
            {
                break; // the answer is known and the evidence is full
            }
            sink.Add(field, m.Index, m.Length, RegexLabel);
        }
        return found;
    }

    /// <summary>
    /// <c>text matches /re/</c> where every match contains <paramref name="required"/> (one literal, found by the
    /// compiler from the pattern): a vectorised search decides most non-matching texts before the regex runs.
    /// </summary>
    public static bool Matches(string text, string field, Regex regex, SearchValues<string> required, EvidenceSink sink) =>
        text.AsSpan().ContainsAny(required) && Matches(text, field, regex, sink);

    /// <summary>The most spans one <c>regex.spans</c> call returns; see <c>RegexSpans</c>.</summary>
    public const int MaxSpans = 1000;

    /// <summary>
    /// <c>regex.spans(text, /re/)</c>: every non-overlapping match, left to right, at most <see cref="MaxSpans"/>: the
    /// first 999 as they are, and one last span from the start of the 1,000th match to the end of the last one. So a
    /// text with a million matches costs a thousand spans, and a redaction still covers every match (and what lies
    /// between the later ones).
    /// </summary>
    public static Spans RegexSpans(string text, string field, Regex regex, EvidenceSink sink) =>
        ToSpans(sink, field, text, RegexMatches(text, regex));

    private static ImmutableArray<DetectorMatch> RegexMatches(string text, Regex regex)
    {
        ImmutableArray<DetectorMatch>.Builder? matches = null;
        int tailStart = -1, tailEnd = 0;
        foreach (var m in RegexRenewal.Renewed(regex).EnumerateMatches(text))
        {
            matches ??= ImmutableArray.CreateBuilder<DetectorMatch>();
            if (matches.Count < MaxSpans - 1)
            {
                matches.Add(new DetectorMatch(m.Index, m.Length, RegexLabel));
                continue;
            }
            tailStart = tailStart < 0 ? m.Index : tailStart;
            tailEnd = m.Index + m.Length;
        }
        if (tailStart >= 0)
        {
            matches!.Add(new DetectorMatch(tailStart, tailEnd - tailStart, RegexLabel));
        }
        return matches is null ? [] : matches.ToImmutable();
    }

    // ---- detectors over lists ---------------------------------------------------------------------------
    // A list is scanned element by element: a `found` holds when any element is found, a score is the highest
    // element score, and spans hold every element's matches. Evidence names the element (`retrieval.docs[2]`).
    // Every element is scanned (no short-circuit), so the evidence lists all of them.

    /// <summary><c>injection.score(list)</c>: the highest element score.</summary>
    public static double InjectionScore(IReadOnlyList<string> texts, string field, EvidenceSink sink) =>
        InjectionScore(texts, field, InjectionModeFor(field), sink);

    public static double InjectionScore(IReadOnlyList<string> texts, string field, InjectionMode mode, EvidenceSink sink)
    {
        var max = 0.0;
        for (var i = 0; i < texts.Count; i++)
        {
            var matches = Injection.Find(texts[i], mode);
            RecordElement(sink, field, i, matches);
            max = Math.Max(max, Injection.Probability(texts[i] ?? "", mode, matches));
        }
        return max;
    }

    /// <summary><c>injection.found(list)</c>: the detector decides for some element; only such elements give evidence.</summary>
    public static bool InjectionFound(IReadOnlyList<string> texts, string field, EvidenceSink sink) =>
        InjectionFound(texts, field, InjectionModeFor(field), sink);

    public static bool InjectionFound(IReadOnlyList<string> texts, string field, InjectionMode mode, EvidenceSink sink)
    {
        var found = false;
        for (var i = 0; i < texts.Count; i++)
        {
            var matches = Injection.Find(texts[i], mode);
            if (Injection.Found(texts[i] ?? "", mode, matches))
            {
                RecordElement(sink, field, i, matches);
                found = true;
            }
        }
        return found;
    }

    public static Spans InjectionSpans(IReadOnlyList<string> texts, string field, EvidenceSink sink) =>
        InjectionSpans(texts, field, InjectionModeFor(field), sink);

    public static Spans InjectionSpans(IReadOnlyList<string> texts, string field, InjectionMode mode, EvidenceSink sink) =>
        EachElement(texts, field, mode, static (t, m) => Injection.Find(t, m), sink);

    public static bool PiiFound(IReadOnlyList<string> texts, string field, PiiKinds kinds, EvidenceSink sink) =>
        !PiiSpans(texts, field, kinds, sink).IsEmpty;

    public static Spans PiiSpans(IReadOnlyList<string> texts, string field, PiiKinds kinds, EvidenceSink sink) =>
        EachElement(texts, field, kinds, static (t, k) => Pii.Find(t, k), sink);

    public static bool SecretsFound(IReadOnlyList<string> texts, string field, EvidenceSink sink) =>
        !SecretsSpans(texts, field, sink).IsEmpty;

    public static Spans SecretsSpans(IReadOnlyList<string> texts, string field, EvidenceSink sink) =>
        EachElement(texts, field, 0, static (t, _) => Secrets.Find(t), sink);

    public static bool ExfilFound(IReadOnlyList<string> texts, string field, IReadOnlyList<string> allowedDomains, EvidenceSink sink) =>
        !ExfilSpans(texts, field, allowedDomains, sink).IsEmpty;

    public static Spans ExfilSpans(IReadOnlyList<string> texts, string field, IReadOnlyList<string> allowedDomains, EvidenceSink sink) =>
        EachElement(texts, field, allowedDomains, static (t, d) => Exfil.Find(t, d), sink);

    public static Spans RegexSpans(IReadOnlyList<string> texts, string field, Regex regex, EvidenceSink sink) =>
        EachElement(texts, field, regex, static (t, r) => RegexMatches(t, r), sink);

    /// <summary>Where evidence from element <paramref name="index"/> of the list at <paramref name="field"/> points: <c>retrieval.docs[2]</c>.</summary>
    public static string ElementField(string field, int index) =>
        field.Length == 0 ? "" : string.Concat(field, "[", index.ToString(CultureInfo.InvariantCulture), "]");

    // ---- quantifiers -----------------------------------------------------------------------------------

    /// <summary>
    /// <c>any x in list: body</c>: the body runs for each element, first to last, with the element and the
    /// field its evidence points to, until one holds. False for an empty list.
    /// </summary>
    public static bool Any<T>(IReadOnlyList<T> items, string field, Func<T, string, bool> body)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (body(items[i], ElementField(field, i)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary><c>all x in list: body</c>: stops at the first element for which the body fails. True for an empty list.</summary>
    public static bool All<T>(IReadOnlyList<T> items, string field, Func<T, string, bool> body)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (!body(items[i], ElementField(field, i)))
            {
                return false;
            }
        }
        return true;
    }

    // ---- other built-ins -------------------------------------------------------------------------------

    /// <summary><c>len(text)</c> in UTF-16 code units, as the spans are.</summary>
    public static double Len(string text) => text.Length;

    public static double Len<T>(IReadOnlyList<T> list) => list.Count;

    /// <summary><c>len(spans)</c>: how many matches.</summary>
    public static double Len(Spans spans) => spans.Count;

    public static string Lower(string text) => text.ToLowerInvariant();

    // ---- operators -------------------------------------------------------------------------------------

    /// <summary><c>==</c> on strings: ordinal; use <c>lower()</c> for a case-insensitive comparison.</summary>
    public static bool Equal(string left, string right) => string.Equals(left, right, StringComparison.Ordinal);

    /// <summary><c>text contains part</c>: ordinal substring.</summary>
    public static bool Contains(string text, string part) => text.Contains(part, StringComparison.Ordinal);

    public static bool Contains(IReadOnlyList<string> list, string item)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (string.Equals(list[i], item, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The optimiser's probe on a text field: does <paramref name="text"/> hold any of the values as an ordinal substring?
    /// One vectorised scan answers for every constant <c>contains</c>, <c>==</c> and <c>in</c> test on the field.
    /// </summary>
    public static bool ContainsAny(string text, SearchValues<string> values) => text.AsSpan().ContainsAny(values);

    /// <summary>The optimiser's probe on a list field: does some element equal (ordinally) one of the values?</summary>
    public static bool ContainsAny(IReadOnlyList<string> items, FrozenSet<string> values)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (values.Contains(items[i]))
            {
                return true;
            }
        }
        return false;
    }

    public static bool Contains(IReadOnlyList<double> list, double item)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == item)
            {
                return true;
            }
        }
        return false;
    }

    // ---- tool arguments and context attributes ---------------------------------------------------------
    // The implicit tool_arguments and context_attributes controls block a value that is undeclared, of another
    // JSON type or missing before any guard runs, so these readers see declared, well-typed values. They
    // still read strictly (a quoted number is not a number): absent or mistyped values read as the empty value.

    public static string ToolArgString(IReadOnlyDictionary<string, JsonElement> args, string name) =>
        args.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";

    public static double ToolArgNumber(IReadOnlyDictionary<string, JsonElement> args, string name) =>
        args.TryGetValue(name, out var value) && TryAsNumber(value, out var number) ? number : 0;

    public static bool ToolArgBool(IReadOnlyDictionary<string, JsonElement> args, string name) =>
        args.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.True;

    public static IReadOnlyList<string> ToolArgStringList(IReadOnlyDictionary<string, JsonElement> args, string name)
    {
        if (!args.TryGetValue(name, out var value) || value.ValueKind != JsonValueKind.Array)
        {
            return [];
        }
        var items = new List<string>(value.GetArrayLength());
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                items.Add(item.GetString()!);
            }
        }
        return items;
    }

    public static IReadOnlyList<double> ToolArgNumberList(IReadOnlyDictionary<string, JsonElement> args, string name)
    {
        if (!args.TryGetValue(name, out var value) || value.ValueKind != JsonValueKind.Array)
        {
            return [];
        }
        var items = new List<double>(value.GetArrayLength());
        foreach (var item in value.EnumerateArray())
        {
            if (TryAsNumber(item, out var number))
            {
                items.Add(number);
            }
        }
        return items;
    }

    private static bool TryAsNumber(JsonElement value, out double number)
    {
        number = 0;
        return value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out number) && double.IsFinite(number);
    }

    // ---- redaction -------------------------------------------------------------------------------------

    /// <summary><c>redact spans with "literal"</c>.</summary>
    public static ImmutableArray<Redaction> Redactions(Spans spans, string replacement)
    {
        if (spans.IsEmpty)
        {
            return [];
        }
        var builder = ImmutableArray.CreateBuilder<Redaction>(spans.Count);
        foreach (var m in spans.Matches)
        {
            builder.Add(new Redaction(spans.Field, m.Start, m.Length, replacement));
        }
        return builder.MoveToImmutable();
    }

    /// <summary><c>redact spans with mask|tag|last4|hash</c>: the replacement is computed from each matched text.</summary>
    public static ImmutableArray<Redaction> Redactions(Spans spans, RedactionStyle style)
    {
        if (spans.IsEmpty)
        {
            return [];
        }
        var builder = ImmutableArray.CreateBuilder<Redaction>(spans.Count);
        foreach (var m in spans.Matches)
        {
            var matched = spans.Text.Substring(m.Start, Math.Min(m.Length, spans.Text.Length - m.Start));
            builder.Add(new Redaction(spans.Field, m.Start, m.Length, Redactor.Replace(matched, m.Label, style)));
        }
        return builder.MoveToImmutable();
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    private static bool Record(EvidenceSink sink, string field, ImmutableArray<DetectorMatch> matches)
    {
        if (matches.IsDefaultOrEmpty)
        {
            return false;
        }
        foreach (var m in matches)
        {
            sink.Add(field, m.Start, m.Length, m.Label);
        }
        return true;
    }

    private static bool RecordElement(EvidenceSink sink, string field, int index, ImmutableArray<DetectorMatch> matches) =>
        !matches.IsDefaultOrEmpty && Record(sink, ElementField(field, index), matches);

    /// <summary>
    /// The matches of every element as one <see cref="Spans"/> over the list's field, with no text: they count,
    /// and each element's matches are evidence for that element, but they are not redactions (the binder only
    /// redacts the spans of a string field).
    /// </summary>
    private static Spans EachElement<TState>(IReadOnlyList<string> texts, string field, TState state,
        Func<string, TState, ImmutableArray<DetectorMatch>> find, EvidenceSink sink)
    {
        ImmutableArray<DetectorMatch>.Builder? all = null;
        for (var i = 0; i < texts.Count; i++)
        {
            var matches = find(texts[i], state);
            if (RecordElement(sink, field, i, matches))
            {
                (all ??= ImmutableArray.CreateBuilder<DetectorMatch>()).AddRange(matches);
            }
        }
        return new Spans(field, "", all is null ? [] : all.ToImmutable());
    }

    private static Spans ToSpans(EvidenceSink sink, string field, string text, ImmutableArray<DetectorMatch> matches)
    {
        Record(sink, field, matches);
        return new Spans(field, text, matches.IsDefault ? [] : matches);
    }
}
