using System.Collections.Immutable;
using Airs.Compiler.Syntax;

namespace Airs.Compiler.Binding;

/// <summary>
/// The rule by which a condition narrows <c>tool.name</c>: <c>tool.name == "x" and …</c> lets the right-hand side read
/// tool x's typed arguments. The binder and the semantic model's <see cref="SemanticModel.ScopeAt"/> both use it.
/// </summary>
internal static class ToolNarrowing
{
    /// <summary>The tools a condition pins <c>tool.name</c> to when it holds, or null if it does not.</summary>
    public static ImmutableHashSet<string>? Of(ExpressionSyntax condition)
    {
        switch (condition)
        {
            case ParenthesizedExpressionSyntax p:
                return Of(p.Expression);
            case BinaryExpressionSyntax { Operator: SyntaxOperator.And } and:
                var left = Of(and.Left);
                var right = Of(and.Right);
                return left is null ? right : right is null ? left : left.Intersect(right);
            case BinaryExpressionSyntax { Operator: SyntaxOperator.Equal } eq:
                return IsToolName(eq.Left) && eq.Right is LiteralExpressionSyntax { Token.Value: string a } ? [a]
                    : IsToolName(eq.Right) && eq.Left is LiteralExpressionSyntax { Token.Value: string b } ? [b]
                    : null;
            case BinaryExpressionSyntax { Operator: SyntaxOperator.In } @in when IsToolName(@in.Left) && @in.Right is ListExpressionSyntax list:
                var names = list.Elements.Select(e => e is LiteralExpressionSyntax { Token.Value: string s } ? s : null).ToList();
                return names.Contains(null) ? null : [.. names!];
            default:
                return null;
        }
    }

    /// <summary>
    /// The tools narrowed at the innermost end of <paramref name="chain"/> (nodes outermost first): every <c>and</c>
    /// whose right-hand side holds the position narrows by its left-hand side, as the binder binds it.
    /// </summary>
    public static ImmutableHashSet<string>? At(IReadOnlyList<SyntaxNode> chain)
    {
        ImmutableHashSet<string>? narrowed = null;
        for (var i = 0; i + 1 < chain.Count; i++)
        {
            if (chain[i] is BinaryExpressionSyntax { Operator: SyntaxOperator.And } and && ReferenceEquals(chain[i + 1], and.Right) && Of(and.Left) is { } tools)
            {
                narrowed = narrowed is null ? tools : narrowed.Intersect(tools);
            }
        }
        return narrowed;
    }

    private static bool IsToolName(ExpressionSyntax e) =>
        e is PathExpressionSyntax { Segments.Count: 2 } p && p.Segments[0].Text == "tool" && p.Segments[1].Text == "name";
}
