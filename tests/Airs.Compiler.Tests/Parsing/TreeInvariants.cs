using Airs.Compiler.Syntax;

namespace Airs.Compiler.Tests.Parsing;

/// <summary>What must hold for every tree, whatever the input.</summary>
internal static class TreeInvariants
{
    public static SyntaxTree ParseAndCheck(string text)
    {
        var tree = SyntaxTree.Parse(text);
        Check(tree, text);
        return tree;
    }

    public static void Check(SyntaxTree tree, string text)
    {
        if (tree.Root.ToFullString() != text)
        {
            throw new InvalidOperationException($"round trip failed for input of length {text.Length}");
        }
        var position = 0;
        foreach (var token in tree.Root.DescendantTokens())
        {
            if (token.FullSpan.Start != position || token.Span.Start < token.FullSpan.Start || token.Span.End > token.FullSpan.End)
            {
                throw new InvalidOperationException($"token `{token.Text}` has an inconsistent span {token.FullSpan} at {position}");
            }
            position = token.FullSpan.End;
        }
        if (position != text.Length)
        {
            throw new InvalidOperationException("tokens do not cover the text");
        }
        foreach (var diagnostic in tree.Diagnostics)
        {
            if (diagnostic.Location.Span.Start < 0 || diagnostic.Location.Span.End > text.Length || diagnostic.Message.Contains('\n'))
            {
                throw new InvalidOperationException($"bad diagnostic {diagnostic}");
            }
        }
    }

    public static (SyntaxKind, string)[] Tokens(SyntaxTree tree) =>
        tree.Root.DescendantTokens().Select(t => (t.Kind, t.Text)).ToArray();
}
