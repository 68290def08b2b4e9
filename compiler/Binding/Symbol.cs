using Airs.Compiler.Diagnostics;
using Airs.Compiler.Syntax;

namespace Airs.Compiler.Binding;

/// <summary>A declared name: a control, review, breaker, agent, tool or model.</summary>
/// <param name="Name">The name as written (tools and models: the string's value).</param>
/// <param name="NameLocation">Where the name is written in its declaration.</param>
/// <param name="Declaration">The declaring syntax.</param>
/// <param name="Summary">One line for hover: what this is.</param>
public sealed record Symbol(string Name, SymbolKind Kind, Location NameLocation, SyntaxNode Declaration, string Summary)
{
    public string KindName => Semantics.SymbolKinds.Table.ToKeyword(Kind);
}

/// <summary>A use of a symbol's name somewhere in a policy.</summary>
public sealed record SymbolReference(Symbol Symbol, Location Location);
