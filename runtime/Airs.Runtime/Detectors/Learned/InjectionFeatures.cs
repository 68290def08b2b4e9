using System.Text;

namespace Airs.Runtime.Detectors;

/// <summary>
/// Receives the features of a text token by token: <see cref="Token"/> opens a token, its features follow, and
/// <see cref="Close"/> ends it with the sum of their weights, added in the order they came (the extractor keeps the
/// sum in a register, not in the sink's memory).
/// </summary>
internal interface IFeatureSink
{
    void Token(int start, int end);

    /// <summary>A feature of the open token; returns its weight (0 for a sink that only collects features).</summary>
    float Feature(int bucket);

    /// <summary>The open token has no more features: <paramref name="weight"/> is 0f plus each feature's weight in turn.</summary>
    void Close(float weight);
}

/// <summary>
/// Hashed features of a text for the learned injection scorer, shared by training (bench/Airs.Quality) and scoring,
/// so the two cannot disagree. A token is a run of letters and digits, lower-cased; each gives its word, the bigram
/// with the token before it and, when it belongs to one of the <see cref="InjectionConcepts"/>, its class (marked when
/// it opens a sentence) paired with the classes of the few tokens before it; a word that opens a line and ends in a
/// colon (a speaker or a label) gives one more, and each sentence gives its shape (<see cref="SentenceShape"/>).
/// Character n-grams were dropped: on cross-validation that holds out whole families they memorised phrasings
/// (prompt recall 0.23 with them, 0.60 without). Restricted to words of no class (issue 20, part 6) they gained
/// nothing that outlasted a change of fold seed: the first and last 4-gram +0.002 and a 3-letter prefix −0.006 in
/// prompt recall on average over eight seeds (content −0.005, −0.006), every 4-gram +0.02 over four, at a weight
/// lookup or more per word. Plain ASCII is read
/// as it is; any other text goes through <see cref="NormalizedText"/> first (look-alikes, full-width, invisible
/// characters), and token spans are mapped back to the original. A text is read whole, however long: an injection
/// buried in the middle of a long page is read like one at its start (linear in the text's length; until issue 20's
/// long-document check only the first and last 8 KB of a text over 16 KB were read, so padding hid an injection from
/// the scorer). Nothing here allocates for ASCII text.
/// </summary>
internal static class InjectionFeatures
{
    public const int Bits = 16;

    public const int Buckets = 1 << Bits;

    private const ulong UnigramKey = 0x9E3779B97F4A7C15UL;
    private const ulong BigramKey = 0xC2B2AE3D27D4EB4FUL;
    private const ulong RuleKey = 0xD6E8FEB86659FD93UL;
    private const ulong ConceptKey = 0x94D049BB133111EBUL;
    private const ulong PairKey = 0xBF58476D1CE4E5B9UL;
    private const ulong LineLabelKey = 0x2545F4914F6CDD1DUL;
    private const ulong SentenceKey = 0x9FB21C651E98DF25UL;
    internal const uint FnvBasis = 2166136261;
    internal const uint FnvPrime = 16777619;

    /// <summary>How far back (in tokens) a word class pairs with the classes before it.</summary>
    private const int PairReach = 6;

    public static void Extract<TSink>(string text, ref TSink sink)
        where TSink : struct, IFeatureSink
    {
        if (Ascii.IsValid(text))
        {
            Tokens(text, null, ref sink);
            return;
        }
        using var normalized = NormalizedText.Create(text);
        Tokens(normalized.Span, normalized, ref sink);
    }

    /// <summary>The bucket of a piece of rule evidence: its label without the +reversed/+base64 suffix.</summary>
    public static int RuleBucket(string label)
    {
        var plus = label.IndexOf('+');
        var name = plus < 0 ? label.AsSpan() : label.AsSpan(0, plus);
        var h = FnvBasis;
        foreach (var c in name)
        {
            h = (h ^ c) * FnvPrime;
        }
        return Bucket(h, RuleKey);
    }

    /// <summary>The bucket every piece of rule evidence also adds to, whatever its label.</summary>
    public static readonly int AnyRuleBucket = Bucket(0xA1B2C3D4, RuleKey);

    private static void Tokens<TSink>(ReadOnlySpan<char> view, NormalizedText? map, ref TSink sink)
        where TSink : struct, IFeatureSink
    {
        var previous = FnvBasis;
        var recent = new RecentConcepts();
        var index = 0;
        var sentenceStart = true;
        var lineStart = true;
        var sentence = new SentenceShape();
        var sentenceEnd = false;
        // The weights of the open token's features so far, in order: the sink gets the sum when the token closes.
        var weight = 0f;
        var i = 0;
        while (true)
        {
            var start = TokenReader.Next(view, i, out var separators, out i, out var h, out var stem);
            if (start < 0)
            {
                break;
            }
            sentenceStart |= (separators & TokenReader.SentenceStartFlag) != 0;
            sentenceEnd |= (separators & TokenReader.SentenceEndFlag) != 0;
            lineStart |= (separators & TokenReader.LineStartFlag) != 0;
            if (sentenceEnd)
            {
                sentence.Close(ref sink, ref weight);
                sentenceEnd = false;
            }
            if (index > 0)
            {
                sink.Close(weight);
            }
            if (map is null)
            {
                sink.Token(start, i);
            }
            else
            {
                var (s, l) = map.ToOriginal(start, i - start);
                sink.Token(s, s + l);
            }
            weight = 0f;
            weight += sink.Feature(Bucket(h, UnigramKey));
            weight += sink.Feature(Bucket(((ulong)previous << 32) | h, BigramKey));
            // A word that opens a line and ends in a colon is a speaker or a label: `User:`, `Assistant:`, `Note:`.
            if (lineStart && i < view.Length && view[i] == ':')
            {
                weight += sink.Feature(Bucket(h, LineLabelKey));
            }
            var concept = InjectionConcepts.Of(h, stem, i - start);
            if (concept != 0)
            {
                weight += sink.Feature(Bucket(sentenceStart ? concept | 0x100u : concept, ConceptKey));
                recent.Pair(concept, index, ref sink, ref weight);
                sentence.Add(concept, index);
            }
            previous = h;
            index++;
            sentenceStart = false;
            lineStart = false;
        }
        sentence.Close(ref sink, ref weight);
        if (index > 0)
        {
            sink.Close(weight);
        }
    }

    /// <summary>
    /// Which of the telling classes a sentence holds, exactly and coarsely, as two features on its last token: "the AI" or "you" with a
    /// directive verb and an object (instructions, a secret, a tool) is an order to the reader's reader, whichever
    /// words say it and however far apart they are; the same verbs without an addressee are a recipe or a how-to.
    /// A sentence that speaks to the AI after the text has run on without doing so is marked: a document that
    /// suddenly addresses its reader's reader.
    /// </summary>
    private struct SentenceShape
    {
        private uint mask;
        private bool addressedBefore;
        private int firstIndex;

        public void Add(byte concept, int index)
        {
            if (mask == 0)
            {
                firstIndex = index;
            }
            var bit = concept switch
            {
                1 => 1u, 2 => 2u, 3 => 4u, 4 => 8u, 5 => 16u, 6 => 32u, 7 => 64u, 11 => 128u, 12 => 256u, 16 => 512u, 13 => 1024u, 9 => 2048u,
                _ => 0x8000_0000u,
            };
            mask |= bit;
        }

        public void Close<TSink>(ref TSink sink, ref float weight)
            where TSink : struct, IFeatureSink
        {
            var telling = mask & 0xFFFu;
            if (System.Numerics.BitOperations.PopCount(telling) >= 2)
            {
                var addressed = (telling & 8u) != 0;
                // Late: the AI is addressed for the first time after the text has run on for a while.
                var late = addressed && !addressedBefore && firstIndex >= 24 ? 0x1000u : 0;
                weight += sink.Feature(Bucket(telling | late, SentenceKey));
                // The coarse shape as well, shared by every family: addressed to the AI, to "you", a verb that acts on
                // the text or the world, an object (instructions, a secret, the system), an obligation.
                var coarse = (addressed ? 1u : 0) | ((telling & 16u) != 0 ? 2u : 0) | ((telling & (1u | 32u | 256u | 512u | 2048u)) != 0 ? 4u : 0)
                    | ((telling & (2u | 4u | 64u | 1024u)) != 0 ? 8u : 0) | ((telling & 128u) != 0 ? 16u : 0);
                weight += sink.Feature(Bucket(0x10000u | coarse | late, SentenceKey));
            }
            addressedBefore |= (mask & 8u) != 0;
            mask = 0;
        }
    }

    /// <summary>The last few classed tokens, each paired (in order) with a class that follows within <see cref="PairReach"/> tokens.</summary>
    private struct RecentConcepts
    {
        private ulong concepts;
        private ulong positions;

        public void Pair<TSink>(byte concept, int index, ref TSink sink, ref float weight)
            where TSink : struct, IFeatureSink
        {
            for (var k = 0; k < 4; k++)
            {
                var before = (byte)(concepts >> (8 * k));
                var at = (int)(ushort)(positions >> (16 * k));
                if (before == 0 || index - at > PairReach)
                {
                    break;
                }
                weight += sink.Feature(Bucket(((ulong)before << 8) | concept, PairKey));
            }
            concepts = (concepts << 8) | concept;
            positions = (positions << 16) | (ushort)index;
        }
    }

    private static int Bucket(ulong value, ulong key) => (int)((value * key) >> (64 - Bits));
}
