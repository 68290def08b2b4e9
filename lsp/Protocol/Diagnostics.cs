namespace Airs.LanguageServer.Protocol;

public enum DiagnosticSeverity
{
    Error = 1,
    Warning = 2,
    Information = 3,
    Hint = 4,
}

public enum DiagnosticTag
{
    Unnecessary = 1,
    Deprecated = 2,
}

/// <summary>Where a diagnostic's code is documented (rendered as a link by editors).</summary>
public sealed record CodeDescription(string Href);

public sealed record DiagnosticRelatedInformation(Location Location, string Message);

public sealed record Diagnostic(
    Range Range,
    string Message,
    DiagnosticSeverity? Severity = null,
    string? Code = null,
    CodeDescription? CodeDescription = null,
    string? Source = null,
    IReadOnlyList<DiagnosticTag>? Tags = null,
    IReadOnlyList<DiagnosticRelatedInformation>? RelatedInformation = null);

public sealed record PublishDiagnosticsParams(string Uri, IReadOnlyList<Diagnostic> Diagnostics, int? Version = null);
