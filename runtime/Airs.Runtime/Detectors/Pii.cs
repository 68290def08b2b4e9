using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Airs.Runtime.Detectors;

/// <summary>PII detection. SEED IMPLEMENTATION: email only, replaced by the detectors work (issue 9).</summary>
public static class Pii
{
    private static readonly Regex EmailPattern = new(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    public static bool Found(string text, PiiKinds kinds) => !Find(text, kinds).IsEmpty;

    public static ImmutableArray<DetectorMatch> Find(string text, PiiKinds kinds)
    {
        if ((kinds & PiiKinds.Email) == 0)
        {
            return [];
        }
        var matches = ImmutableArray.CreateBuilder<DetectorMatch>();
        foreach (var m in EmailPattern.EnumerateMatches(text))
        {
            matches.Add(new DetectorMatch(m.Index, m.Length, "email"));
        }
        return matches.ToImmutable();
    }
}
