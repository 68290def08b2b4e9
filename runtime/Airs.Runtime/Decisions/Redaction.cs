namespace Airs.Runtime.Decisions;

/// <summary>Replace <paramref name="Length"/> characters of <paramref name="Field"/> at <paramref name="Start"/>.</summary>
public sealed record Redaction(string Field, int Start, int Length, string Replacement);
