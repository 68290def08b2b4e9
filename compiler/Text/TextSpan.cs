namespace Airs.Compiler.Text;

/// <summary>A range of UTF-16 code units in a source text.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    public bool Contains(int position) => position >= Start && position < End;

    /// <summary>True when <paramref name="position"/> is inside or at the end (as an editor caret is).</summary>
    public bool Touches(int position) => position >= Start && position <= End;

    public override string ToString() => $"[{Start}..{End})";
}
