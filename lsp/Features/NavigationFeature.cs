using Airs.Compiler.Syntax;
using Airs.LanguageServer.Analysis;
using Airs.LanguageServer.Protocol;
using Airs.LanguageServer.Workspace;

namespace Airs.LanguageServer.Features;

/// <summary>Go to definition (names and `use "./file.airs"`) and find references, across used and open files.</summary>
internal static class NavigationFeature
{
    public static void Register(Server.LanguageServer server)
    {
        server.Advertise(c => c with { DefinitionProvider = true, ReferencesProvider = true });
        server.Handlers
            .OnRequest<DefinitionParams, Location[]?>("textDocument/definition", async (p, cancellationToken) =>
            {
                var analysis = await server.CompiledAsync(p.TextDocument.Uri, cancellationToken).ConfigureAwait(false);
                return analysis is null ? null : Definition(server, analysis, analysis.OffsetOf(p.Position));
            })
            .OnRequest<ReferenceParams, Location[]?>("textDocument/references", async (p, cancellationToken) =>
            {
                var analysis = await server.CompiledAsync(p.TextDocument.Uri, cancellationToken).ConfigureAwait(false);
                if (analysis is null || analysis.Model.SymbolAt(analysis.Root.Source, analysis.OffsetOf(p.Position)) is not { } symbol)
                {
                    return null;
                }
                var found = await SymbolLocations.FindAsync(server, analysis, symbol, p.Context.IncludeDeclaration, cancellationToken).ConfigureAwait(false);
                return [.. found];
            });
    }

    private static Location[]? Definition(Server.LanguageServer server, CompiledAnalysis analysis, int offset)
    {
        if (analysis.Model.SymbolAt(analysis.Root.Source, offset) is { } symbol)
        {
            return analysis.ToLocation(symbol.NameLocation, server.Documents) is { } location ? [location] : null;
        }
        // `use "./common.airs"` leads to the top of that file.
        if (SyntaxQueries.TokenAt(analysis.Root, offset) is { Kind: SyntaxKind.String, Value: string relative } token
            && SyntaxNavigator.InnermostAt<UseItemSyntax>(analysis.Root.Root, token.Span.Start) is { Path: { } path } && path == token)
        {
            var directory = Path.GetDirectoryName(analysis.Root.Source.Path) ?? ".";
            var target = Path.GetFullPath(Path.Combine(directory, relative));
            if (analysis.Compilation.Trees.Any(t => t.Source.Path == target) && DocumentPaths.UriOf(target, server.Documents) is { } uri)
            {
                var start = new Position(0, 0);
                return [new Location(uri, new Protocol.Range(start, start))];
            }
        }
        return null;
    }
}
