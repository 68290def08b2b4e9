using System.Text.RegularExpressions;
using Airs.Compiler.Syntax;

namespace Airs.LanguageServer.Features;

/// <summary>Position queries on the compiler's tree that several features share.</summary>
internal static partial class SyntaxQueries
{
    /// <summary>
    /// The token under the caret: the one whose text contains <paramref name="offset"/>, or the one that ends right
    /// there (a caret just after a word belongs to that word); null between tokens.
    /// </summary>
    public static SyntaxToken? TokenAt(SyntaxTree tree, int offset)
    {
        var token = tree.Root.FindToken(offset);
        if (token.Span.Contains(offset) && !token.IsMissing)
        {
            return token;
        }
        if (offset > 0)
        {
            var before = tree.Root.FindToken(offset - 1);
            if (before.Span.End == offset && before.Span.Length > 0 && !before.IsMissing)
            {
                return before;
            }
        }
        return null;
    }

    /// <summary>The last real token that ends at or before <paramref name="offset"/>.</summary>
    public static SyntaxToken? TokenBefore(SyntaxTree tree, int offset)
    {
        SyntaxToken? last = null;
        foreach (var token in tree.Root.DescendantTokens())
        {
            if (token.Span.End > offset || token.Kind == SyntaxKind.EndOfFile)
            {
                break;
            }
            if (!token.IsMissing && token.Span.Length > 0)
            {
                last = token;
            }
        }
        return last;
    }

    /// <summary>The chain of nodes containing the token's start, outermost first.</summary>
    public static IReadOnlyList<SyntaxNode> AncestorsOf(SyntaxTree tree, SyntaxToken token) => SyntaxNavigator.AncestorsAt(tree.Root, token.Span.Start);

    /// <summary>The innermost declaration whose braces enclose <paramref name="offset"/>, or null at the top level.</summary>
    public static DeclarationSyntax? EnclosingDeclaration(SyntaxTree tree, int offset) => SyntaxNavigator.EnclosingDeclaration(tree.Root, offset);

    /// <summary>The declaration's first line as written, whitespace collapsed: <c>guard pii_out on output</c>.</summary>
    public static string Header(SyntaxNode declaration)
    {
        var end = declaration is DeclarationSyntax { Body.OpenBrace.IsMissing: false } d ? d.Body.OpenBrace.Span.Start : declaration.Span.End;
        var text = declaration.ToFullString();
        var start = declaration.Span.Start - declaration.FullSpan.Start;
        var header = text.Substring(start, Math.Max(0, end - declaration.Span.Start));
        return Whitespace().Replace(header, " ").Trim();
    }

    /// <summary>An item's text on one line, shortened for a hover.</summary>
    public static string OneLine(SyntaxNode node, int max = 80)
    {
        var text = Whitespace().Replace(node.ToFullString(), " ").Trim();
        return text.Length <= max ? text : text[..(max - 1)] + "…";
    }

    public static bool IsWordCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
