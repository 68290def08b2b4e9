using Airs.LanguageServer.Documents;
using Airs.LanguageServer.Protocol;
using CompilerDiagnostic = Airs.Compiler.Diagnostics.Diagnostic;
using CompilerSeverity = Airs.Compiler.Diagnostics.DiagnosticSeverity;

namespace Airs.LanguageServer.Analysis;

/// <summary>Turns compiler diagnostics into LSP ones, with the code linked to its entry in the diagnostics docs.</summary>
internal sealed class DiagnosticConverter(string docsBaseUri)
{
    public const string Source = "airs";

    public Diagnostic Convert(CompilerDiagnostic diagnostic, LineIndex lines) =>
        new(
            Range: lines.GetRange(diagnostic.Location.Span),
            Message: diagnostic.Help is null ? diagnostic.Message : $"{diagnostic.Message}\nhelp: {diagnostic.Help}",
            Severity: diagnostic.Severity switch
            {
                CompilerSeverity.Error => DiagnosticSeverity.Error,
                CompilerSeverity.Warning => DiagnosticSeverity.Warning,
                _ => DiagnosticSeverity.Information,
            },
            Code: diagnostic.Code,
            CodeDescription: new CodeDescription(DocsLink(diagnostic)),
            Source: Source);

    public string DocsLink(CompilerDiagnostic diagnostic) => $"{docsBaseUri}#{diagnostic.DocsAnchor}";

    public PublishDiagnosticsParams ToPublishParams(DocumentAnalysis analysis) =>
        new(
            analysis.Document.Uri,
            [.. analysis.Diagnostics.Select(d => Convert(d, analysis.Document.Lines))],
            analysis.Document.Version);
}
