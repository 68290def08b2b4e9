using Airs.Compiler.Syntax;
using Airs.LanguageServer.Documents;
using Airs.LanguageServer.Protocol;

namespace Airs.LanguageServer.Features;

/// <summary>The outline: each policy or pack with its declarations (PACE states under `pace`).</summary>
internal static class DocumentSymbolsFeature
{
    public static void Register(Server.LanguageServer server)
    {
        server.Advertise(c => c with { DocumentSymbolProvider = true });
        server.Handlers.OnRequest<DocumentSymbolParams, DocumentSymbol[]?>("textDocument/documentSymbol", async (p, cancellationToken) =>
        {
            var analysis = await server.CompiledAsync(p.TextDocument.Uri, cancellationToken).ConfigureAwait(false);
            return analysis is null ? null : [.. analysis.Root.Root.Members.Select(m => Outline(m, analysis.Document.Lines)).OfType<DocumentSymbol>()];
        });
    }

    private static DocumentSymbol? Outline(ItemSyntax item, LineIndex lines)
    {
        var (name, kind, detail) = item switch
        {
            PolicyDeclarationSyntax p => (p.Name.Text, p.IsPack ? SymbolKind.Package : SymbolKind.Namespace, p.Keyword.Text),
            GuardDeclarationSyntax g => (g.Name.Text, SymbolKind.Function, $"guard on {g.Stage.Text}"),
            JudgeDeclarationSyntax j => (j.Name.Text, SymbolKind.Method, $"judge on {j.Stage.Text}"),
            ReviewDeclarationSyntax r => (r.Name.Text, SymbolKind.Interface, "review"),
            BreakerDeclarationSyntax b => (b.Name.Text, SymbolKind.Event, "breaker"),
            ToolDeclarationSyntax t => (t.Name.Value as string ?? t.Name.Text, SymbolKind.Property, "tool"),
            AgentDeclarationSyntax a => (a.Name.Text, SymbolKind.Class, "agent"),
            PaceDeclarationSyntax => ("pace", SymbolKind.Enum, "degradation plan"),
            PaceStateSyntax s => (s.Keyword.Text, SymbolKind.EnumMember, s.ManualKeyword is not null ? "manual" : "PACE level"),
            TestDeclarationSyntax t => (t.Name.Value as string ?? t.Name.Text, SymbolKind.Constant, "test"),
            _ => (null, SymbolKind.Null, null),
        };
        if (string.IsNullOrEmpty(name) || item is not DeclarationSyntax declaration)
        {
            return null;
        }
        var nameSpan = item switch
        {
            PolicyDeclarationSyntax p => p.Name.Span,
            GuardDeclarationSyntax g => g.Name.Span,
            JudgeDeclarationSyntax j => j.Name.Span,
            ReviewDeclarationSyntax r => r.Name.Span,
            BreakerDeclarationSyntax b => b.Name.Span,
            ToolDeclarationSyntax t => t.Name.Span,
            AgentDeclarationSyntax a => a.Name.Span,
            TestDeclarationSyntax t => t.Name.Span,
            _ => declaration.Keyword.Span,
        };
        var children = declaration.Body.Items.Select(i => Outline(i, lines)).OfType<DocumentSymbol>().ToList();
        return new DocumentSymbol(name, kind, lines.GetRange(declaration.Span), lines.GetRange(nameSpan), detail, children.Count > 0 ? children : null);
    }
}
