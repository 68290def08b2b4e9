using System.Collections.Immutable;
using Airs.Compiler.Semantics;
using Airs.Compiler.Syntax;
using Airs.Compiler.Text;

namespace Airs.Compiler.Binding;

/// <summary>
/// What the binder learned about the policy, for the hosts that need more than the IR: the language
/// server's hover, go-to-definition, references, rename and completion.
/// </summary>
public sealed class SemanticModel
{
    internal SemanticModel(ImmutableArray<Symbol> symbols, ImmutableArray<SymbolReference> references, ImmutableDictionary<SyntaxNode, AirsType> types)
    {
        Symbols = symbols;
        References = references;
        ExpressionTypes = types;
    }

    public ImmutableArray<Symbol> Symbols { get; }

    public ImmutableArray<SymbolReference> References { get; }

    /// <summary>The type of every bound path, call and literal expression.</summary>
    public ImmutableDictionary<SyntaxNode, AirsType> ExpressionTypes { get; }

    public Symbol? Find(string name, SymbolKind kind) => Symbols.FirstOrDefault(s => s.Kind == kind && s.Name == name);

    /// <summary>The symbol whose declaration name or reference covers <paramref name="position"/> in <paramref name="source"/>.</summary>
    public Symbol? SymbolAt(SourceText source, int position)
    {
        foreach (var symbol in Symbols)
        {
            if (symbol.NameLocation.Source.Path == source.Path && symbol.NameLocation.Span.Touches(position))
            {
                return symbol;
            }
        }
        foreach (var reference in References)
        {
            if (reference.Location.Source.Path == source.Path && reference.Location.Span.Touches(position))
            {
                return reference.Symbol;
            }
        }
        return null;
    }

    /// <summary>The declaration and every reference of a symbol.</summary>
    public IEnumerable<Diagnostics.Location> LocationsOf(Symbol symbol) =>
        References.Where(r => r.Symbol == symbol).Select(r => r.Location).Prepend(symbol.NameLocation);
}
