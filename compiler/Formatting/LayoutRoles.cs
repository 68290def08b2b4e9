using Airs.Compiler.Syntax;

namespace Airs.Compiler.Formatting;

internal enum RoleKind
{
    Inline,
    ItemStart,
    BlockClose,
    CallParen,
}

/// <summary>What the tree says about a token's layout: where items start, where blocks close, which parens call.</summary>
internal readonly record struct TokenRole(RoleKind Kind, int Depth, bool TopLevel = false, bool EmptyBlock = false);

internal static class LayoutRoles
{
    public static IReadOnlyDictionary<SyntaxToken, TokenRole> Collect(CompilationUnitSyntax root)
    {
        var roles = new Dictionary<SyntaxToken, TokenRole>(ReferenceEqualityComparer.Instance);
        foreach (var member in root.Members)
        {
            roles[member.FirstToken] = new TokenRole(RoleKind.ItemStart, 0, TopLevel: true);
            Walk(member, 0, roles);
        }
        return roles;
    }

    private static bool EndsLine(SyntaxToken token) => !token.IsMissing && token.TrailingTrivia.Any(t => t.Kind == SyntaxKind.Newline);

    private static void OnePerLine(IEnumerable<SyntaxToken> starts, SyntaxToken close, int depth, Dictionary<SyntaxToken, TokenRole> roles)
    {
        foreach (var start in starts)
        {
            roles[start] = new TokenRole(RoleKind.ItemStart, depth + 1);
        }
        if (!close.IsMissing)
        {
            roles[close] = new TokenRole(RoleKind.BlockClose, depth);
        }
    }

    // Recursion depth is bounded by the parser's nesting limit.
    private static void Walk(SyntaxNode node, int depth, Dictionary<SyntaxToken, TokenRole> roles)
    {
        switch (node)
        {
            case BlockSyntax block:
                foreach (var item in block.Items)
                {
                    roles[item.FirstToken] = new TokenRole(RoleKind.ItemStart, depth + 1);
                    Walk(item, depth + 1, roles);
                }
                roles[block.CloseBrace] = new TokenRole(RoleKind.BlockClose, depth, EmptyBlock: block.Items.IsEmpty);
                return;
            case CallExpressionSyntax call:
                roles[call.OpenParen] = new TokenRole(RoleKind.CallParen, depth);
                break;
            // A declaration list the source breaks after `{` keeps one declaration per line.
            case ArgsSyntax args when EndsLine(args.OpenBrace):
                OnePerLine(args.Arguments.Items.Select(a => a.FirstToken), args.CloseBrace, depth, roles);
                break;
            case ContextSyntax context when EndsLine(context.OpenBrace):
                OnePerLine(context.Attributes.Items.Select(a => a.FirstToken), context.CloseBrace, depth, roles);
                break;
        }
        foreach (var child in node.Children)
        {
            if (child is SyntaxNode childNode)
            {
                Walk(childNode, depth, roles);
            }
        }
    }
}
