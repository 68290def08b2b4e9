using Airs.LanguageServer.Documents;

namespace Airs.LanguageServer.Analysis;

/// <summary>The analyzer used until the compiler is wired in: every document is clean.</summary>
public sealed class NoDiagnosticsAnalyzer : IDocumentAnalyzer
{
    public ValueTask<DocumentAnalysis> AnalyzeAsync(DocumentSnapshot document, CancellationToken cancellationToken) =>
        ValueTask.FromResult(DocumentAnalysis.Empty(document));
}
