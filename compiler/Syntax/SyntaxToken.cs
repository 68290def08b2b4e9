using System.Collections.Immutable;
using Airs.Compiler.Text;

namespace Airs.Compiler.Syntax;

/// <summary>
/// A token with its trivia. Literal tokens carry a decoded <see cref="Value"/>: a string for strings and
/// text blocks, a double for numbers, the fraction for percents (10% is 0.1), a <see cref="TimeSpan"/> for
/// durations and a <see cref="RegexValue"/> for regexes. The value is null when the literal is malformed.
/// </summary>
public sealed class SyntaxToken : SyntaxElement
{
    public SyntaxToken(SyntaxKind kind, string text, int position, ImmutableArray<SyntaxTrivia> leadingTrivia,
        ImmutableArray<SyntaxTrivia> trailingTrivia, object? value = null, bool isMissing = false)
    {
        Kind = kind;
        Text = text;
        Value = value;
        IsMissing = isMissing;
        LeadingTrivia = leadingTrivia.IsDefault ? [] : leadingTrivia;
        TrailingTrivia = trailingTrivia.IsDefault ? [] : trailingTrivia;
        var leadingWidth = Width(LeadingTrivia);
        Span = new TextSpan(position + leadingWidth, text.Length);
        FullSpan = new TextSpan(position, leadingWidth + text.Length + Width(TrailingTrivia));
    }

    public SyntaxKind Kind { get; }

    /// <summary>The token's source text, empty for a missing token.</summary>
    public string Text { get; }

    public object? Value { get; }

    /// <summary>True for a token the parser synthesised where the source lacked one.</summary>
    public bool IsMissing { get; }

    public ImmutableArray<SyntaxTrivia> LeadingTrivia { get; }

    public ImmutableArray<SyntaxTrivia> TrailingTrivia { get; }

    public override TextSpan Span { get; }

    public override TextSpan FullSpan { get; }

    /// <summary>True when this is an identifier spelled <paramref name="keyword"/> (keywords are contextual).</summary>
    public bool IsKeyword(string keyword) => Kind == SyntaxKind.Identifier && Text == keyword;

    public override void WriteTo(TextWriter writer)
    {
        foreach (var trivia in LeadingTrivia)
        {
            writer.Write(trivia.Text);
        }
        writer.Write(Text);
        foreach (var trivia in TrailingTrivia)
        {
            writer.Write(trivia.Text);
        }
    }

    public override string ToString() => Text;

    private static int Width(ImmutableArray<SyntaxTrivia> trivia)
    {
        var width = 0;
        foreach (var item in trivia)
        {
            width += item.Text.Length;
        }
        return width;
    }
}
