using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace Airs.Runtime.Detectors;

/// <summary>
/// The learned injection scorer: logistic regression over <see cref="InjectionFeatures"/> and the rules' evidence,
/// one weight table per <see cref="InjectionMode"/>. A text is read in windows of <see cref="Head.Window"/> tokens
/// every <see cref="Head.Stride"/> tokens (per mode, see <see cref="WindowsFor"/>), so a short injection in a long document is not diluted by it; the
/// strongest window's logit, discounted for a long text's many windows (<see cref="LengthDiscount"/>), is mapped to a
/// probability by Platt scaling fitted on cross-validation folds of the train split. Weights ship as the embedded resource <c>injection-model.bin</c>, written by
/// <c>dotnet run --project bench/Airs.Quality -- train-injection</c>; no native code or ML package is involved.
/// </summary>
internal sealed class InjectionModel
{
    public const int FormatVersion = 4;

    /// <summary>
    /// A model's version: the format and 12 hex digits of SHA-256 over the training data's hash, the rules' fingerprint
    /// (<see cref="InjectionRules.Fingerprint"/>: their evidence is a feature, so weights belong to one rule set), the
    /// features' fingerprint (<see cref="FeatureFingerprint"/>: weights belong to one extractor too) and the trainer
    /// options that change the model, one <c>NAME=value</c> line each.
    /// </summary>
    public static string VersionFor(string dataSha256, string rulesSha256, string featuresSha256, string options) =>
        $"injection-lr/{FormatVersion}/" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes($"data {dataSha256}\nrules {rulesSha256}\nfeatures {featuresSha256}\n{options}")))[..12];

    /// <summary>
    /// The window and stride of each mode, chosen by grouped cross-validation on train (attack families and benign
    /// kinds held out): a user's prompt is read in windows of 48 tokens every 16 (scorer recall 0.53 against 0.42–0.46
    /// with 8 to 32 tokens); a document in windows of 8 tokens every 4, so an injection of one short sentence in a
    /// long carrier weighs as much as the same sentence alone (content recall 0.24 with 48/16, 0.42 with 32/8, 0.51
    /// with 16/8, 0.61 with 12/4, 0.65 with 8/4; 8/2 and 6/2 no better). The trainer writes them into the model,
    /// and the runtime reads each head's from there.
    /// </summary>
    public static (int Window, int Stride) WindowsFor(InjectionMode mode) => mode == InjectionMode.Content ? (8, 4) : (48, 16);

    /// <summary>Characters past which a text's strongest window is discounted for its length (<see cref="LengthDiscount"/>).</summary>
    public const int DiscountFromChars = 512;

    /// <summary>
    /// How much the strongest window's logit is lowered per doubling of the text past <see cref="DiscountFromChars"/>
    /// characters (nine train documents in ten are shorter). The strongest of many windows grows with their number, so
    /// undiscounted, a long benign document is flagged far more often than its parts. Chosen by the trainer
    /// (<c>train-injection</c>) on long documents that no model reading them was trained on: for each of the five
    /// folds of train, documents of 4–64 KB built from the fold's held-out benign texts, alone and with one of its
    /// held-out attacks in the middle, read by the fold's model; the smallest step in 0.05s at which no size flags more
    /// than 1 % of its benign documents (the card's <c>lengthDiscount</c>). At 0.45 (models `injection-lr/4/84343b498265` and `6fdbbeba4182`, one content head): 1, 0,
    /// 0 and 1 of 296 flagged at 4, 16, 32 and 64 KB, with 245, 227, 222 and 209 of 296 attacks found. The step of 0.25 used before had been chosen on
    /// documents of train's own texts, which the shipped model had learnt: on the held-out folds the texts' own reading
    /// flagged 3, 11, 15 and 19 of 296 at that step. Prompt mode has the same step since rule 2o (model
    /// `injection-lr/4/f269d081f677`), chosen for rule 2n's model on held-out texts of joined prompts by what the scorer
    /// adds to their rule evidence (evidence that recurs through a long text flags it at any step). For that model
    /// the folds would choose 0.50: at 0.45 the scorer alone flags 4 of 300 held-out 4 KB texts (1.3 %), 1 or
    /// none at 16–64 KB. The price of either: an attack inside a long pasted text is found less often.
    /// </summary>
    public static double DiscountStep(InjectionMode mode) => 0.45;

    /// <summary>The logit discount of a text of <paramref name="length"/> characters at <paramref name="step"/> per doubling.</summary>
    public static double LengthDiscount(int length, double step) =>
        length > DiscountFromChars ? step * Math.Log2((double)length / DiscountFromChars) : 0;

    public const string ResourceName = "Airs.Runtime.Detectors.Learned.injection-model.bin";

    private const string Magic = "AIRS-INJ";

    /// <summary>
    /// Per mode: weights, bias, Platt slope and intercept, the probability at which the scorer alone reports, and
    /// the probability rule evidence below <see cref="Injection.StrongEvidence"/> needs from the scorer to count (0:
    /// none; both chosen by the trainer on held-out folds of train), and the window and stride it reads the text in.
    /// </summary>
    public sealed record Head(float[] Weights, float Bias, float PlattA, float PlattB, float Threshold, float WeakEvidenceLevel, int Window, int Stride);

    public string Version { get; }

    public string DataSha256 { get; }

    public Head Prompt { get; }

    public Head Content { get; }

    public InjectionModel(string version, string dataSha256, Head prompt, Head content)
    {
        if (prompt.Weights.Length != InjectionFeatures.Buckets || content.Weights.Length != InjectionFeatures.Buckets)
        {
            throw new ArgumentException($"a head has {InjectionFeatures.Buckets} weights");
        }
        (Version, DataSha256, Prompt, Content) = (version, dataSha256, prompt, content);
    }

    private static readonly Lazy<InjectionModel> Shipped = new(LoadShipped);

    /// <summary>The model embedded in this assembly.</summary>
    public static InjectionModel Default => Shipped.Value;

    public Head For(InjectionMode mode) => mode == InjectionMode.Content ? Content : Prompt;

    /// <summary>
    /// The calibrated probability that the text is an injection, given the rules' evidence on it. A text of fewer than
    /// <see cref="MinWords"/> words is not read (<see cref="Readable"/>): its probability is the rules' strongest evidence.
    /// </summary>
    public double Probability(string text, InjectionMode mode, ImmutableArray<DetectorMatch> evidence)
    {
        if (!Readable(text))
        {
            return Injection.MaxScore(evidence);
        }
        var head = For(mode);
        return Calibrate(head, MaxWindowLogit(head, text, evidence) - LengthDiscount(text.Length, DiscountStep(mode)));
    }

    /// <summary>Fewest words a text needs before the scorer reads it.</summary>
    public const int MinWords = 3;

    /// <summary>
    /// Whether the text has <see cref="MinWords"/> words for the scorer to read. No train text has fewer, so on one
    /// word the scorer extrapolates from its bias and a word's class alone ("limits" read as a jailbreak's "no limits"
    /// scored 0.91); an instruction needs words, and the rules still judge short texts. A word is a run of letters,
    /// and each character of a script written without spaces (Chinese, Japanese, Thai, Lao, Khmer, Myanmar) counts as one.
    /// </summary>
    public static bool Readable(ReadOnlySpan<char> text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (c is (>= '\u2E80' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or (>= '\u0E00' and <= '\u0EFF')
                or (>= '\u1000' and <= '\u109F') or (>= '\u1780' and <= '\u17FF'))
            {
                inWord = false;
                words++;
            }
            else if (char.IsLetter(c))
            {
                words += inWord ? 0 : 1;
                inWord = true;
            }
            else
            {
                inWord = false;
            }
            if (words >= MinWords)
            {
                return true;
            }
        }
        return false;
    }

    public static double Calibrate(Head head, double logit) => 1.0 / (1.0 + Math.Exp(-(head.PlattA * logit + head.PlattB)));

    /// <summary>The logit of the strongest window: bias + the token contributions inside it + evidence overlapping it.</summary>
    public static double MaxWindowLogit(Head head, string text, ImmutableArray<DetectorMatch> evidence)
    {
        var sink = new ScoreSink(head.Weights, (text?.Length ?? 0) / 2 + 8);
        try
        {
            if (!string.IsNullOrEmpty(text))
            {
                InjectionFeatures.Extract(text, ref sink);
            }
            var n = sink.Count;
            var (window, stride) = (head.Window, head.Stride);
            if (n <= window)
            {
                return head.Bias + Sum(sink.Contributions, 0, n) * Scale(n) + Evidence(head, evidence, 0, int.MaxValue);
            }
            // The same windows as Windows(n), without an enumerator: every stride below n, then the one ending at n.
            var lookup = new EvidenceByStart(evidence);
            var best = double.NegativeInfinity;
            var last = window;
            Span<double> sums = stackalloc double[8];
            // Eight, then four windows at a time: independent chains of additions run side by side, and each window's
            // sum still adds its tokens one by one in order, so the bits are Sum's.
            for (; last + 7 * stride < n; last += 8 * stride)
            {
                EightSums(sink.Contributions.AsSpan(last - window, window + 7 * stride), sums, window, stride);
                for (var k = 0; k < sums.Length; k++)
                {
                    best = Math.Max(best, WindowLogit(head, sums[k], lookup, sink, last + k * stride));
                }
            }
            for (; last + 3 * stride < n; last += 4 * stride)
            {
                var (s0, s1, s2, s3) = FourSums(sink.Contributions.AsSpan(last - window, window + 3 * stride), window, stride);
                best = Math.Max(best, WindowLogit(head, s0, lookup, sink, last));
                best = Math.Max(best, WindowLogit(head, s1, lookup, sink, last + stride));
                best = Math.Max(best, WindowLogit(head, s2, lookup, sink, last + 2 * stride));
                best = Math.Max(best, WindowLogit(head, s3, lookup, sink, last + 3 * stride));
            }
            for (; last < n; last += stride)
            {
                best = Math.Max(best, WindowLogit(head, Sum(sink.Contributions, last - window, last), lookup, sink, last));
            }
            return Math.Max(best, WindowLogit(head, Sum(sink.Contributions, n - window, n), lookup, sink, n));
        }
        finally
        {
            sink.Return();
        }
    }

    /// <summary>The sums of four windows a stride apart, in one loop of independent additions (not inlined: in registers).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (double, double, double, double) FourSums(ReadOnlySpan<float> values, int window, int stride)
    {
        var a = values[..window];
        var b = values.Slice(stride, window);
        var c = values.Slice(2 * stride, window);
        var d = values.Slice(3 * stride, window);
        var (s0, s1, s2, s3) = (0.0, 0.0, 0.0, 0.0);
        for (var i = 0; i < a.Length; i++)
        {
            s0 += a[i];
            s1 += b[i];
            s2 += c[i];
            s3 += d[i];
        }
        return (s0, s1, s2, s3);
    }

    /// <summary><see cref="FourSums"/> for eight windows: eight chains, still within the sixteen vector registers.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void EightSums(ReadOnlySpan<float> values, Span<double> sums, int window, int stride)
    {
        var a = values[..window];
        var b = values.Slice(stride, window);
        var c = values.Slice(2 * stride, window);
        var d = values.Slice(3 * stride, window);
        var e = values.Slice(4 * stride, window);
        var f = values.Slice(5 * stride, window);
        var g = values.Slice(6 * stride, window);
        var h = values.Slice(7 * stride, window);
        var (s0, s1, s2, s3, s4, s5, s6, s7) = (0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0);
        for (var i = 0; i < a.Length; i++)
        {
            s0 += a[i];
            s1 += b[i];
            s2 += c[i];
            s3 += d[i];
            s4 += e[i];
            s5 += f[i];
            s6 += g[i];
            s7 += h[i];
        }
        (sums[0], sums[1], sums[2], sums[3], sums[4], sums[5], sums[6], sums[7]) = (s0, s1, s2, s3, s4, s5, s6, s7);
    }

    private static double WindowLogit(Head head, double sum, in EvidenceByStart evidence, in ScoreSink sink, int last) =>
        head.Bias + sum * Scale(head.Window) + evidence.Sum(head, sink.Starts[last - head.Window], sink.Ends[last - 1]);

    /// <summary>
    /// The character range [First, Last) of the window <see cref="MaxWindowLogit"/> takes, without evidence; empty for a
    /// text without tokens. Not the fast path: only for a decoded variant the scorer flagged, to place its span.
    /// </summary>
    public static (int First, int Last) StrongestWindow(Head head, string text)
    {
        var sink = new ScoreSink(head.Weights, text.Length / 2 + 8);
        try
        {
            InjectionFeatures.Extract(text, ref sink);
            if (sink.Count == 0)
            {
                return (0, 0);
            }
            var (best, first, last) = (double.NegativeInfinity, 0, sink.Count);
            foreach (var (from, to) in Windows(sink.Count, head.Window, head.Stride))
            {
                var sum = Sum(sink.Contributions, from, to);
                if (sum > best)
                {
                    (best, first, last) = (sum, from, to);
                }
            }
            return (sink.Starts[first], sink.Ends[last - 1]);
        }
        finally
        {
            sink.Return();
        }
    }

    /// <summary>Token indexes of the windows over <paramref name="tokens"/> tokens, as the scorer reads them.</summary>
    public static IEnumerable<(int First, int Last)> Windows(int tokens, int window, int stride)
    {
        if (tokens <= window)
        {
            yield return (0, tokens);
            yield break;
        }
        for (var last = window; ; last = Math.Min(last + stride, tokens))
        {
            yield return (last - window, last);
            if (last == tokens)
            {
                yield break;
            }
        }
    }

    /// <summary>Token features count 1/√tokens each, so a window's score does not grow with its length alone.</summary>
    public static float Scale(int tokens) => tokens == 0 ? 0 : 1 / MathF.Sqrt(tokens);

    private static double Sum(float[] values, int from, int to)
    {
        var sum = 0.0;
        for (var i = from; i < to; i++)
        {
            sum += values[i];
        }
        return sum;
    }

    private static double Evidence(Head head, ImmutableArray<DetectorMatch> evidence, int start, int end)
    {
        var sum = 0.0;
        foreach (var m in evidence)
        {
            // The scorer's own verdict on a decoded variant is not a rule's evidence.
            if (m.Start < end && m.End > start && !Injection.IsDecoded(m))
            {
                sum += Contribution(head, m);
            }
        }
        return sum;
    }

    /// <summary>What one piece of rule evidence adds to a window's logit: its score times its label's weight and the shared one.</summary>
    private static double Contribution(Head head, DetectorMatch m) =>
        m.Score * (head.Weights[InjectionFeatures.RuleBucket(m.Label)] + head.Weights[InjectionFeatures.AnyRuleBucket]);

    /// <summary>
    /// The evidence a window overlaps, found by start. <see cref="Injection.Find(string, InjectionMode)"/> returns it sorted by start, so what can
    /// reach into a window [start, end) begins after start minus the longest piece and before end; a text dense with
    /// markers (256 KB of <c>[INST]</c>: 43,690 pieces) otherwise cost every window a pass over all of them, quadratic in
    /// the text (0.9 s for 256 KB). The pieces are summed in the array's order, so a logit is the same to the bit;
    /// evidence in another order, or little of it, is read whole as before.
    /// </summary>
    private readonly struct EvidenceByStart
    {
        private const int ReadWhole = 8;
        private readonly ImmutableArray<DetectorMatch> _evidence;
        private readonly int _longest;

        public EvidenceByStart(ImmutableArray<DetectorMatch> evidence)
        {
            _evidence = evidence;
            _longest = -1;
            if (evidence.Length <= ReadWhole)
            {
                return;
            }
            var longest = 0;
            for (var i = 0; i < evidence.Length; i++)
            {
                if (i > 0 && evidence[i].Start < evidence[i - 1].Start)
                {
                    return;
                }
                longest = Injection.IsDecoded(evidence[i]) ? longest : Math.Max(longest, evidence[i].Length);
            }
            _longest = longest;
        }

        public double Sum(Head head, int start, int end)
        {
            if (_longest < 0)
            {
                return Evidence(head, _evidence, start, end);
            }
            // The first piece that starts after start - longest: one that starts at or before it ends by start.
            var (lo, hi) = (0, _evidence.Length);
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                (lo, hi) = _evidence[mid].Start > start - _longest ? (lo, mid) : (mid + 1, hi);
            }
            var sum = 0.0;
            for (var i = lo; i < _evidence.Length && _evidence[i].Start < end; i++)
            {
                var m = _evidence[i];
                if (m.End > start && !Injection.IsDecoded(m))
                {
                    sum += Contribution(head, m);
                }
            }
            return sum;
        }
    }

    /// <summary>Adds each token's weights into one contribution per token; buffers come from the pool.</summary>
    private struct ScoreSink(float[] weights, int capacity) : IFeatureSink
    {
        public float[] Contributions = ArrayPool<float>.Shared.Rent(capacity);
        public int[] Starts = ArrayPool<int>.Shared.Rent(capacity);
        public int[] Ends = ArrayPool<int>.Shared.Rent(capacity);
        public int Count;

        public void Token(int start, int end)
        {
            if (Count == Contributions.Length)
            {
                Grow();
            }
            Starts[Count] = start;
            Ends[Count] = end;
            Count++;
        }

        public readonly float Feature(int bucket) => weights[bucket];

        public readonly void Close(float weight) => Contributions[Count - 1] = weight;

        private void Grow()
        {
            var size = Contributions.Length * 2;
            var (c, s, e) = (ArrayPool<float>.Shared.Rent(size), ArrayPool<int>.Shared.Rent(size), ArrayPool<int>.Shared.Rent(size));
            Contributions.AsSpan(0, Count).CopyTo(c);
            Starts.AsSpan(0, Count).CopyTo(s);
            Ends.AsSpan(0, Count).CopyTo(e);
            Return();
            (Contributions, Starts, Ends) = (c, s, e);
        }

        public readonly void Return()
        {
            ArrayPool<float>.Shared.Return(Contributions);
            ArrayPool<int>.Shared.Return(Starts);
            ArrayPool<int>.Shared.Return(Ends);
        }
    }

    // ---- file format ------------------------------------------------------------------------------------------
    // "AIRS-INJ", format version, bits, version string, data SHA-256, then per mode (prompt, content): window tokens,
    // window stride, bias, Platt A, Platt B, threshold, weak-evidence level, 2^bits float32 weights. Little-endian (BinaryWriter).

    public void Write(Stream stream)
    {
        using var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        w.Write(Magic.ToCharArray());
        w.Write(FormatVersion);
        w.Write(InjectionFeatures.Bits);
        w.Write(Version);
        w.Write(DataSha256);
        foreach (var head in new[] { Prompt, Content })
        {
            w.Write(head.Window);
            w.Write(head.Stride);
            w.Write(head.Bias);
            w.Write(head.PlattA);
            w.Write(head.PlattB);
            w.Write(head.Threshold);
            w.Write(head.WeakEvidenceLevel);
            foreach (var weight in head.Weights)
            {
                w.Write(weight);
            }
        }
    }

    public static InjectionModel Read(Stream stream)
    {
        using var r = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (new string(r.ReadChars(Magic.Length)) != Magic)
        {
            throw new InvalidDataException("not an injection model");
        }
        var format = r.ReadInt32();
        var bits = r.ReadInt32();
        if (format != FormatVersion || bits != InjectionFeatures.Bits)
        {
            throw new InvalidDataException($"injection model format {format} ({bits} bits) does not match this runtime");
        }
        var version = r.ReadString();
        var hash = r.ReadString();
        var heads = new Head[2];
        for (var h = 0; h < 2; h++)
        {
            var (window, stride) = (r.ReadInt32(), r.ReadInt32());
            if (window < 1 || stride < 1 || stride > window)
            {
                throw new InvalidDataException($"injection model windows {window}/{stride} are not windows");
            }
            var (bias, a, b, threshold, weak) = (r.ReadSingle(), r.ReadSingle(), r.ReadSingle(), r.ReadSingle(), r.ReadSingle());
            var weights = new float[InjectionFeatures.Buckets];
            for (var i = 0; i < weights.Length; i++)
            {
                weights[i] = r.ReadSingle();
            }
            heads[h] = new Head(weights, bias, a, b, threshold, weak, window, stride);
        }
        return new InjectionModel(version, hash, heads[0], heads[1]);
    }

    private static InjectionModel LoadShipped()
    {
        using var stream = typeof(InjectionModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the embedded resource {ResourceName} is missing from Airs.Runtime");
        return Read(stream);
    }
}
