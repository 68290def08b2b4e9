using System.Text.Json;
using System.Text.RegularExpressions;

namespace Airs.Runtime.Judges;

/// <summary>
/// Reads <c>{"verdict": "pass"|"fail", "confidence": 0..1, "reason": "…"}</c> out of a judge's reply.
/// Lenient about packaging (prose, <c>```json</c> fences), strict about everything an attacker could use:
/// exactly one verdict object, a closed schema, no duplicate keys, and no prose that addresses the system.
/// </summary>
public static partial class VerdictParser
{
    /// <summary>More prose than this around the JSON is not a verdict, it is an essay (or a payload).</summary>
    public const int MaxProseLength = 1000;

    public const int MaxReasonLength = 2000;

    private static readonly HashSet<string> AllowedProperties = new(StringComparer.Ordinal) { "verdict", "confidence", "reason" };

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

        var objects = JsonObjectScanner.FindTopLevelObjects(reply);
        if (objects.Count >= JsonObjectScanner.MaxObjects)
        {
            return Fail("the reply has too many JSON objects");
        }
        var verdicts = new List<JsonElement>();
        var prose = new System.Text.StringBuilder();
        var cursor = 0;
        foreach (var (start, length) in objects)
        {
            prose.Append(reply, cursor, start - cursor).Append(' ');
            cursor = start + length;
            var segment = reply.AsSpan(start, length);
            JsonElement root;
            try
            {
                using var doc = JsonDocument.Parse(segment.ToString(), new JsonDocumentOptions { MaxDepth = 8 });
                root = doc.RootElement.Clone();
            }
            catch (JsonException)
            {
                if (segment.Contains("verdict", StringComparison.OrdinalIgnoreCase))
                {
                    return Fail("the verdict is not valid JSON");
                }
                prose.Append(segment).Append(' ');
                continue;
            }
            if (HasProperty(root, "verdict"))
            {
                verdicts.Add(root);
            }
            else
            {
                prose.Append(segment).Append(' ');
            }
        }
        prose.Append(reply, cursor, reply.Length - cursor);

        if (verdicts.Count == 0)
        {
            return Fail("the reply has no verdict object");
        }
        if (verdicts.Count > 1)
        {
            return Fail(verdicts.Select(VerdictText).Distinct(StringComparer.OrdinalIgnoreCase).Count() > 1
                ? "the reply has conflicting verdicts"
                : "the reply has more than one verdict object");
        }

        var surrounding = CodeFence().Replace(prose.ToString(), " ").Trim();
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
        return ReadVerdict(verdicts[0]);
    }

    private static VerdictParseResult ReadVerdict(JsonElement root)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        VerdictLabel? label = null;
        double? confidence = null;
        string? reason = null;
        foreach (var property in root.EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                return Fail($"the verdict repeats `{Clip(property.Name, 40)}`");
            }
            if (!AllowedProperties.Contains(property.Name))
            {
                return Fail($"the verdict has an unknown property `{Clip(property.Name, 40)}`");
            }
            var value = property.Value;
            switch (property.Name)
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

    private static bool HasProperty(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.EnumerateObject().Any(p => p.NameEquals(name));

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
