namespace Airs.Runtime.Detectors;

/// <summary>
/// How long a piece of pattern's matches can be, counted as the injection scan counts reach (<see cref="LiteralGate.Reading.Regions"/>):
/// each character one, except that a character that is neither a letter nor a digit (a gap) right after another
/// counts none, so a run of gaps counts one at most. <see cref="Longest"/> is <see cref="int.MaxValue"/> when a
/// repetition has no bound; <see cref="GapsOnly"/> says every match is a run of gaps (then it counts one at most,
/// however long it is: <c>[^\p{L}\p{N}]*</c>).
/// </summary>
internal readonly record struct MatchExtent
{
    public const int Unbounded = int.MaxValue;

    private MatchExtent(int longest, bool gapsOnly) => (Longest, GapsOnly) = (gapsOnly ? Math.Min(longest, 1) : longest, gapsOnly);

    public int Longest { get; }

    public bool GapsOnly { get; }

    /// <summary>Matches of any length: nothing is known.</summary>
    public static readonly MatchExtent Unknown = new(Unbounded, gapsOnly: false);

    /// <summary>The empty match of an anchor or an empty group.</summary>
    public static readonly MatchExtent Empty = new(0, gapsOnly: true);

    /// <summary>One character that may be a letter or a digit.</summary>
    public static readonly MatchExtent AnyChar = new(1, gapsOnly: false);

    /// <summary>One character that is never a letter or a digit.</summary>
    public static readonly MatchExtent GapChar = new(1, gapsOnly: true);

    /// <summary>A character as the gap count reads it (<see cref="char.IsLetterOrDigit(char)"/>, as the regions do).</summary>
    public static bool IsGap(char c) => !char.IsLetterOrDigit(c);

    public static MatchExtent Of(string literal) => new(literal.Length, literal.All(IsGap));

    public static MatchExtent Of(IEnumerable<string> literals) => literals.Select(Of).Aggregate(Empty, Either);

    /// <summary>One piece, then the other: the counts add (two runs of gaps side by side are one run: still counted at most one).</summary>
    public static MatchExtent Then(MatchExtent first, MatchExtent second) =>
        new((int)Math.Min(Unbounded, (long)first.Longest + second.Longest), first.GapsOnly && second.GapsOnly);

    public static MatchExtent Either(MatchExtent a, MatchExtent b) => new(Math.Max(a.Longest, b.Longest), a.GapsOnly && b.GapsOnly);

    /// <summary>The piece repeated up to <paramref name="max"/> times (<see cref="Unbounded"/>: no bound).</summary>
    public static MatchExtent Repeated(MatchExtent piece, int max) =>
        piece.GapsOnly || piece.Longest == 0 ? piece
        : new(max == Unbounded ? Unbounded : (int)Math.Min(Unbounded, (long)piece.Longest * max), gapsOnly: false);
}
