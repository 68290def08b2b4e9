using System.Text;
using Airs.LanguageServer.Protocol;

namespace Airs.LanguageServer.Features;

/// <summary>
/// Hover over a problem explains it: message, help and a link to its documentation. Elsewhere the answer is null
/// until the compiler-backed hover (symbols, context fields) joins it.
/// </summary>
internal static class DiagnosticHover
{
    public static void Register(Server.LanguageServer server)
    {
        server.Advertise(c => c with { HoverProvider = true });
        server.Handlers.OnRequest<HoverParams, Hover?>("textDocument/hover", async (p, cancellationToken) =>
        {
            var analysis = await server.Analysis.GetAnalysisAsync(p.TextDocument.Uri, cancellationToken).ConfigureAwait(false);
            if (analysis is null)
            {
                return null;
            }
            var lines = analysis.Document.Lines;
            var offset = lines.GetOffset(p.Position);
            var hits = analysis.Diagnostics.Where(d => d.Location.Span.Touches(offset)).ToList();
            if (hits.Count == 0)
            {
                return null;
            }
            var text = new StringBuilder();
            foreach (var diagnostic in hits)
            {
                if (text.Length > 0)
                {
                    text.Append("\n\n---\n\n");
                }
                text.Append($"**{diagnostic.Severity.ToString().ToLowerInvariant()} [{diagnostic.Code}]({server.Diagnostics.DocsLink(diagnostic)})**: {diagnostic.Message}");
                if (diagnostic.Help is not null)
                {
                    text.Append($"\n\n{diagnostic.Help}");
                }
            }
            return new Hover(MarkupContent.FromMarkdown(text.ToString()), lines.GetRange(hits[0].Location.Span));
        });
    }
}
