using System.Collections.Immutable;
using Airs.Runtime.Detectors;

namespace Airs.Runtime.Functions;

/// <summary>
/// The value of a <c>spans</c> expression: a detector's matches over one text. <paramref name="Field"/> is the
/// context path the text came from (<c>""</c> when it was computed), so the matches can become redactions.
/// </summary>
public readonly record struct Spans(string Field, string Text, ImmutableArray<DetectorMatch> Matches)
{
    public static Spans None(string field, string text) => new(field, text, []);

    public int Count => Matches.IsDefault ? 0 : Matches.Length;

    public bool IsEmpty => Count == 0;
}
