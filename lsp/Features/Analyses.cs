using Airs.LanguageServer.Analysis;

namespace Airs.LanguageServer.Features;

internal static class Analyses
{
    /// <summary>The compiler's analysis of the document, or null when it is not open (or a test analyzer made it).</summary>
    public static async Task<CompiledAnalysis?> CompiledAsync(this Server.LanguageServer server, string uri, CancellationToken cancellationToken) =>
        await server.Analysis.GetAnalysisAsync(uri, cancellationToken).ConfigureAwait(false) as CompiledAnalysis;
}
