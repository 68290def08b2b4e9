using Airs.Compiler.Text;

namespace Airs.Compiler.Syntax;

/// <summary>Whitespace, a newline or a comment, kept on a token so the tree prints back the exact source.</summary>
public sealed record SyntaxTrivia(SyntaxKind Kind, string Text, TextSpan Span)
{
    public bool IsComment => SyntaxFacts.IsComment(Kind);

    public override string ToString() => Text;
}
