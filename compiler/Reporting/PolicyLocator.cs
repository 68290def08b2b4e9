using Airs.Compiler.Binding;
using Airs.Compiler.Diagnostics;
using Airs.Compiler.Syntax;

namespace Airs.Compiler.Reporting;

/// <summary>Finds where a compiled policy's declarations are written, for file:line in reports.</summary>
internal sealed class PolicyLocator(Compilation compilation, Func<string, string> displayPath)
{
    private readonly PolicyDeclarationSyntax? _policy = compilation.Root.Root.Members.OfType<PolicyDeclarationSyntax>().FirstOrDefault();

    public string Display(string path) => displayPath(path);

    public SourceSpot At(Location location) => new(displayPath(location.Source.Path), location.Start.Line + 1);

    public SourceSpot? Symbol(string name, SymbolKind kind) =>
        compilation.Model.Find(name, kind) is { } symbol ? At(symbol.NameLocation) : null;

    public SourceSpot Policy => _policy is null
        ? new SourceSpot(displayPath(compilation.Root.Source.Path), 1)
        : Spot(_policy.Name);

    /// <summary>The policy's <c>tier</c> setting, or the policy's name when it has none.</summary>
    public SourceSpot Tier => RootItems.OfType<SettingSyntax>().FirstOrDefault(s => s.Keyword.Text == "tier") is { } tier
        ? Spot(tier)
        : Policy;

    public SourceSpot? Pace => RootItems.OfType<PaceDeclarationSyntax>().FirstOrDefault() is { } pace ? Spot(pace) : null;

    private IEnumerable<ItemSyntax> RootItems => _policy?.Body.Items ?? [];

    private SourceSpot Spot(SyntaxNode node) =>
        At(new Location(compilation.Root.Source, node.Span));
}
