using System.Collections.Immutable;
using Airs.Compiler.Semantics;
using Airs.Compiler.Syntax;
using Airs.Compiler.Text;
using Airs.Runtime.Decisions;

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

    /// <summary>
    /// The scope at <paramref name="position"/> in <paramref name="tree"/>, read from the tree with the binder's own
    /// rules, so it answers for half-typed code too: in a condition, the tools the enclosing <c>and</c>s narrow
    /// <c>tool.name</c> to; in a test, the tool its <c>tool.name = "…"</c> assignment names.
    /// </summary>
    public PositionScope ScopeAt(SyntaxTree tree, int position)
    {
        var declaration = SyntaxNavigator.EnclosingDeclaration(tree.Root, position);
        var narrowed = declaration is TestDeclarationSyntax test
            ? test.Body.Items.OfType<AssignmentSyntax>().LastOrDefault(a => a.Target.Text == "tool.name")?.Value is LiteralExpressionSyntax { Value: string tool }
                ? [tool]
                : null
            : ToolNarrowing.At(SyntaxNavigator.AncestorsAt(tree.Root, position));
        return new PositionScope(declaration, StageOf(declaration), narrowed);
    }

    /// <summary>The stage a declaration names (<c>guard g on output</c>), if it names a valid one.</summary>
    public static Stage? StageOf(DeclarationSyntax? declaration)
    {
        var token = declaration switch
        {
            GuardDeclarationSyntax g => g.Stage,
            JudgeDeclarationSyntax j => j.Stage,
            TestDeclarationSyntax t => t.Stage,
            _ => null,
        };
        return token is not null && Stages.TryParse(token.Text, out var stage) ? stage : null;
    }
}
