using System.Collections.Immutable;

namespace Airs.Compiler.Diagnostics;

/// <summary>
/// Every diagnostic the compiler can report, one method each, with a stable code. The catalog is
/// split by phase into partial files with reserved code ranges (<see cref="Phases"/>).
/// Tests check by reflection that no code is used twice, that each code is in the range of the phase whose
/// file declares it, and that each is documented in docs/diagnostics.md.
/// </summary>
public static partial class DiagnosticCatalog
{
    /// <summary>The phases' reserved code ranges and the partial files that declare their diagnostics.</summary>
    public static readonly ImmutableArray<DiagnosticPhase> Phases =
    [
        new("Parsing", 1, 99, ["DiagnosticCatalog.Parsing.cs"]),
        new("Binding and type checking", 100, 299, ["DiagnosticCatalog.Binding.cs", "DiagnosticCatalog.Values.cs", "DiagnosticCatalog.Lists.cs",
            "DiagnosticCatalog.Limits.cs", "DiagnosticCatalog.Judges.cs", "DiagnosticCatalog.Agents.cs",
            "DiagnosticCatalog.Intents.cs"]),
        new("Emitter diagnostics", 350, 399, ["DiagnosticCatalog.Emit.cs"]),
    ];

    private static Diagnostic Error(string code, Location location, string message, string? help = null) =>
        new(code, DiagnosticSeverity.Error, message, location, help);

    private static Diagnostic Warning(string code, Location location, string message, string? help = null) =>
        new(code, DiagnosticSeverity.Warning, message, location, help);
}
