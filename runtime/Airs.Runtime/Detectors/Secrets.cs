using System.Collections.Immutable;

namespace Airs.Runtime.Detectors;

/// <summary>Secret detection. SEED: replaced by the detectors work (issue 9).</summary>
public static class Secrets
{
    public static bool Found(string text) => !Find(text).IsEmpty;

    public static ImmutableArray<DetectorMatch> Find(string text)
    {
        var i = text.IndexOf("AKIA", StringComparison.Ordinal);
        return i < 0 || i + 20 > text.Length ? [] : [new DetectorMatch(i, 20, "aws_access_key")];
    }
}
