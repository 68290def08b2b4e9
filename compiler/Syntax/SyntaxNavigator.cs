namespace Airs.Compiler.Syntax;

/// <summary>Position queries over a parent-free tree, for the language server and the binder.</summary>
public static class SyntaxNavigator
{
    /// <summary>The nodes whose full span contains <paramref name="position"/>, from <paramref name="root"/> down to the innermost.</summary>
    public static IReadOnlyList<SyntaxNode> AncestorsAt(SyntaxNode root, int position)
    {
        var chain = new List<SyntaxNode> { root };
        var node = root;
        while (true)
        {
            SyntaxNode? next = null;
            foreach (var child in node.Children)
            {
                if (child is SyntaxNode childNode && childNode.FullSpan.Contains(position))
                {
                    next = childNode;
                    break;
                }
            }
            if (next is null)
            {
                return chain;
            }
            chain.Add(next);
            node = next;
        }
    }

    /// <summary>The innermost node of type <typeparamref name="T"/> containing <paramref name="position"/>, if any.</summary>
    public static T? InnermostAt<T>(SyntaxNode root, int position)
        where T : SyntaxNode =>
        AncestorsAt(root, position).OfType<T>().LastOrDefault();

    /// <summary>
    /// The innermost declaration whose braces enclose <paramref name="position"/> (an unclosed block runs to its end),
    /// or null at the top level of the file.
    /// </summary>
    public static DeclarationSyntax? EnclosingDeclaration(SyntaxNode root, int position)
    {
        DeclarationSyntax? innermost = null;
        foreach (var declaration in root.DescendantNodesAndSelf().OfType<DeclarationSyntax>())
        {
            var body = declaration.Body;
            if (body.OpenBrace.IsMissing || position < body.OpenBrace.Span.End)
            {
                continue;
            }
            var end = body.CloseBrace.IsMissing ? body.FullSpan.End : body.CloseBrace.Span.Start;
            if (position <= end && (innermost is null || declaration.Span.Start >= innermost.Span.Start))
            {
                innermost = declaration;
            }
        }
        return innermost;
    }
}
