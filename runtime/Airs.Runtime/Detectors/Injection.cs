using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Airs.Runtime.Detectors;

/// <summary>
/// Prompt-injection detection. The text is normalised first (see <see cref="NormalizedText"/>), then phrase families
/// are matched on it and on its reverse; base64, hex and URL-encoded runs are decoded and scanned again; chat-template
/// tokens are found in the original text. The score is the highest evidence score in 0–1, and every match spans the
/// ORIGINAL text (for a decoded payload: the encoded run).
/// <see cref="Find(string)"/> treats the text as a user's prompt; pass <see cref="InjectionMode.Content"/> for
/// retrieved documents and tool results, where instructions addressed to the reader count as well.
/// </summary>
public static class Injection
{
    /// <summary>The default threshold at which <see cref="Found(string)"/> reports an injection.</summary>
    public const double Threshold = 0.5;

    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    /// <summary>Decoded payloads are scanned again, but only this deep: a payload inside a payload is still found.</summary>
    private const int MaxDecodeDepth = 2;

    private sealed record CompiledRule(string Label, Regex Pattern, double Score, bool ContentOnly, FrozenSet<string> Unless)
    {
        /// <summary>Whether the matched text contains one of the words that make this rule's phrase ordinary.</summary>
        public bool Mentions(ReadOnlySpan<char> match)
        {
            if (Unless.Count == 0)
            {
                return false;
            }
            var lookup = Unless.GetAlternateLookup<ReadOnlySpan<char>>();
            foreach (var word in match.SplitAny(WordSeparators))
            {
                if (lookup.Contains(match[word]))
                {
                    return true;
                }
            }
            return false;
        }
    }

    private static readonly SearchValues<char> WordSeparators = SearchValues.Create(" \n\t,;:!?.\"'()[]");

    private static readonly CompiledRule[] PromptRules = Compile(InjectionRules.All.Where(r => !r.ContentOnly));

    private static readonly CompiledRule[] ContentRules = Compile(InjectionRules.All.Where(r => r.ContentOnly));

    private static readonly (string Token, double Score)[] TemplateTokens =
    [
        ("<|im_start|>", 0.95), ("<|im_end|>", 0.95), ("<|system|>", 0.95), ("<|user|>", 0.9), ("<|assistant|>", 0.9), ("<|endoftext|>", 0.9),
        ("<|start_header_id|>", 0.95), ("<|end_header_id|>", 0.95), ("<|eot_id|>", 0.95), ("<|begin_of_text|>", 0.95), ("[INST]", 0.85),
        ("[/INST]", 0.85), ("<<SYS>>", 0.95), ("<</SYS>>", 0.95), ("<start_of_turn>", 0.9), ("<end_of_turn>", 0.9), ("### Instruction:", 0.7),
        ("### System:", 0.75), ("<system>", 0.7), ("</system>", 0.7), ("[system]", 0.6), ("<|channel|>", 0.9), ("</user_input>", 0.7),
        ("</document>", 0.5), ("</context>", 0.55),
    ];

    private static readonly SearchValues<string> TemplateTokenValues = SearchValues.Create(TemplateTokens.Select(t => t.Token).ToArray(), StringComparison.OrdinalIgnoreCase);

    private static readonly Regex Base64Run = new(@"[A-Za-z0-9+/]{16,}={0,2}|[A-Za-z0-9_\-]{16,}={0,2}", Options);

    private static readonly Regex HexRun = new(@"(?:\\x[0-9A-Fa-f]{2}){6,}|[0-9A-Fa-f]{2}(?:[ :]?[0-9A-Fa-f]{2}){7,}", Options);

    private static readonly Regex UrlEncodedRun = new(@"[A-Za-z0-9+._~\-]*(?:%[0-9A-Fa-f]{2}[A-Za-z0-9+._~\-]*){3,}", Options);

    public static double Score(string text) => Score(text, InjectionMode.Prompt);

    public static bool Found(string text) => Score(text) >= Threshold;

    public static ImmutableArray<DetectorMatch> Find(string text) => Find(text, InjectionMode.Prompt);

    public static double Score(string text, InjectionMode mode)
    {
        var max = 0.0;
        foreach (var m in Find(text, mode))
        {
            max = Math.Max(max, m.Score);
        }
        return max;
    }

    public static bool Found(string text, InjectionMode mode) => Score(text, mode) >= Threshold;

    /// <summary>The evidence, sorted by start; where two pieces overlap the stronger one is kept.</summary>
    public static ImmutableArray<DetectorMatch> Find(string text, InjectionMode mode) => Find(text, mode, 0);

    private static ImmutableArray<DetectorMatch> Find(string text, InjectionMode mode, int depth)
    {
        if (string.IsNullOrEmpty(text))
        {
            return ImmutableArray<DetectorMatch>.Empty;
        }
        var candidates = new List<DetectorMatch>(0);
        AddTemplateTokens(text, candidates);
        using (var normalized = NormalizedText.Create(text))
        {
            AddRuleMatches(text, normalized, mode, "", candidates);
            using var reversed = normalized.Reversed();
            AddRuleMatches(text, reversed, InjectionMode.Prompt, "+reversed", candidates);
        }
        if (depth < MaxDecodeDepth)
        {
            AddDecodedPayloads(text, mode, depth, candidates);
        }
        if (candidates.Count == 0)
        {
            return ImmutableArray<DetectorMatch>.Empty;
        }
        candidates.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Start.CompareTo(b.Start));
        var kept = new MatchSet();
        foreach (var c in candidates)
        {
            kept.TryAdd(c);
        }
        return kept.ToImmutable();
    }

    private static void AddRuleMatches(string text, NormalizedText normalized, InjectionMode mode, string suffix, List<DetectorMatch> found)
    {
        AddMatches(text, normalized, PromptRules, suffix, found);
        if (mode == InjectionMode.Content)
        {
            AddMatches(text, normalized, ContentRules, suffix, found);
        }
    }

    private static void AddMatches(string text, NormalizedText normalized, CompiledRule[] rules, string suffix, List<DetectorMatch> found)
    {
        var view = normalized.Span;
        foreach (var rule in rules)
        {
            var at = 0;
            while (at < view.Length && Next(rule.Pattern, view, at) is (var index, var length))
            {
                // A rejected match is retried one character later: leftmost matching must not let it hide a real one.
                at = index + 1;
                // Sentence-start anchors consume the punctuation before the sentence; evidence starts at the first letter.
                var start = index;
                var end = index + length;
                while (start < end && !char.IsLetterOrDigit(view[start]) && view[start] != '<')
                {
                    start++;
                }
                if (start == end || rule.Mentions(view[start..end]))
                {
                    continue;
                }
                var (s, originalLength) = normalized.ToOriginal(start, end - start);
                // Content rules anchored only by a space need a capital letter there, as a sentence would have.
                var spaceAnchored = rule.ContentOnly && start > index && view[index] == ' ' && view[index..start].Trim().IsEmpty;
                if (spaceAnchored && !char.IsUpper(text[s]))
                {
                    continue;
                }
                found.Add(new DetectorMatch(s, originalLength, rule.Label + suffix, rule.Score));
                at = end;
            }
        }
    }

    private static (int Index, int Length)? Next(Regex pattern, ReadOnlySpan<char> view, int startAt)
    {
        foreach (var m in pattern.EnumerateMatches(view, startAt))
        {
            return (m.Index, m.Length);
        }
        return null;
    }

    private static void AddTemplateTokens(string text, List<DetectorMatch> found)
    {
        var span = text.AsSpan();
        var offset = 0;
        while (offset < span.Length)
        {
            var i = span[offset..].IndexOfAny(TemplateTokenValues);
            if (i < 0)
            {
                return;
            }
            var at = offset + i;
            foreach (var (token, score) in TemplateTokens)
            {
                if (span[at..].StartsWith(token, StringComparison.OrdinalIgnoreCase))
                {
                    found.Add(new DetectorMatch(at, token.Length, "chat-template", score));
                    break;
                }
            }
            offset = at + 1;
        }
    }

    private static void AddDecodedPayloads(string text, InjectionMode mode, int depth, List<DetectorMatch> found)
    {
        ScanRuns(text, Base64Run, "base64", PayloadDecoder.TryBase64, mode, depth, found);
        ScanRuns(text, HexRun, "hex", PayloadDecoder.TryHex, mode, depth, found);
        if (text.Contains('%'))
        {
            ScanRuns(text, UrlEncodedRun, "url", PayloadDecoder.TryUrl, mode, depth, found);
        }
    }

    private static void ScanRuns(string text, Regex pattern, string encoding, PayloadDecoder.Decoder decode, InjectionMode mode, int depth, List<DetectorMatch> found)
    {
        foreach (var m in pattern.EnumerateMatches(text))
        {
            var decoded = decode(text.AsSpan(m.Index, m.Length));
            if (decoded is null)
            {
                continue;
            }
            foreach (var inner in Find(decoded, mode, depth + 1))
            {
                found.Add(new DetectorMatch(m.Index, m.Length, inner.Label + "+" + encoding, inner.Score));
            }
        }
    }

    private static CompiledRule[] Compile(IEnumerable<InjectionRules.Rule> rules) =>
        rules.OrderByDescending(r => r.Score).Select(r => new CompiledRule(r.Label, new Regex(r.Pattern, Options), r.Score, r.ContentOnly, (r.Unless ?? []).ToFrozenSet(StringComparer.Ordinal))).ToArray();
}
