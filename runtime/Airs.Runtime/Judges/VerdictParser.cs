using System.Buffers;
using System.Diagnostics;
using System.Numerics;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
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

    private static readonly string[] AllowedProperties = ["verdict", "confidence", "reason"];
    private const int VerdictIndex = 0;
    private const int ConfidenceIndex = 1;
    private const int ReasonIndex = 2;

    // The options the verdict's JsonDocument was parsed with: no comments, no trailing commas, eight levels deep.
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 8 };

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
        return Read(reply, objects[..count]);
    }

    /// <summary>What a balanced <c>{…}</c> region of the reply is.</summary>
    private enum Region
    {
        NotJson,
        Verdict,
        OtherJson,
    }

    private static VerdictParseResult Read(string reply, ReadOnlySpan<(int Start, int Length)> objects)
    {
        // Each region is read with a Utf8JsonReader over its UTF-8 (a pooled buffer), as the JsonDocument it replaced
        // read it: the same options, so the same regions are valid JSON. Verdicts are remembered by position (fewer
        // than 16 regions: one bit each); prose is gathered only once some of it is more than whitespace.
        System.Text.StringBuilder? prose = null;
        var verdicts = 0;
        var cursor = 0;
        for (var i = 0; i < objects.Length; i++)
        {
            var (start, length) = objects[i];
            AppendProse(ref prose, reply.AsSpan(cursor, start - cursor));
            cursor = start + length;
            var segment = reply.AsMemory(start, length);
            switch (Classify(segment))
            {
                case Region.NotJson when segment.Span.Contains("verdict", StringComparison.OrdinalIgnoreCase):
                    return Fail("the verdict is not valid JSON");
                case Region.Verdict:
                    verdicts |= 1 << i;
                    break;
                default:
                    AppendProse(ref prose, segment.Span);
                    break;
            }
        }
        AppendProse(ref prose, reply.AsSpan(cursor));

        if (verdicts == 0)
        {
            return Fail("the reply has no verdict object");
        }
        if ((verdicts & (verdicts - 1)) != 0)
        {
            return Fail(Conflicting(reply, objects, verdicts)
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
        var (verdictStart, verdictLength) = objects[BitOperations.TrailingZeroCount(verdicts)];
        using var utf8 = Utf8Region.Of(reply.AsMemory(verdictStart, verdictLength));
        return Contradicted(ReadVerdict(utf8.Span), surrounding);
    }

    /// <summary>
    /// A pass that the reply contradicts around it (<c>Verdict: FAIL</c>, <c>{"decision": "fail"}</c>) is ambiguous, so
    /// never a pass; a fail needs no such care (the prose cannot make it stricter).
    /// </summary>
    internal static VerdictParseResult Contradicted(VerdictParseResult read, string surrounding) =>
        read is VerdictParseResult.Parsed { Verdict.Label: VerdictLabel.Pass } && SaysFail().IsMatch(surrounding)
            ? Fail("the reply says fail around a pass verdict")
            : read;

    /// <summary>Adds a piece of text around the objects, and a space after it, as the prose the checks read.</summary>
    private static void AppendProse(ref System.Text.StringBuilder? prose, ReadOnlySpan<char> piece)
    {
        if (prose is null && piece.IsWhiteSpace())
        {
            return; // leading whitespace: trimmed from the prose in any case
        }
        (prose ??= new()).Append(piece).Append(' ');
    }

    /// <summary>
    /// Whether the region is JSON, and whether it has a top-level <c>verdict</c>: read to its end first, then its names
    /// compared, as a document was parsed and then asked (comparing an escaped name can throw: a lone surrogate).
    /// </summary>
    private static Region Classify(ReadOnlyMemory<char> segment)
    {
        using var utf8 = Utf8Region.Of(segment);
        var reader = new Utf8JsonReader(utf8.Span, ReaderOptions);
        try
        {
            while (reader.Read())
            {
            }
        }
        catch (JsonException)
        {
            return Region.NotJson;
        }
        reader = new Utf8JsonReader(utf8.Span, ReaderOptions);
        return SeekVerdict(ref reader) ? Region.Verdict : Region.OtherJson;
    }

    /// <summary>Reads on to the first top-level <c>verdict</c> name; false when there is none.</summary>
    private static bool SeekVerdict(ref Utf8JsonReader reader)
    {
        while (reader.Read())
        {
            if (reader is { TokenType: JsonTokenType.PropertyName, CurrentDepth: 1 } && reader.ValueTextEquals("verdict"u8))
            {
                return true;
            }
        }
        return false;
    }

    private static VerdictParseResult ReadVerdict(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, ReaderOptions);
        reader.Read(); // the object's start: the region was read whole before
        var seen = 0; // one bit per allowed property
        VerdictLabel? label = null;
        double? confidence = null;
        string? reason = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var index = AllowedIndex(ref reader);
            if (index < 0)
            {
                return Fail($"the verdict has an unknown property `{Clip(reader.GetString()!, 40)}`");
            }
            if ((seen & (1 << index)) != 0)
            {
                return Fail($"the verdict repeats `{AllowedProperties[index]}`");
            }
            seen |= 1 << index;
            reader.Read();
            switch (index)
            {
                case VerdictIndex:
                    label = reader.TokenType == JsonTokenType.String ? Label(ref reader) : null;
                    if (label is null)
                    {
                        return Fail("`verdict` must be \"pass\" or \"fail\"");
                    }
                    break;
                case ConfidenceIndex:
                    if (reader.TokenType == JsonTokenType.Null)
                    {
                        break;
                    }
                    if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDouble(out var c) || c is < 0 or > 1)
                    {
                        return Fail("`confidence` must be a number from 0 to 1");
                    }
                    confidence = c;
                    break;
                case ReasonIndex:
                    if (reader.TokenType == JsonTokenType.Null)
                    {
                        break;
                    }
                    if (reader.TokenType != JsonTokenType.String)
                    {
                        return Fail("`reason` must be a string");
                    }
                    reason = reader.GetString()!;
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

    /// <summary>The verdict string, trimmed, as pass or fail (either case), or null: read on the stack unless it is long.</summary>
    private static VerdictLabel? Label(ref Utf8JsonReader reader)
    {
        const int StackChars = 64;
        // Unescaped, the UTF-16 text has no more characters than the raw value has bytes.
        var raw = reader.ValueSpan.Length;
        var text = raw <= StackChars ? stackalloc char[StackChars] : new char[raw];
        var label = text[..reader.CopyString(text)].Trim();
        return label.Equals("pass", StringComparison.OrdinalIgnoreCase) ? VerdictLabel.Pass
            : label.Equals("fail", StringComparison.OrdinalIgnoreCase) ? VerdictLabel.Fail
            : null;
    }

    /// <summary>Whether the verdicts' values differ (ignoring case and the whitespace around a string): a rare reply, read again.</summary>
    private static bool Conflicting(string reply, ReadOnlySpan<(int Start, int Length)> objects, int verdicts)
    {
        // Every value is read, as before, even past a difference: reading one may throw (an escaped lone surrogate).
        string? first = null;
        var conflicting = false;
        for (var i = 0; i < objects.Length; i++)
        {
            if ((verdicts & (1 << i)) != 0)
            {
                var text = VerdictText(reply.AsMemory(objects[i].Start, objects[i].Length));
                first ??= text;
                conflicting |= !string.Equals(first, text, StringComparison.OrdinalIgnoreCase);
            }
        }
        return conflicting;
    }

    /// <summary>The first top-level <c>verdict</c>'s value: a string trimmed, anything else as its JSON text.</summary>
    private static string VerdictText(ReadOnlyMemory<char> segment)
    {
        using var utf8 = Utf8Region.Of(segment);
        var reader = new Utf8JsonReader(utf8.Span, ReaderOptions);
        if (!SeekVerdict(ref reader))
        {
            return "";
        }
        reader.Read();
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.GetString()!.Trim();
        }
        var start = (int)reader.TokenStartIndex;
        reader.Skip();
        return Encoding.UTF8.GetString(utf8.Span[start..(int)reader.BytesConsumed]);
    }

    /// <summary>
    /// A region of the reply as UTF-8 in a pooled buffer, for the reader. Text that is not UTF-16 (a lone surrogate) is
    /// refused as the JsonDocument this replaced refused it: with its <see cref="ArgumentException"/>, which the runner
    /// reports as the judge's exception.
    /// </summary>
    private readonly ref struct Utf8Region(byte[] rented, int length)
    {
        public ReadOnlySpan<byte> Span => rented.AsSpan(0, length);

        public static Utf8Region Of(ReadOnlyMemory<char> segment)
        {
            var rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(segment.Length));
            if (Utf8.FromUtf16(segment.Span, rented, out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
            {
                ArrayPool<byte>.Shared.Return(rented);
                JsonDocument.Parse(segment, new JsonDocumentOptions { MaxDepth = ReaderOptions.MaxDepth }).Dispose();
                throw new UnreachableException("invalid UTF-16 parsed as JSON");
            }
            return new Utf8Region(rented, written);
        }

        public void Dispose() => ArrayPool<byte>.Shared.Return(rented);
    }

    private static bool AddressesTheSystem(string prose) =>
        prose.Length > 0 && (AddressingWords().IsMatch(prose) || StructuralToken().IsMatch(prose));

    /// <summary>The property's index in <see cref="AllowedProperties"/>, or -1: its name compared in place, never copied out.</summary>
    private static int AllowedIndex(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("verdict"u8) ? VerdictIndex
        : reader.ValueTextEquals("confidence"u8) ? ConfidenceIndex
        : reader.ValueTextEquals("reason"u8) ? ReasonIndex
        : -1;

    private static VerdictParseResult.Unparseable Fail(string reason) => new(reason);

    private static string Clip(string s, int max) => s.Length <= max ? s : s[..max] + "…";

    [GeneratedRegex(@"```[a-zA-Z]*", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex CodeFence();

    // Words a reply uses when it talks to the system rather than about the text: "ignore the above", "new instructions".
    [GeneratedRegex(
        @"\b(ignore|disregard|override|overrule|forget)\b|\b(new|updated|previous|prior|above|real|actual)\s+(instruction|instructions|prompt|task)\b|\byou\s+(are|must)\s+now\b|\b(system|assistant|user|developer|tool)\s*:",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex AddressingWords();

    [GeneratedRegex(@"\bfail(s|ed|ing|ure|ures)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex SaysFail();

    // Chat-template and role markup that has no business in a verdict: <|im_start|>, [INST], <<SYS>>, <system>.
    [GeneratedRegex(
        @"<\|[a-z_ ]*\|?>|\[/?(inst|sys)\]|<</?sys>>|</?\s*(system|assistant|user|developer|instructions?)\s*>",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex StructuralToken();
}
