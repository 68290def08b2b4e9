namespace Airs.Runtime.Decisions;

/// <summary>One control evaluated for a decision, fired or not, in evaluation order.</summary>
public sealed record TraceEntry(string Control, Layer Layer, bool Fired, string Detail);
