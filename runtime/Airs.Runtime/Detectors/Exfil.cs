using System.Collections.Immutable;

namespace Airs.Runtime.Detectors;

/// <summary>Exfiltration through links and images. SEED: replaced by the detectors work (issue 9).</summary>
public static class Exfil
{
    public static bool Found(string text, IReadOnlyList<string> allowedDomains) => !Find(text, allowedDomains).IsEmpty;

    public static ImmutableArray<DetectorMatch> Find(string text, IReadOnlyList<string> allowedDomains) => [];
}
