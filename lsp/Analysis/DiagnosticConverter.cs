using Airs.LanguageServer.Documents;
using Airs.LanguageServer.Protocol;
using CompilerDiagnostic = Airs.Compiler.Diagnostics.Diagnostic;
using CompilerSeverity = Airs.Compiler.Diagnostics.DiagnosticSeverity;

namespace Airs.LanguageServer.Analysis;

/// <summary>
/// Turns compiler diagnostics into LSP ones: the code linked to its entry in the diagnostics docs, and the help both
/// in the message (editors that ignore related information still show it) and as related information at the problem.
/// </summary>
internal sealed class DiagnosticConverter(string docsBaseUri)
{
    public const string Source = "airs";

    public Diagnostic Convert(CompilerDiagnostic diagnostic, LineIndex lines, string uri)
    {
        var range = lines.GetRange(diagnostic.Location.Span);
        return new(
            Range: range,
            Message: diagnostic.Help is null ? diagnostic.Message : $"{diagnostic.Message}\nhelp: {diagnostic.Help}",
            Severity: diagnostic.Severity switch
            {
                CompilerSeverity.Error => DiagnosticSeverity.Error,
                CompilerSeverity.Warning => DiagnosticSeverity.Warning,
                _ => DiagnosticSeverity.Information,
            },
            Code: diagnostic.Code,
            CodeDescription: new CodeDescription(DocsLink(diagnostic)),
            Source: Source,
            RelatedInformation: diagnostic.Help is null ? null : [new DiagnosticRelatedInformation(new Location(uri, range), $"help: {diagnostic.Help}")]);
    }

    public string DocsLink(CompilerDiagnostic diagnostic) => $"{docsBaseUri}#{diagnostic.DocsAnchor}";

    public PublishDiagnosticsParams ToPublishParams(DocumentAnalysis analysis) =>
        new(
            analysis.Document.Uri,
            [.. analysis.Diagnostics.Select(d => Convert(d, analysis.Document.Lines, analysis.Document.Uri))],
            analysis.Document.Version);
}
