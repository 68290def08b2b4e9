using System.Collections.Immutable;
using Airs.Compiler.Diagnostics;
using Airs.Compiler.Lowering;
using Airs.Compiler.Syntax;
using Airs.Compiler.Text;

namespace Airs.Compiler.Binding;

/// <summary>
/// One policy (or pack) file with everything it uses, parsed, bound and checked. The CLI, the language
/// server, the interpreter and the emitter all start here, so they see exactly the same program.
/// </summary>
public sealed class Compilation
{
    private Compilation(SyntaxTree root, ImmutableArray<SyntaxTree> trees, BindingResult result)
    {
        Root = root;
        Trees = trees;
        Model = result.Model;
        Policy = result.Policy;
        Diagnostics = [.. trees.SelectMany(t => t.Diagnostics).Concat(FollowOnFilter.Apply(trees, result.Diagnostics))
            .Distinct()
            .OrderBy(d => d.Location.Source.Path == root.Source.Path ? 0 : 1)
            .ThenBy(d => d.Location.Source.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Span.Start)];
    }

    /// <summary>The file the compilation was created for.</summary>
    public SyntaxTree Root { get; }

    /// <summary>The root and every file or pack it uses, transitively, root first.</summary>
    public ImmutableArray<SyntaxTree> Trees { get; }

    public SemanticModel Model { get; }

    /// <summary>Every diagnostic of every tree, root file first, in source order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>The lowered policy, or null when there are errors (nothing half-checked is ever evaluated).</summary>
    public PolicyIR? Policy { get; }

    public static Compilation FromFile(string path, ISourceProvider? sources = null)
    {
        var provider = sources ?? FileSourceProvider.Instance;
        var fullPath = Path.GetFullPath(path);
        var source = provider.Read(fullPath) ?? new SourceText(fullPath, "");
        return Create(source, provider);
    }

    public static Compilation FromText(string path, string text, ISourceProvider? sources = null) =>
        Create(new SourceText(path, text), sources ?? FileSourceProvider.Instance);

    public static Compilation Create(SourceText source, ISourceProvider sources)
    {
        var root = SyntaxTree.Parse(source);
        var resolver = new UseResolver(sources);
        var trees = resolver.Resolve(root);
        var result = new Binder(root, resolver).Bind();
        return new Compilation(root, trees, result);
    }
}

/// <summary>What binding produced.</summary>
internal sealed record BindingResult(SemanticModel Model, PolicyIR? Policy, ImmutableArray<Diagnostic> Diagnostics);
