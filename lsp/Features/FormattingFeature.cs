using Airs.Compiler.Formatting;
using Airs.LanguageServer.Protocol;

namespace Airs.LanguageServer.Features;

/// <summary>Formatting is `airs fmt`: one edit replacing the whole document, none when it is already formatted or has syntax errors.</summary>
internal static class FormattingFeature
{
    public static void Register(Server.LanguageServer server)
    {
        server.Advertise(c => c with { DocumentFormattingProvider = true });
        server.Handlers.OnRequest<DocumentFormattingParams, TextEdit[]?>("textDocument/formatting", async (p, cancellationToken) =>
        {
            var analysis = await server.CompiledAsync(p.TextDocument.Uri, cancellationToken).ConfigureAwait(false);
            if (analysis is null)
            {
                return null;
            }
            var text = analysis.Document.Text;
            var formatted = Formatter.Format(analysis.Root);
            if (formatted is null || formatted == text)
            {
                return [];
            }
            var lines = analysis.Document.Lines;
            return [new TextEdit(new Protocol.Range(new Position(0, 0), lines.GetPosition(text.Length)), formatted)];
        });
    }
}
