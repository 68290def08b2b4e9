using Airs.LanguageServer.Documents;

namespace Airs.LanguageServer.Analysis;

/// <summary>
/// The seam where the compiler plugs into the server: turn one document snapshot into an analysis. Called off the
/// message loop, possibly for several snapshots at once; the token is cancelled when a newer version supersedes the
/// snapshot or the client closes it.
/// </summary>
public interface IDocumentAnalyzer
{
    ValueTask<DocumentAnalysis> AnalyzeAsync(DocumentSnapshot document, CancellationToken cancellationToken);
}
