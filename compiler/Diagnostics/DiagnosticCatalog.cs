namespace Airs.Compiler.Diagnostics;

/// <summary>
/// Every diagnostic the compiler can report, one method each, with a stable code. The catalog is
/// split by phase into partial files with reserved code ranges:
/// <list type="bullet">
/// <item>AIRS0001–AIRS0099: lexing and parsing (DiagnosticCatalog.Parsing.cs)</item>
/// <item>AIRS0100–AIRS0299: binding and type checking (DiagnosticCatalog.Binding.cs; declared values
/// AIRS0160–AIRS0169 in DiagnosticCatalog.Values.cs; quantifiers and lists AIRS0170–AIRS0179 in DiagnosticCatalog.Lists.cs)</item>
/// <item>AIRS0350–AIRS0399: emission (DiagnosticCatalog.Emit.cs)</item>
/// </list>
/// A test checks by reflection that no code is used twice and that each is documented in docs/diagnostics.md.
/// </summary>
public static partial class DiagnosticCatalog
{
    private static Diagnostic Error(string code, Location location, string message, string? help = null) =>
        new(code, DiagnosticSeverity.Error, message, location, help);

    private static Diagnostic Warning(string code, Location location, string message, string? help = null) =>
        new(code, DiagnosticSeverity.Warning, message, location, help);

    private static Diagnostic Info(string code, Location location, string message, string? help = null) =>
        new(code, DiagnosticSeverity.Info, message, location, help);
}
