using System.Globalization;
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
        var head = InjectionModel.Default.For(mode);
        var sink = new ContributionSink(head.Weights);
        InjectionFeatures.Extract(text, ref sink);
        var n = sink.Contributions.Count;
        var (first, last) = InjectionModel.StrongestWindow(head, text);
        var tokens = Enumerable.Range(0, n).Where(i => sink.Starts[i] >= first && sink.Ends[i] <= last).ToList();
        var scale = InjectionModel.Scale(Math.Min(n, head.Window));
        var logit = head.Bias + tokens.Sum(i => sink.Contributions[i]) * scale;
        output.WriteLine($"  window [{first},{last}) logit {Format(logit)} (bias {Format(head.Bias)}): {text[first..last].ReplaceLineEndings(" ")}");
        foreach (var i in tokens.OrderByDescending(i => Math.Abs(sink.Contributions[i])).Take(8))
        {
            output.WriteLine($"    {Format(sink.Contributions[i] * scale),7} {text[sink.Starts[i]..sink.Ends[i]]}");
        }
    }

    /// <summary>Every window's logit (bias + scaled sum, no evidence), as the shipped head reads the text; for studies.</summary>
    public static double[] WindowLogits(string text, InjectionMode mode)
    {
        var head = InjectionModel.Default.For(mode);
        var sink = new ContributionSink(head.Weights);
        InjectionFeatures.Extract(text, ref sink);
        var n = sink.Contributions.Count;
        var scale = InjectionModel.Scale(Math.Min(n, head.Window));
        return [.. InjectionModel.Windows(n, head.Window, head.Stride).Select(w => head.Bias + Enumerable.Range(w.First, w.Last - w.First).Sum(i => (double)sink.Contributions[i]) * scale)];
    }

    private static string Format(double x) => x.ToString("F3", CultureInfo.InvariantCulture);

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
