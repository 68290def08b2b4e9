using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Airs.Runtime.Detectors;

/// <summary>
/// Prompt-injection detection. <see cref="InjectionPrefilter"/> finds the stretches where a rule could match; each is
/// normalised (see <see cref="NormalizedText"/>) and the phrase families found there are matched on it, on its reverse and,
/// where it reads as ROT13 (<see cref="Rot13"/>), on its rotation; base64, hex and URL-encoded runs are decoded and scanned again; chat-template
/// tokens are found in the original text. The score is the highest evidence score in 0–1, and every match spans the
/// ORIGINAL text (for a decoded payload: the encoded run). The learned scorer also reads each decoded payload and
/// reversed view (see <c>Injection.Decoded.cs</c>): one it flags is <see cref="DecodedLabel"/> evidence on the encoded run.
/// <see cref="Find(string)"/> treats the text as a user's prompt; pass <see cref="InjectionMode.Content"/> for
/// retrieved documents and tool results, where instructions addressed to the reader count as well.
/// </summary>
public static partial class Injection
{
    /// <summary>Evidence at or above this counts towards <see cref="Found(string)"/> (see <see cref="Decide"/>).</summary>
    public const double Threshold = 0.5;

    /// <summary>Evidence this strong reports an injection by itself; weaker evidence counts through the learned scorer.</summary>
    public const double StrongEvidence = 0.85;

    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    /// <summary>Decoded payloads are scanned again, but only this deep: a payload inside a payload is still found.</summary>
    private const int MaxDecodeDepth = 2;

    /// <summary>
    /// A rule with its patterns built on first use: building all of them (the non-backtracking engine's automata) takes
    /// three to five seconds of a cold process on the development host, and the literal gate keeps most rules from ever
    /// running on ordinary text (<see cref="PrepareInBackground"/> builds them where the wait does not matter).
    /// </summary>
    private sealed class CompiledRule(InjectionRules.Rule rule, UInt128 bit)
    {
        private readonly LazyRegex _pattern = new(rule.Pattern, Options, listed: false);
        private readonly LazyRegex? _unlessNear = rule.UnlessNear is null ? null : new(rule.UnlessNear, Options, listed: false);
        private readonly LazyRegex? _stillIfNear = rule.StillIfNear is null ? null : new(rule.StillIfNear, Options, listed: false);

        public string Label => rule.Label;

        public double Score => rule.Score;

        public bool ContentOnly => rule.ContentOnly;

        public bool UnlessAnswered => rule.UnlessAnswered;

        public UInt128 Bit => bit;

        public FrozenSet<string> Unless { get; } = (rule.Unless ?? []).ToFrozenSet(StringComparer.Ordinal);

        public Regex Pattern => _pattern.Value;

        private Regex? UnlessNear => _unlessNear?.Value;

        private Regex? StillIfNear => _stillIfNear?.Value;

        /// <summary>Builds every pattern now (<see cref="Prepare"/>).</summary>
        public void Build() => _ = (Pattern, UnlessNear, StillIfNear);

        /// <summary>
        /// Whether the match, or the rest of its sentence after it, reads as ordinary (<see cref="InjectionRules.Rule.UnlessNear"/>)
        /// and carries nothing an attack would add (<see cref="InjectionRules.Rule.StillIfNear"/>).
        /// </summary>
        public bool OrdinaryNear(ReadOnlySpan<char> view, int start, int end)
        {
            if (UnlessNear is not { } unlessNear)
            {
                return false;
            }
            var rest = view[end..Math.Min(view.Length, end + SentenceRest)];
            var stop = rest.IndexOfAny(SentenceEnds);
            var sentence = view[start..(end + (stop < 0 ? rest.Length : stop))];
            return unlessNear.IsMatch(sentence) && StillIfNear?.IsMatch(sentence) != true;
        }

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

    /// <summary>How far past a match <see cref="CompiledRule.OrdinaryNear"/> reads, at most: the rest of one sentence.</summary>
    private const int SentenceRest = 80;

    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create(".!?\n");

    private static readonly CompiledRule[] AllRules = Compile(InjectionRules.All);

    private static int Preparing;

    /// <summary>
    /// Builds every rule's patterns on a pool thread, once per process. Hosts call it when they start (see
    /// <see cref="Bundles.PolicyBundle.WarmUp"/>), so that the first texts that need a rule find it built; a short-lived
    /// process (the CLI, a test) builds only the rules its texts reach.
    /// </summary>
    internal static void PrepareInBackground()
    {
        if (Interlocked.Exchange(ref Preparing, 1) == 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static _ => Prepare(), null);
        }
    }

    /// <summary>Builds every rule's patterns now; returns how many rules.</summary>
    internal static int Prepare()
    {
        foreach (var rule in AllRules)
        {
            rule.Build();
        }
        return AllRules.Length;
    }

    private static readonly CompiledRule[] PromptRules = [.. AllRules.Where(r => !r.ContentOnly)];

    private static readonly CompiledRule[] ContentRules = [.. AllRules.Where(r => r.ContentOnly)];

    private static readonly UInt128 EveryRule = AllRules.Aggregate(UInt128.Zero, (mask, r) => mask | r.Bit);

    private static readonly UInt128 ReversibleRules = PromptRules.Aggregate(UInt128.Zero, (mask, r) => mask | r.Bit);

    internal static readonly InjectionPrefilter Prefilter = new(
        InjectionRules.All.SelectMany((r, i) => (r.Anchors ?? []).Select(a => (a, UInt128.One << i))), EveryRule, ReversibleRules, Rot13.Cues);

    private static readonly (LiteralCondition Condition, MatchExtent Extent)[] PatternReadings = [.. InjectionRules.All.Select(r => ReadPattern(r.Pattern))];

    /// <summary>
    /// Each view runs only the rules whose required literals it holds (<see cref="RequiredLiterals"/>): most rules can
    /// start at any space, so the regex engine reads every character, where the literal search skips ahead.
    /// </summary>
    internal static readonly LiteralGate Gate = new([.. PatternReadings.Select(r => r.Condition)]);

    /// <summary>
    /// By rule number: how far from a witnessing literal the rule runs (<see cref="LiteralGate.Reading.Regions"/>). A
    /// match contains its witness, so it lies within its own longest extent of it; two more keep a region's end off
    /// the match's last character (where the cut view would let <c>$</c> match). Never more than the prefilter's
    /// <see cref="InjectionPrefilter.Reach"/>, on which rules whose repetitions have no bound still rest.
    /// </summary>
    internal static readonly int[] RegionReach = [.. PatternReadings.Select(r => (int)Math.Min(InjectionPrefilter.Reach, r.Extent.Longest + 2L))];

    /// <summary>A rule whose pattern the reader does not know runs everywhere (a test holds every shipped rule to being read).</summary>
    internal static LiteralCondition RequiredLiteralsOf(string pattern) => ReadPattern(pattern).Condition;

    private static (LiteralCondition Condition, MatchExtent Extent) ReadPattern(string pattern)
    {
        try
        {
            return RequiredLiterals.Read(pattern);
        }
        catch (NotSupportedException)
        {
            return (LiteralCondition.Always, MatchExtent.Unknown);
        }
    }

    private static readonly (string Token, double Score)[] TemplateTokens =
    [
        ("<|im_start|>", 0.95), ("<|im_end|>", 0.95), ("<|system|>", 0.95), ("<|user|>", 0.9), ("<|assistant|>", 0.9), ("<|endoftext|>", 0.9),
        ("<|start_header_id|>", 0.95), ("<|end_header_id|>", 0.95), ("<|eot_id|>", 0.95), ("<|begin_of_text|>", 0.95), ("[INST]", 0.85),
        ("[/INST]", 0.85), ("<<SYS>>", 0.95), ("<</SYS>>", 0.95), ("<start_of_turn>", 0.9), ("<end_of_turn>", 0.9), ("### Instruction:", 0.7),
        ("### System:", 0.75), ("<system>", 0.7), ("</system>", 0.7), ("[system]", 0.6), ("<|channel|>", 0.9), ("</user_input>", 0.7),
        ("</document>", 0.5), ("</context>", 0.55), ("#(system_message)", 0.8),
    ];

    private static readonly SearchValues<char> TemplateTokenStarts = SearchValues.Create(string.Concat(TemplateTokens.Select(t => t.Token[0]).Distinct()));

    private static readonly LazyRegex Base64Run = new(@"[A-Za-z0-9+/]{16,}={0,2}|[A-Za-z0-9_\-]{16,}={0,2}", Options);

    /// <summary>Escaped (\x69\x67…), contiguous or colon-separated, or one byte per word separated by single spaces.</summary>
    private static readonly LazyRegex HexRun = new(@"(?:\\x[0-9A-Fa-f]{2}){6,}|[0-9A-Fa-f]{2}(?::?[0-9A-Fa-f]{2}){7,}|\b[0-9A-Fa-f]{2}(?: [0-9A-Fa-f]{2}){7,}\b", Options);

    private static readonly LazyRegex UrlEncodedRun = new(@"[A-Za-z0-9+._~\-]*(?:%[0-9A-Fa-f]{2}[A-Za-z0-9+._~\-]*){3,}", Options);

    public static double Score(string text) => Score(text, InjectionMode.Prompt);

    public static bool Found(string text) => Found(text, InjectionMode.Prompt);

    public static ImmutableArray<DetectorMatch> Find(string text) => Find(text, InjectionMode.Prompt);

    /// <summary>
    /// The learned scorer's calibrated probability that the text is an injection (see <see cref="InjectionModel"/>):
    /// word and character features of the text together with the rules' evidence, in 0–1.
    /// </summary>
    public static double Score(string text, InjectionMode mode)
    {
        text ??= "";
        return Probability(text, mode, Find(text, mode));
    }

    /// <summary>See <see cref="Decide"/>: strong evidence, weak evidence the scorer agrees with, or the scorer alone.</summary>
    public static bool Found(string text, InjectionMode mode)
    {
        text ??= "";
        return Found(text, mode, Find(text, mode));
    }

    internal static bool Found(string text, InjectionMode mode, ImmutableArray<DetectorMatch> evidence)
    {
        var strongest = MaxScore(evidence);
        if (strongest >= StrongEvidence)
        {
            return true;
        }
        var head = InjectionModel.Default.For(mode);
        return Decide(strongest, Probability(text, mode, evidence), head.Threshold, head.WeakEvidenceLevel);
    }

    /// <summary>The scorer's probability for the text, or for a decoded variant of it it flagged (<see cref="DecodedLabel"/>), whichever is higher.</summary>
    internal static double Probability(string text, InjectionMode mode, ImmutableArray<DetectorMatch> evidence) =>
        Math.Max(InjectionModel.Default.Probability(text, mode, evidence), DecodedProbability(evidence));

    /// <summary>The highest probability the scorer gave a decoded variant it flagged (<see cref="DecodedLabel"/>), 0 when none.</summary>
    internal static double DecodedProbability(ImmutableArray<DetectorMatch> evidence)
    {
        var probability = 0.0;
        foreach (var m in evidence)
        {
            if (IsDecoded(m))
            {
                probability = Math.Max(probability, m.Score);
            }
        }
        return probability;
    }

    /// <summary>
    /// The shipped decision: evidence of <see cref="StrongEvidence"/> or more; weaker evidence (≥ <see cref="Threshold"/>)
    /// when the scorer, seeing it in context, gives at least <paramref name="weakEvidenceLevel"/> (0: the rules decide
    /// alone; the trainer picks the level per mode on held-out folds of train); or the scorer's probability at its own
    /// <paramref name="threshold"/>.
    /// </summary>
    internal static bool Decide(double evidence, double probability, double threshold, double weakEvidenceLevel) =>
        evidence >= StrongEvidence || (evidence >= Threshold && probability >= weakEvidenceLevel) || probability >= threshold;

    /// <summary>Whether the learned scorer alone reaches its own threshold (chosen on train folds for a low false-positive rate).</summary>
    internal static bool ScorerFound(string text, InjectionMode mode, ImmutableArray<DetectorMatch> evidence) =>
        Probability(text, mode, evidence) >= InjectionModel.Default.For(mode).Threshold;

    /// <summary>The strongest piece of rule evidence, 0 when there is none (the scorer's own verdicts on decoded variants are not rules).</summary>
    internal static double MaxScore(ImmutableArray<DetectorMatch> evidence)
    {
        var max = 0.0;
        foreach (var m in evidence)
        {
            if (!IsDecoded(m))
            {
                max = Math.Max(max, m.Score);
            }
        }
        return max;
    }

    /// <summary>The evidence, sorted by start; where two pieces overlap the stronger one is kept.</summary>
    public static ImmutableArray<DetectorMatch> Find(string text, InjectionMode mode) => Find(text, mode, 0, prefilter: true);

    /// <param name="prefilter">False runs every rule over the whole text: the reference the prefiltered scan must equal.</param>
    internal static ImmutableArray<DetectorMatch> Find(string text, InjectionMode mode, int depth, bool prefilter)
    {
        if (string.IsNullOrEmpty(text))
        {
            return ImmutableArray<DetectorMatch>.Empty;
        }
        List<DetectorMatch>? found = null;
        var decoded = new DecodedVariants(mode);
        AddTemplateTokens(text, ref found);
        var scratch = Scratch.Rent();
        try
        {
            if (prefilter)
            {
                Prefilter.Scan(text, scratch.Windows, scratch.Payloads);
            }
            else
            {
                scratch.Windows.Add(new InjectionWindow(0, text.Length, EveryRule, ReversibleRules, Rot13: true));
                scratch.Payloads.Add((0, text.Length));
            }
            foreach (var window in scratch.Windows)
            {
                AddRuleMatches(text, window, mode, gated: prefilter, ref found, ref decoded);
            }
            if (depth < MaxDecodeDepth)
            {
                foreach (var (start, length) in scratch.Payloads)
                {
                    AddDecodedPayloads(text, start, length, mode, depth, prefilter, ref found, ref decoded);
                }
            }
        }
        finally
        {
            Scratch.Return(scratch);
        }
        var kept = Strongest(found);
        return decoded.AddTo(mode == InjectionMode.Prompt ? DiscountMentions(text, kept) : kept);
    }

    /// <summary>The strongest of overlapping pieces of evidence, sorted by start.</summary>
    private static ImmutableArray<DetectorMatch> Strongest(List<DetectorMatch>? found)
    {
        if (found is null or { Count: 0 })
        {
            return ImmutableArray<DetectorMatch>.Empty;
        }
        // A total order, so that equal evidence found in another order (window by window) keeps the same piece.
        found.Sort(static (a, b) =>
            b.Score != a.Score ? b.Score.CompareTo(a.Score)
            : a.Start != b.Start ? a.Start.CompareTo(b.Start)
            : a.Length != b.Length ? b.Length.CompareTo(a.Length)
            : string.CompareOrdinal(a.Label, b.Label));
        var kept = new MatchSet();
        foreach (var c in found)
        {
            kept.TryAdd(c);
        }
        return kept.ToImmutable();
    }

    /// <param name="gated">False runs every selected rule, as the whole-text reference does: the gate must not change what is found.</param>
    private static void AddRuleMatches(string text, InjectionWindow window, InjectionMode mode, bool gated, ref List<DetectorMatch>? found, ref DecodedVariants decoded)
    {
        var span = text.AsSpan(window.Start, window.End - window.Start);
        using var normalized = NormalizedText.Create(span);
        // Each view the scorer reads is scored with the evidence the rules found on it, placed in the view, as a text is
        // with its own; the list exists only for a view that will be scored.
        var viewScored = DecodedVariants.Rewrites(span, normalized);
        var inView = viewScored ? new List<DetectorMatch>() : null;
        using (var forward = gated ? Gate.Read(normalized.Span, window.Forward) : null)
        {
            var selected = forward?.Admitted ?? window.Forward;
            AddMatches(text, window.Start, normalized, PromptRules, selected, forward, "", ref found, inView);
            if (mode == InjectionMode.Content)
            {
                AddMatches(text, window.Start, normalized, ContentRules, selected, forward, "", ref found, inView);
            }
        }
        if (viewScored)
        {
            decoded.ScoreNormalized(window.Start, normalized, Strongest(inView));
        }
        if (window.Reversed != 0)
        {
            using var reversed = normalized.Reversed();
            inView = [];
            using (var reading = gated ? Gate.Read(reversed.Span, window.Reversed) : null)
            {
                AddMatches(text, window.Start, reversed, PromptRules, reading?.Admitted ?? window.Reversed, reading, "+reversed", ref found, inView);
            }
            decoded.ScoreReversed(window.Start, reversed, Strongest(inView));
        }
        if (window.Rot13 && Rot13.ReadsBetterRotated(normalized.Span))
        {
            // Rotated text has no anchors of its own to select rules by: every prompt rule runs on it.
            using var rotated = normalized.Rotated13();
            inView = [];
            using (var reading = gated ? Gate.Read(rotated.Span, ReversibleRules) : null)
            {
                AddMatches(text, window.Start, rotated, PromptRules, reading?.Admitted ?? ReversibleRules, reading, "+rot13", ref found, inView);
            }
            decoded.ScoreRotated(window.Start, rotated, Strongest(inView));
        }
    }

    /// <param name="gate">When not null, each rule runs only where its matches can lie (<see cref="LiteralGate.Reading.Regions"/>).</param>
    /// <param name="inView">When not null, receives each match as the view reads it: placed in the view, labelled without the suffix.</param>
    private static void AddMatches(string text, int offset, NormalizedText normalized, CompiledRule[] rules, UInt128 selected, LiteralGate.Reading? gate, string suffix,
        ref List<DetectorMatch>? found, List<DetectorMatch>? inView)
    {
        var view = normalized.Span;
        foreach (var rule in rules)
        {
            if ((rule.Bit & selected) == 0)
            {
                continue;
            }
            if (gate is null)
            {
                AddMatches(text, offset, normalized, rule, 0, view.Length, 0, suffix, ref found, inView);
                continue;
            }
            var at = 0;
            var number = (int)UInt128.TrailingZeroCount(rule.Bit);
            foreach (var (start, end) in gate.Regions(number, view, RegionReach[number]))
            {
                // A region reaches past its witness: the rest of the rule's literals may lie elsewhere in the view.
                if (gate.HoldsWithin(number, start, end))
                {
                    at = AddMatches(text, offset, normalized, rule, start, end, at, suffix, ref found, inView);
                }
            }
        }
    }

    /// <summary>
    /// The rule's matches that start in view[from..to) and end by <paramref name="to"/>, from <paramref name="at"/> on;
    /// returns where the next search starts.
    /// </summary>
    private static int AddMatches(string text, int offset, NormalizedText normalized, CompiledRule rule, int from, int to, int at, string suffix,
        ref List<DetectorMatch>? found, List<DetectorMatch>? inView)
    {
        var view = normalized.Span;
        var input = view[..to];
        at = Math.Max(at, from);
        while (at < to && Next(rule.Pattern, input, at) is (var index, var length))
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
            if (start == end || rule.Mentions(view[start..end]) || rule.OrdinaryNear(view, start, end) || (rule.UnlessAnswered && Answered(view, start, end)))
            {
                continue;
            }
            var (s, originalLength) = normalized.ToOriginal(start, end - start);
            s += offset;
            // Content rules anchored only by a space need a capital letter there, as a sentence would have.
            var spaceAnchored = rule.ContentOnly && start > index && view[index] == ' ' && view[index..start].Trim().IsEmpty;
            if (spaceAnchored && !char.IsUpper(text[s]))
            {
                continue;
            }
            (found ??= []).Add(new DetectorMatch(s, originalLength, rule.Label + suffix, rule.Score));
            inView?.Add(new DetectorMatch(start, end - start, rule.Label, rule.Score));
            at = end;
        }
        return at;
    }

    /// <summary>
    /// Whether the text answers the question in view[start..end) right after it, as an FAQ does: an answer label follows
    /// ("A:", "Answer:"), or the next sentence, a statement, repeats one of the question's words (by its first four
    /// letters: "What is the capital of the account? The capital is …", "How do refunds work? Refunds are issued …"). A
    /// question set as a task is followed by the rest of the document, about something else.
    /// </summary>
    private static bool Answered(ReadOnlySpan<char> view, int start, int end)
    {
        var next = view[end..Math.Min(view.Length, end + AnswerReach)].TrimStart(" \n\t");
        if (Labelled(next, "a") || Labelled(next, "answer"))
        {
            return true;
        }
        var stop = next.IndexOfAny(SentenceEnds);
        if (stop < 0 || next[stop] == '?')
        {
            return false; // no statement follows, or another question does
        }
        var answer = next[..stop];
        var question = view[start..end];
        var ordinary = QuestionWords.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in question.SplitAny(WordSeparators))
        {
            var stem = question[word];
            if (stem.Length < 4 || ordinary.Contains(stem))
            {
                continue;
            }
            stem = stem[..4];
            foreach (var other in answer.SplitAny(WordSeparators))
            {
                if (answer[other].StartsWith(stem))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>The text opens with the label and a colon or a full stop: "A: …", "A. …", "Answer: …" (not "Answer in French").</summary>
    private static bool Labelled(ReadOnlySpan<char> text, string label) =>
        text.StartsWith(label) && text[label.Length..].TrimStart(' ') is [':' or '.', ..];

    /// <summary>How far past a question <see cref="Answered"/> looks for its answer.</summary>
    private const int AnswerReach = 240;

    /// <summary>Words of any question, which an answer repeating proves nothing.</summary>
    private static readonly FrozenSet<string> QuestionWords = FrozenSet.ToFrozenSet(["what", "which", "where", "when", "does", "were", "there", "their", "they", "this", "that", "these",
        "those", "with", "from", "have", "about", "between", "behind", "your", "into", "some", "many", "much", "most", "make", "made", "would", "could", "should"], StringComparer.Ordinal);

    private static (int Index, int Length)? Next(Regex pattern, ReadOnlySpan<char> view, int startAt)
    {
        foreach (var m in pattern.EnumerateMatches(view, startAt))
        {
            return (m.Index, m.Length);
        }
        return null;
    }

    private static void AddTemplateTokens(string text, ref List<DetectorMatch>? found)
    {
        var span = text.AsSpan();
        var offset = 0;
        while (offset < span.Length)
        {
            var i = span[offset..].IndexOfAny(TemplateTokenStarts);
            if (i < 0)
            {
                return;
            }
            var at = offset + i;
            foreach (var (token, score) in TemplateTokens)
            {
                if (span[at..].StartsWith(token, StringComparison.OrdinalIgnoreCase))
                {
                    (found ??= []).Add(new DetectorMatch(at, token.Length, "chat-template", score));
                    break;
                }
            }
            offset = at + 1;
        }
    }

    private static void AddDecodedPayloads(string text, int start, int length, InjectionMode mode, int depth, bool prefilter, ref List<DetectorMatch>? found,
        ref DecodedVariants decoded)
    {
        ScanRuns(text, start, length, Base64Run, "base64", PayloadDecoder.TryBase64, mode, depth, prefilter, ref found, ref decoded);
        ScanRuns(text, start, length, HexRun, "hex", PayloadDecoder.TryHex, mode, depth, prefilter, ref found, ref decoded);
        if (text.AsSpan(start, length).Contains('%'))
        {
            ScanRuns(text, start, length, UrlEncodedRun, "url", PayloadDecoder.TryUrl, mode, depth, prefilter, ref found, ref decoded);
        }
    }

    private static void ScanRuns(string text, int start, int length, Regex pattern, string encoding, PayloadDecoder.Decoder decode, InjectionMode mode, int depth,
        bool prefilter, ref List<DetectorMatch>? found, ref DecodedVariants decoded)
    {
        foreach (var m in pattern.EnumerateMatches(text.AsSpan(start, length)))
        {
            var payload = decode(text.AsSpan(start + m.Index, m.Length));
            if (payload is null)
            {
                continue;
            }
            var evidence = Find(payload, mode, depth + 1, prefilter);
            foreach (var inner in evidence)
            {
                var outer = new DetectorMatch(start + m.Index, m.Length, inner.Label + "+" + encoding, inner.Score);
                if (IsDecoded(inner))
                {
                    decoded.Add(outer);
                }
                else
                {
                    (found ??= []).Add(outer);
                }
            }
            decoded.Score(payload, evidence, start + m.Index, m.Length, encoding);
        }
    }

    /// <summary>Per-thread lists for the scan, so that a text with nothing in it allocates nothing.</summary>
    private sealed class Scratch
    {
        [ThreadStatic]
        private static Scratch? FreeScratch;

        public readonly List<InjectionWindow> Windows = [];

        public readonly List<(int Start, int Length)> Payloads = [];

        public static Scratch Rent()
        {
            // A decoded payload is scanned while its parent's scratch is in use: that nested call gets a new one.
            var scratch = FreeScratch ?? new Scratch();
            FreeScratch = null;
            return scratch;
        }

        public static void Return(Scratch scratch)
        {
            scratch.Windows.Clear();
            scratch.Payloads.Clear();
            FreeScratch = scratch;
        }
    }

    private static CompiledRule[] Compile(InjectionRules.Rule[] rules)
    {
        if (rules.Length > 128)
        {
            throw new InvalidOperationException("the prefilter selects rules by a 128-bit mask: at most 128 injection rules");
        }
        return [.. rules
            .Select((r, i) => new CompiledRule(r, UInt128.One << i))
            .OrderByDescending(r => r.Score)];
    }
}
