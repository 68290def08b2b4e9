using System.Text.Json;
using System.Text.RegularExpressions;

using Airs.Runtime.Judges;

namespace Airs.Runtime.Tests.Judges;

/// <summary>
/// The verdict parser as it was before it read with a <see cref="Utf8JsonReader"/> (one <see cref="JsonDocument"/> per
/// region), kept as the oracle of <see cref="VerdictParserDifferentialTests"/>: the reader must come to the same result,
/// or throw the same exception, for every reply.
/// <para>
/// Reads <c>{"verdict": "pass"|"fail", "confidence": 0..1, "reason": "…"}</c> out of a judge's reply.
/// Lenient about packaging (prose, <c>```json</c> fences), strict about everything an attacker could use:
/// exactly one verdict object, a closed schema, no duplicate keys, and no prose that addresses the system.
/// </para>
/// </summary>
internal static partial class LegacyVerdictParser
{
    /// <summary>More prose than this around the JSON is not a verdict, it is an essay (or a payload).</summary>
    public const int MaxProseLength = 1000;

    public const int MaxReasonLength = 2000;

    private static readonly string[] AllowedProperties = ["verdict", "confidence", "reason"];

    /// <param name="reply">The model's text.</param>
    /// <param name="nonce">The prompt's fence nonce: a reply that echoes it (or any fence marker) is regurgitating fenced data.</param>
    public static VerdictParseResult Parse(string? reply, string? nonce = null)
    {
        if (string.IsNullOrWhiteSpace(reply))
        {
            return Fail("the reply is empty");
        }
        if (reply.Contains("<<<UNTRUSTED", StringComparison.OrdinalIgnoreCase)
            || reply.Contains("<<<END", StringComparison.OrdinalIgnoreCase)
            || (!string.IsNullOrEmpty(nonce) && reply.Contains(nonce, StringComparison.OrdinalIgnoreCase)))
        {
            return Fail("the reply repeats the fence around the reviewed text");
        }

        Span<(int Start, int Length)> objects = stackalloc (int, int)[JsonObjectScanner.MaxObjects];
        var count = JsonObjectScanner.FindTopLevelObjects(reply, objects);
        if (count >= JsonObjectScanner.MaxObjects)
        {
            return Fail("the reply has too many JSON objects");
        }
        // The verdicts' documents stay open until the verdict is read (no clones); prose is gathered only once some of
        // it is more than whitespace, which the trim below would drop anyway. A list only for a second verdict.
        JsonDocument? verdict = null;
        List<JsonDocument>? others = null;
        try
        {
            return Read(reply, objects[..count], ref verdict, ref others);
        }
        finally
        {
            verdict?.Dispose();
            others?.ForEach(document => document.Dispose());
        }
    }

    private static VerdictParseResult Read(string reply, ReadOnlySpan<(int Start, int Length)> objects, ref JsonDocument? verdict,
        ref List<JsonDocument>? others)
    {
        System.Text.StringBuilder? prose = null;
        var cursor = 0;
        foreach (var (start, length) in objects)
        {
            AppendProse(ref prose, reply.AsSpan(cursor, start - cursor));
            cursor = start + length;
            var segment = reply.AsMemory(start, length);
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(segment, new JsonDocumentOptions { MaxDepth = 8 });
            }
            catch (JsonException)
            {
                if (segment.Span.Contains("verdict", StringComparison.OrdinalIgnoreCase))
                {
                    return Fail("the verdict is not valid JSON");
                }
                AppendProse(ref prose, segment.Span);
                continue;
            }
            if (HasProperty(document.RootElement, "verdict"))
            {
                if (verdict is null)
                {
                    verdict = document;
                }
                else
                {
                    (others ??= []).Add(document);
                }
            }
            else
            {
                document.Dispose();
                AppendProse(ref prose, segment.Span);
            }
        }
        AppendProse(ref prose, reply.AsSpan(cursor));

        if (verdict is null)
        {
            return Fail("the reply has no verdict object");
        }
        if (others is not null)
        {
            return Fail(others.Prepend(verdict).Select(d => VerdictText(d.RootElement)).Distinct(StringComparer.OrdinalIgnoreCase).Count() > 1
                ? "the reply has conflicting verdicts"
                : "the reply has more than one verdict object");
        }

        var surrounding = prose is null ? "" : CodeFence().Replace(prose.ToString(), " ").Trim();
        if (surrounding.Contains("\"verdict\"", StringComparison.OrdinalIgnoreCase))
        {
            // An unclosed or second verdict-like fragment: ambiguous, so not a verdict.
            return Fail("the reply has a malformed verdict object");
        }
        if (surrounding.Length > MaxProseLength)
        {
            return Fail("the reply has too much text around the verdict");
        }
        if (AddressesTheSystem(surrounding))
        {
            return Fail("the reply carries instructions around the verdict");
        }
        return VerdictParser.Contradicted(ReadVerdict(verdict.RootElement), surrounding);
    }

    /// <summary>Adds a piece of text around the objects, and a space after it, as the prose the checks read.</summary>
    private static void AppendProse(ref System.Text.StringBuilder? prose, ReadOnlySpan<char> piece)
    {
        if (prose is null && piece.IsWhiteSpace())
        {
            return; // leading whitespace: trimmed from the prose in any case
        }
        (prose ??= new()).Append(piece).Append(' ');
    }

    private static VerdictParseResult ReadVerdict(JsonElement root)
    {
        var seen = 0; // one bit per allowed property: names are compared in place, never copied out
        VerdictLabel? label = null;
        double? confidence = null;
        string? reason = null;
        foreach (var property in root.EnumerateObject())
        {
            var index = AllowedIndex(property);
            if (index < 0)
            {
                return Fail($"the verdict has an unknown property `{Clip(property.Name, 40)}`");
            }
            if ((seen & (1 << index)) != 0)
            {
                return Fail($"the verdict repeats `{AllowedProperties[index]}`");
            }
            seen |= 1 << index;
            var value = property.Value;
            switch (AllowedProperties[index])
            {
                case "verdict":
                    var text = value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : null;
                    label = text is null ? null
                        : text.Equals("pass", StringComparison.OrdinalIgnoreCase) ? VerdictLabel.Pass
                        : text.Equals("fail", StringComparison.OrdinalIgnoreCase) ? VerdictLabel.Fail
                        : null;
                    if (label is null)
                    {
                        return Fail("`verdict` must be \"pass\" or \"fail\"");
                    }
                    break;
                case "confidence":
                    if (value.ValueKind == JsonValueKind.Null)
                    {
                        break;
                    }
                    if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var c) || c is < 0 or > 1)
                    {
                        return Fail("`confidence` must be a number from 0 to 1");
                    }
                    confidence = c;
                    break;
                case "reason":
                    if (value.ValueKind == JsonValueKind.Null)
                    {
                        break;
                    }
                    if (value.ValueKind != JsonValueKind.String)
                    {
                        return Fail("`reason` must be a string");
                    }
                    reason = value.GetString()!;
                    if (reason.Length > MaxReasonLength)
                    {
                        return Fail("`reason` is too long");
                    }
                    if (StructuralToken().IsMatch(reason))
                    {
                        return Fail("`reason` carries chat-template or role markup");
                    }
                    break;
            }
        }
        return label is { } l
            ? new VerdictParseResult.Parsed(new Verdict(l, confidence, reason))
            : Fail("the reply has no verdict object");
    }

    private static bool AddressesTheSystem(string prose) =>
        prose.Length > 0 && (AddressingWords().IsMatch(prose) || StructuralToken().IsMatch(prose));

    private static int AllowedIndex(JsonProperty property)
    {
        for (var i = 0; i < AllowedProperties.Length; i++)
        {
            if (property.NameEquals(AllowedProperties[i]))
            {
                return i;
            }
        }
        return -1;
    }

    private static bool HasProperty(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return false;
        }
        foreach (var property in element.EnumerateObject())
        {
            if (property.NameEquals(name))
            {
                return true;
            }
        }
        return false;
    }

    private static string VerdictText(JsonElement element)
    {
        foreach (var p in element.EnumerateObject())
        {
            if (p.NameEquals("verdict"))
            {
                return p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()!.Trim() : p.Value.GetRawText();
            }
        }
        return "";
    }

    private static VerdictParseResult.Unparseable Fail(string reason) => new(reason);

    private static string Clip(string s, int max) => s.Length <= max ? s : s[..max] + "…";

    [GeneratedRegex(@"```[a-zA-Z]*", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex CodeFence();

    // Words a reply uses when it talks to the system rather than about the text: "ignore the above", "new instructions".
    [GeneratedRegex(
        @"\b(ignore|disregard|override|overrule|forget)\b|\b(new|updated|previous|prior|above|real|actual)\s+(instruction|instructions|prompt|task)\b|\byou\s+(are|must)\s+now\b|\b(system|assistant|user|developer|tool)\s*:",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex AddressingWords();

    // Chat-template and role markup that has no business in a verdict: <|im_start|>, [INST], <<SYS>>, <system>.
    [GeneratedRegex(
        @"<\|[a-z_ ]*\|?>|\[/?(inst|sys)\]|<</?sys>>|</?\s*(system|assistant|user|developer|instructions?)\s*>",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex StructuralToken();
}
