using System.Collections.Immutable;

namespace Airs.Compiler.Diagnostics;

/// <summary>A phase's reserved range of diagnostic codes, and the partial files of the catalog that declare them.</summary>
/// <param name="Name">As in the heading of the phase's part of <c>docs/diagnostics.md</c>.</param>
public sealed record DiagnosticPhase(string Name, int First, int Last, ImmutableArray<string> Files)
{
    public string Range => $"AIRS{First:0000}–AIRS{Last:0000}";

    public bool Contains(string code) =>
        code.Length == 8 && code.StartsWith("AIRS", StringComparison.Ordinal)
        && int.TryParse(code.AsSpan(4), out var number) && number >= First && number <= Last;
}
