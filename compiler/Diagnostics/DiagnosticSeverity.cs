using Airs.Runtime.Policy;

namespace Airs.Compiler.Diagnostics;

public enum DiagnosticSeverity
{
    Error,
    Warning,
    Info,
}

public static class DiagnosticSeverities
{
    public static readonly KeywordTable<DiagnosticSeverity> Table = new(
        (DiagnosticSeverity.Error, "error"), (DiagnosticSeverity.Warning, "warning"), (DiagnosticSeverity.Info, "info"));

    public static string ToKeyword(this DiagnosticSeverity severity) => Table.ToKeyword(severity);
}
