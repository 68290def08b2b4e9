using System.Collections.Immutable;
using Airs.Compiler.Checking;
using Airs.Compiler.Diagnostics;
using Airs.Compiler.Lowering;
using Airs.Compiler.Optimization;
using Airs.Compiler.Syntax;
using Airs.Compiler.Text;

namespace Airs.Compiler.Binding;

/// <summary>
/// One policy (or pack) file with everything it uses, parsed, bound and checked. The CLI, the language
/// server, the interpreter and the emitter all start here, so they see exactly the same program.
/// </summary>
public sealed class Compilation
{
    private Compilation(SyntaxTree root, ImmutableArray<SyntaxTree> trees, SemanticModel model, PolicyIR? lowered, IEnumerable<Diagnostic> semanticDiagnostics)
    {
        Root = root;
        Trees = trees;
        Model = model;
        LoweredPolicy = lowered;
        Policy = lowered is null ? null : Optimizer.Optimize(lowered);
        Diagnostics = [.. trees.SelectMany(t => t.Diagnostics).Concat(FollowOnFilter.Apply(trees, semanticDiagnostics))
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

    /// <summary>The lowered and optimised policy, or null when there are errors (nothing half-checked is ever evaluated).</summary>
    public PolicyIR? Policy { get; }

    /// <summary>The lowered policy before the optimiser (the reference the differential tests hold the optimised one to).</summary>
    public PolicyIR? LoweredPolicy { get; }

    public static Compilation FromFile(string path, ISourceProvider? sources = null, CancellationToken cancellationToken = default)
    {
        var provider = sources ?? FileSourceProvider.Instance;
        var fullPath = Path.GetFullPath(path);
        var source = provider.Read(fullPath) ?? new SourceText(fullPath, "");
        return Create(source, provider, cancellationToken);
    }

    public static Compilation FromText(string path, string text, ISourceProvider? sources = null, CancellationToken cancellationToken = default) =>
        Create(new SourceText(path, text), sources ?? FileSourceProvider.Instance, cancellationToken);

    /// <summary>
    /// Parses, resolves uses, then runs the passes: declare and bind, check, and lower what has no errors. A cancelled
    /// <paramref name="cancellationToken"/> (the language server's, when a newer version of the document arrives)
    /// stops the work between files and passes with an <see cref="OperationCanceledException"/>.
    /// </summary>
    public static Compilation Create(SourceText source, ISourceProvider sources, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var root = SyntaxTree.Parse(source);
        var resolver = new UseResolver(sources, cancellationToken);
        var trees = resolver.Resolve(root);
        cancellationToken.ThrowIfCancellationRequested();
        var binding = Binder.Bind(Declarer.Declare(root, resolver));
        cancellationToken.ThrowIfCancellationRequested();
        var diagnostics = binding.Policy is { } bound ? binding.Diagnostics.AddRange(Checker.Check(bound)) : binding.Diagnostics;
        var hasErrors = diagnostics.Any(d => d.IsError) || root.Diagnostics.Any(d => d.IsError);
        var policy = binding.Policy is { } checkedPolicy && !hasErrors ? Lowerer.Lower(checkedPolicy) : null;
        cancellationToken.ThrowIfCancellationRequested();
        return new Compilation(root, trees, binding.Model, policy, diagnostics);
    }
}
