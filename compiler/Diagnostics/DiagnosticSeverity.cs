namespace Airs.Compiler.Diagnostics;

public enum DiagnosticSeverity
{
    Error,
    Warning,
    Info,
}
