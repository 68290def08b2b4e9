namespace Airs.Runtime.Detectors;

/// <summary>A match in the text a detector scanned. <paramref name="Score"/> is the detector's confidence in 0–1.</summary>
public readonly record struct DetectorMatch(int Start, int Length, string Label, double Score = 1.0)
{
    public int End => Start + Length;
}
