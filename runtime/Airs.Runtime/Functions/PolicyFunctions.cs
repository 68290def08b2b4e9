using System.Collections.Immutable;
using System.Globalization;
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
    public static double InjectionScore(string text, string field, EvidenceSink sink)
    {
        var mode = InjectionModeFor(field);
        var matches = Injection.Find(text, mode);
        Record(sink, field, matches);
        return Injection.Probability(text ?? "", mode, matches);
    }

    /// <summary><c>injection.found(text)</c>: the detector's decision (strong evidence, or the scorer; see <see cref="Injection.Found(string, InjectionMode)"/>).</summary>
    public static bool InjectionFound(string text, string field, EvidenceSink sink)
    {
        var mode = InjectionModeFor(field);
        var matches = Injection.Find(text, mode);
        if (!Injection.Found(text ?? "", mode, matches))
        {
            return false;
        }
        Record(sink, field, matches);
        return true;
    }

    public static Spans InjectionSpans(string text, string field, EvidenceSink sink) =>
        ToSpans(sink, field, text, Injection.Find(text, InjectionModeFor(field)));

    /// <summary>
    /// Content that a model reads but no user typed — retrieved documents, tool results, messages between
    /// agents — is also checked for instructions addressed to its reader; a user's own prompt is not.
    /// Both engines pass the field, so they always choose the same mode.
    /// </summary>
    public static InjectionMode InjectionModeFor(string field) => field switch
    {
        "retrieval.text" or "retrieval.docs" or "tool.result" or "message.text" => InjectionMode.Content,
        _ => InjectionMode.Prompt,
    };

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
        foreach (var m in regex.EnumerateMatches(text))
        {
            found = true;
            sink.Add(field, m.Index, m.Length, RegexLabel);
        }
        return found;
    }

    /// <summary><c>regex.spans(text, /re/)</c>: every non-overlapping match, left to right.</summary>
    public static Spans RegexSpans(string text, string field, Regex regex, EvidenceSink sink)
    {
        ImmutableArray<DetectorMatch>.Builder? matches = null;
        foreach (var m in regex.EnumerateMatches(text))
        {
            (matches ??= ImmutableArray.CreateBuilder<DetectorMatch>()).Add(new DetectorMatch(m.Index, m.Length, RegexLabel));
        }
        return ToSpans(sink, field, text, matches is null ? [] : matches.ToImmutable());
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

    /// <summary><c>item in list</c>.</summary>
    public static bool In(string item, IReadOnlyList<string> list) => Contains(list, item);

    public static bool In(double item, IReadOnlyList<double> list) => Contains(list, item);

    // ---- tool arguments --------------------------------------------------------------------------------
    // Absent arguments read as the empty value, like absent context fields. Values of another JSON type are
    // converted where the meaning is plain ("600" is the number 600), so a caller cannot slip past
    // `tool.args.amount > 500` by quoting the number.

    public static string ToolArgString(IReadOnlyDictionary<string, JsonElement> args, string name) =>
        args.TryGetValue(name, out var value) ? AsString(value) : "";

    public static double ToolArgNumber(IReadOnlyDictionary<string, JsonElement> args, string name) =>
        args.TryGetValue(name, out var value) && TryAsNumber(value, out var number) ? number : 0;

    public static bool ToolArgBool(IReadOnlyDictionary<string, JsonElement> args, string name) =>
        args.TryGetValue(name, out var value) && value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.String => string.Equals(value.GetString(), "true", StringComparison.OrdinalIgnoreCase),
            _ => false,
        };

    public static IReadOnlyList<string> ToolArgStringList(IReadOnlyDictionary<string, JsonElement> args, string name)
    {
        if (!args.TryGetValue(name, out var value))
        {
            return [];
        }
        if (value.ValueKind != JsonValueKind.Array)
        {
            return value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined ? [] : [AsString(value)];
        }
        var items = new string[value.GetArrayLength()];
        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            items[i++] = AsString(item);
        }
        return items;
    }

    public static IReadOnlyList<double> ToolArgNumberList(IReadOnlyDictionary<string, JsonElement> args, string name)
    {
        if (!args.TryGetValue(name, out var value))
        {
            return [];
        }
        var items = new List<double>();
        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
            {
                if (TryAsNumber(item, out var number))
                {
                    items.Add(number);
                }
            }
        }
        else if (TryAsNumber(value, out var single))
        {
            items.Add(single);
        }
        return items;
    }

    private static string AsString(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => "",
    };

    private static bool TryAsNumber(JsonElement value, out double number)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Number:
                return value.TryGetDouble(out number) && double.IsFinite(number);
            case JsonValueKind.String:
                return double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out number) && double.IsFinite(number);
            default:
                number = 0;
                return false;
        }
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

    private static Spans ToSpans(EvidenceSink sink, string field, string text, ImmutableArray<DetectorMatch> matches)
    {
        Record(sink, field, matches);
        return new Spans(field, text, matches.IsDefault ? [] : matches);
    }
}
