using Airs.Compiler.Binding;
using Airs.LanguageServer.Analysis;
using Airs.LanguageServer.Protocol;
using SymbolKind = Airs.Compiler.Binding.SymbolKind;

namespace Airs.LanguageServer.Features;

/// <summary>
/// Finds every place a declared name is written, across the document's compilation and the compilations of the
/// other open documents (a name declared in a used file is referenced from every document that uses it).
/// </summary>
internal static class SymbolLocations
{
    /// <summary>A symbol's identity that survives across compilations: where and what it declares.</summary>
    private static (string Path, Compiler.Text.TextSpan Span, SymbolKind Kind) KeyOf(Symbol symbol) =>
        (symbol.NameLocation.Source.Path, symbol.NameLocation.Span, symbol.Kind);

    public static async Task<List<Location>> FindAsync(
        Server.LanguageServer server, CompiledAnalysis analysis, Symbol symbol, bool includeDeclaration, CancellationToken cancellationToken)
    {
        var key = KeyOf(symbol);
        var others = await server.Analysis.GetAllAnalysesAsync(cancellationToken).ConfigureAwait(false);
        var locations = new List<Location>();
        foreach (var compiled in others.OfType<CompiledAnalysis>().Prepend(analysis))
        {
            var match = compiled.Model.Symbols.FirstOrDefault(s => KeyOf(s) == key);
            if (match is null)
            {
                continue;
            }
            foreach (var location in compiled.Model.LocationsOf(match))
            {
                var isDeclaration = location.Source.Path == key.Path && location.Span == key.Span;
                if ((includeDeclaration || !isDeclaration) && compiled.ToLocation(location, server.Documents) is { } converted && !locations.Contains(converted))
                {
                    locations.Add(converted);
                }
            }
        }
        return locations;
    }
}
