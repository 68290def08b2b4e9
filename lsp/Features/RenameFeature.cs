using System.Text.RegularExpressions;
using Airs.Compiler.Binding;
using Airs.Compiler.Syntax;
using Airs.LanguageServer.Analysis;
using Airs.LanguageServer.JsonRpc;
using Airs.LanguageServer.Protocol;
using SymbolKind = Airs.Compiler.Binding.SymbolKind;

namespace Airs.LanguageServer.Features;

/// <summary>
/// Rename of guards, judges, reviews, breakers and agents: the declaration and every reference, in this document,
/// the files it uses and the open documents that use them. prepareRename answers null anywhere else.
/// </summary>
internal static partial class RenameFeature
{
    private static readonly SymbolKind[] Renamable = [SymbolKind.Guard, SymbolKind.Judge, SymbolKind.Review, SymbolKind.Breaker, SymbolKind.Agent];

    public static void Register(Server.LanguageServer server)
    {
        server.Advertise(c => c with { RenameProvider = new RenameOptions(PrepareProvider: true) });
        server.Handlers
            .OnRequest<PrepareRenameParams, PrepareRenameResult?>("textDocument/prepareRename", async (p, cancellationToken) =>
            {
                var analysis = await server.CompiledAsync(p.TextDocument.Uri, cancellationToken).ConfigureAwait(false);
                if (analysis is null || Target(analysis, analysis.OffsetOf(p.Position)) is not { } target)
                {
                    return null;
                }
                return new PrepareRenameResult(analysis.Document.Lines.GetRange(target.Token.Span), target.Symbol.Name);
            })
            .OnRequest<RenameParams, WorkspaceEdit?>("textDocument/rename", async (p, cancellationToken) =>
            {
                var analysis = await server.CompiledAsync(p.TextDocument.Uri, cancellationToken).ConfigureAwait(false);
                if (analysis is null)
                {
                    return null;
                }
                if (Target(analysis, analysis.OffsetOf(p.Position)) is not { } target)
                {
                    throw new JsonRpcException(ErrorCodes.RequestFailed, "only guards, judges, reviews, breakers and agents can be renamed");
                }
                var newName = p.NewName.Trim();
                if (!Identifier().IsMatch(newName) || SyntaxFacts.KeywordKind(newName) != SyntaxKind.Identifier)
                {
                    throw new JsonRpcException(ErrorCodes.RequestFailed, $"`{newName}` is not a valid name");
                }
                if (newName != target.Symbol.Name && analysis.Model.Symbols.Any(s => Renamable.Contains(s.Kind) && s.Name == newName))
                {
                    throw new JsonRpcException(ErrorCodes.RequestFailed, $"`{newName}` is already declared");
                }
                var locations = await SymbolLocations.FindAsync(server, analysis, target.Symbol, includeDeclaration: true, cancellationToken).ConfigureAwait(false);
                var changes = locations.GroupBy(l => l.Uri, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => (IReadOnlyList<TextEdit>)[.. g.Select(l => new TextEdit(l.Range, newName))], StringComparer.Ordinal);
                return new WorkspaceEdit(changes);
            });
    }

    private sealed record RenameTarget(Symbol Symbol, SyntaxToken Token);

    private static RenameTarget? Target(CompiledAnalysis analysis, int offset)
    {
        if (SyntaxQueries.TokenAt(analysis.Root, offset) is not { Kind: SyntaxKind.Identifier } token)
        {
            return null;
        }
        var symbol = analysis.Model.SymbolAt(analysis.Root.Source, token.Span.Start);
        // Names declared in a standard pack are not the user's to rename.
        return symbol is not null && Renamable.Contains(symbol.Kind) && !symbol.NameLocation.Source.Path.StartsWith(StandardLibrary.VirtualRoot + "/", StringComparison.Ordinal)
            ? new RenameTarget(symbol, token)
            : null;
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();
}
