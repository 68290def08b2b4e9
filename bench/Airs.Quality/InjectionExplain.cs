using Airs.Runtime.Detectors;

namespace Airs.Quality;

/// <summary>
/// A probe for studying why the scorer flags a text: the strongest window of the shipped head and each token's
/// contribution to its logit (already scaled by 1/√window), largest first. Diagnostic only; reads no data file.
/// </summary>
internal static class InjectionExplain
{
    public static void Print(string text, InjectionMode mode, TextWriter output)
    {
        var (head, sink, windows, logits) = Read(text, mode);
        if (windows.Count == 0)
        {
            output.WriteLine($"  window [0,0) logit {Probes.F3(head.Bias)} (bias {Probes.F3(head.Bias)}): ");
            return;
        }
        // The first strongest window, as InjectionModel.StrongestWindow picks it (evidence left out).
        var strongest = Array.IndexOf(logits, logits.Max());
        var (first, last) = windows[strongest];
        var scale = Scale(head, sink);
        var span = (Start: sink.Starts[first], End: sink.Ends[last - 1]);
        output.WriteLine($"  window [{span.Start},{span.End}) logit {Probes.F3(logits[strongest])} (bias {Probes.F3(head.Bias)}): {text[span.Start..span.End].ReplaceLineEndings(" ")}");
        foreach (var i in Enumerable.Range(first, last - first).OrderByDescending(i => Math.Abs(sink.Contributions[i])).Take(8))
        {
            output.WriteLine($"    {Probes.F3(sink.Contributions[i] * scale),7} {text[sink.Starts[i]..sink.Ends[i]]}");
        }
    }

    /// <summary>Every window's logit (bias + scaled sum, no evidence) and the tokens it covers, for studies of how a window relates to its document.</summary>
    public static (double[] Logits, string[][] Tokens) WindowTokens(string text, InjectionMode mode)
    {
        var (_, sink, windows, logits) = Read(text, mode);
        return (logits, [.. windows.Select(w => Enumerable.Range(w.First, w.Last - w.First).Select(i => text[sink.Starts[i]..sink.Ends[i]].ToLowerInvariant()).ToArray())]);
    }

    /// <summary>Every window's logit (bias + scaled sum, no evidence), as the shipped head reads the text; for studies.</summary>
    public static double[] WindowLogits(string text, InjectionMode mode) => Read(text, mode).Logits;

    /// <summary>The text's token contributions under the shipped head, its windows and their logits, read once.</summary>
    private static (InjectionModel.Head Head, ContributionSink Sink, List<(int First, int Last)> Windows, double[] Logits) Read(string text, InjectionMode mode)
    {
        var head = InjectionModel.Default.For(mode);
        var sink = new ContributionSink(head.Weights);
        InjectionFeatures.Extract(text, ref sink);
        var n = sink.Contributions.Count;
        var windows = n == 0 ? [] : InjectionModel.Windows(n, head.Window, head.Stride).ToList();
        var scale = Scale(head, sink);
        var logits = windows.Select(w => head.Bias + Enumerable.Range(w.First, w.Last - w.First).Sum(i => (double)sink.Contributions[i]) * scale).ToArray();
        return (head, sink, windows, logits);
    }

    /// <summary>Token features count 1/√tokens of the window, as the scorer weighs them.</summary>
    private static float Scale(InjectionModel.Head head, ContributionSink sink) => InjectionModel.Scale(Math.Min(sink.Contributions.Count, head.Window));

    private struct ContributionSink(float[] weights) : IFeatureSink
    {
        public readonly List<float> Contributions = [];
        public readonly List<int> Starts = [];
        public readonly List<int> Ends = [];

        public readonly void Token(int start, int end)
        {
            Contributions.Add(0);
            Starts.Add(start);
            Ends.Add(end);
        }

        public readonly float Feature(int bucket) => weights[bucket];

        public readonly void Close(float weight) => Contributions[^1] = weight;
    }
}
