using Airs.Compiler.Diagnostics;
using Airs.Compiler.Syntax;
using Airs.Compiler.Text;

namespace Airs.Compiler.Binding;

/// <summary>
/// Drops binder diagnostics that only restate a syntax error: one that touches the span of a parse error, one
/// about a token the parser had to supply (a missing name is not an unknown name), and a "needs …" complaint about a declaration that has a parse error inside it (the missing part is
/// usually just what the parser could not read).
/// </summary>
internal static class FollowOnFilter
{
    public static IEnumerable<Diagnostic> Apply(IReadOnlyCollection<SyntaxTree> trees, IEnumerable<Diagnostic> bindingDiagnostics)
    {
        var byPath = trees.ToDictionary(t => t.Source.Path, StringComparer.Ordinal);
        foreach (var diagnostic in bindingDiagnostics)
        {
            if (!byPath.TryGetValue(diagnostic.Location.Source.Path, out var tree) || !tree.HasErrors)
            {
                yield return diagnostic;
                continue;
            }
            var span = diagnostic.Location.Span;
            var parseErrors = tree.Diagnostics.Where(d => d.IsError).Select(d => d.Location.Span).ToList();
            if (parseErrors.Any(e => e.Start <= span.End && span.Start <= e.End) || IsAtMissingToken(tree, span))
            {
                continue;
            }
            if (diagnostic.Code == "AIRS0114" && InnermostDeclaration(tree, span.Start) is { } declaration
                && parseErrors.Any(e => declaration.FullSpan.Start <= e.Start && e.Start <= declaration.FullSpan.End))
            {
                continue;
            }
            yield return diagnostic;
        }
    }

    private static bool IsAtMissingToken(SyntaxTree tree, TextSpan span) =>
        span.Length == 0 && tree.Root.DescendantTokens().Any(t => t.IsMissing && t.Span.Start == span.Start);

    private static DeclarationSyntax? InnermostDeclaration(SyntaxTree tree, int position) =>
        tree.Root.DescendantNodesAndSelf()
            .OfType<DeclarationSyntax>()
            .Where(d => d.FullSpan.Start <= position && position <= d.FullSpan.End)
            .MinBy(d => d.FullSpan.Length);
}
