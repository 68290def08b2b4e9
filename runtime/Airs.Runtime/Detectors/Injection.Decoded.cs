using System.Collections.Immutable;

namespace Airs.Runtime.Detectors;

public static partial class Injection
{
    /// <summary>
    /// The label (before its <c>+base64</c>, <c>+hex</c>, <c>+url</c>, <c>+reversed</c>, <c>+normalized</c> or <c>+rot13</c> suffix) of evidence that a
    /// decoded variant of the text reads as an injection to the learned scorer; its score is the scorer's probability.
    /// It is not rule evidence: <see cref="MaxScore"/> and the scorer's evidence features leave it out, and
    /// <see cref="Probability"/> takes the highest of it and the text's own probability.
    /// </summary>
    public const string DecodedLabel = "decoded-injection";

    /// <summary>Letters a normalised view must spell differently from the text before the scorer reads it as well.</summary>
    private const int MinRewrittenLetters = 6;

    /// <summary>
    /// The model that scores decoded variants on this thread instead of the shipped one: the trainer's held-out fold
    /// model, so that cross-validation reads the variants a fold model would flag, as the shipped scan does.
    /// </summary>
    [ThreadStatic]
    internal static InjectionModel? VariantModel;

    /// <summary>
    /// Sees every view the scan is about to score on this thread, before it is scored: a decoded payload with the rules'
    /// evidence on it, or a normalised, reversed or ROT13 view (the label's suffix says which) with the rules' evidence found on
    /// the view, as the scorer reads each. The trainer's <c>AIRS_TRAIN_VIEWS</c> (issue 20 part 11) collects them to train on the views the
    /// runtime scores without a copy of the normaliser or the decoders; null (nothing collected) everywhere else.
    /// </summary>
    [ThreadStatic]
    internal static Action<string, string, ImmutableArray<DetectorMatch>>? ViewSink;

    internal static bool IsDecoded(in DetectorMatch m) => m.Label.StartsWith(DecodedLabel, StringComparison.Ordinal);

    /// <summary>
    /// The scorer's verdicts on what the normaliser decodes — base64, hex and URL-encoded payloads that read as text
    /// (<see cref="PayloadDecoder"/>), the reversed view of windows where reversed anchors were seen, the ROT13 view of
    /// windows that read as English rotated (<see cref="Rot13"/>), and the normalised
    /// view of windows whose leetspeak or spaced-out letters it rewrote — spanning the
    /// run in the original text. Only variants the normaliser already produced are scored, so clean text costs nothing.
    /// Every one is scored: payloads are disjoint runs and the prefilter's windows are merged where they meet, so the
    /// scoring stays linear in the text (until 2026-11-25 only the first eight were, and eight decoy payloads before
    /// an encoded injection kept it from the scorer).
    /// </summary>
    private struct DecodedVariants(InjectionMode mode)
    {
        private List<DetectorMatch>? _found;

        /// <summary>A verdict found inside a decoded payload, already mapped to this text.</summary>
        public void Add(DetectorMatch match) => (_found ??= []).Add(match);

        /// <summary>Scores a decoded payload with the rules' evidence on it; a flagged one spans the encoded run.</summary>
        public void Score(string payload, ImmutableArray<DetectorMatch> evidence, int start, int length, string encoding)
        {
            ViewSink?.Invoke(payload, DecodedLabel + "+" + encoding, evidence);
            var model = VariantModel ?? InjectionModel.Default;
            var head = model.For(mode);
            var probability = model.Probability(payload, mode, evidence);
            if (probability >= head.Threshold)
            {
                Add(new DetectorMatch(start, length, DecodedLabel + "+" + encoding, probability));
            }
        }

        /// <summary>
        /// Scores a window read backwards, with the rules' evidence found on the reversed view (until 2026-11-26 with none,
        /// so a rule added to the scorer drew weight from the n-grams a view is read by alone); a flagged one spans the
        /// strongest scorer window, mapped back to the original.
        /// </summary>
        public void ScoreReversed(int offset, NormalizedText reversed, ImmutableArray<DetectorMatch> evidence)
        {
            if (reversed.Length == 0)
            {
                return;
            }
            ScoreView(offset, reversed, evidence, DecodedLabel + "+reversed");
        }

        /// <summary>
        /// Scores a window read as ROT13 (only one that reads much more like English rotated, see <see cref="Rot13"/>).
        /// Like a reversed view, scored with the rules' evidence found on it; a flagged one spans the strongest scorer window, mapped back to the original.
        /// </summary>
        public void ScoreRotated(int offset, NormalizedText rotated, ImmutableArray<DetectorMatch> evidence)
        {
            if (rotated.Length == 0)
            {
                return;
            }
            ScoreView(offset, rotated, evidence, DecodedLabel + "+rot13");
        }

        /// <summary>
        /// Scores a window as the normaliser reads it when that spells its words differently from the text — leetspeak
        /// read as letters, letters spread out by spaces or marks joined — in at least <see cref="MinRewrittenLetters"/>
        /// letters: the scorer reads the text's own tokens, where <c>1gn0r3</c> or <c>i g n o r e</c> is no word it knows.
        /// Like a reversed view, scored with the rules' evidence found on it; a flagged one spans the strongest scorer window, mapped back to the original.
        /// </summary>
        public void ScoreNormalized(int offset, NormalizedText normalized, ImmutableArray<DetectorMatch> evidence) =>
            ScoreView(offset, normalized, evidence, DecodedLabel + "+normalized");

        /// <summary>Whether <see cref="ScoreNormalized"/> is worth calling: the view spells enough of the window's letters differently.</summary>
        public static bool Rewrites(ReadOnlySpan<char> window, NormalizedText normalized) =>
            normalized.Length > 0 && normalized.RewrittenLetters(window) >= MinRewrittenLetters;

        /// <summary>
        /// Scores a view of a window with the rules' evidence found on it (placed in the view); a flagged one spans the
        /// strongest scorer window, mapped back to the original.
        /// </summary>
        private void ScoreView(int offset, NormalizedText view, ImmutableArray<DetectorMatch> evidence, string label)
        {
            if (!InjectionModel.Readable(view.Span))
            {
                return; // too short for the scorer to read, as the text itself would be
            }
            var model = VariantModel ?? InjectionModel.Default;
            var head = model.For(mode);
            var text = view.Span.ToString();
            ViewSink?.Invoke(text, label, evidence);
            // Read as a text is, its length discount included: a view of a long document's merged windows is read in as
            // many windows, and undiscounted its strongest one flagged benign pages the text's own reading did not.
            var probability = model.Probability(text, mode, evidence);
            if (probability < head.Threshold)
            {
                return;
            }
            var (first, last) = InjectionModel.StrongestWindow(head, text);
            var (start, length) = view.ToOriginal(first, last - first);
            Add(new DetectorMatch(offset + start, length, label, probability));
        }

        /// <summary>The rules' evidence with the verdicts added, by start; overlapping verdicts keep the strongest.</summary>
        public readonly ImmutableArray<DetectorMatch> AddTo(ImmutableArray<DetectorMatch> evidence)
        {
            if (_found is null)
            {
                return evidence;
            }
            _found.Sort(static (a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Start.CompareTo(b.Start));
            var kept = new MatchSet();
            foreach (var m in _found)
            {
                kept.TryAdd(m);
            }
            // A verdict may cover rule evidence on the same run: both stay, the one a probability, the other a rule's score.
            return [.. evidence.AddRange(kept.ToImmutable()).OrderBy(m => m.Start)];
        }
    }
}
