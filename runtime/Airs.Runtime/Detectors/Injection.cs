using System.Collections.Immutable;

namespace Airs.Runtime.Detectors;

/// <summary>Prompt-injection detection. SEED: replaced by the detectors work (issue 9).</summary>
public static class Injection
{
    /// <summary>The default threshold at which <see cref="Found"/> reports an injection.</summary>
    public const double Threshold = 0.5;

    public static double Score(string text) => Find(text).Select(m => m.Score).DefaultIfEmpty(0).Max();

    public static bool Found(string text) => Score(text) >= Threshold;

    public static ImmutableArray<DetectorMatch> Find(string text)
    {
        var i = text.IndexOf("ignore previous instructions", StringComparison.OrdinalIgnoreCase);
        return i < 0 ? [] : [new DetectorMatch(i, 28, "ignore-instructions", 0.95)];
    }
}
