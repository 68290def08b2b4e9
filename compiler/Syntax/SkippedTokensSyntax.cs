using System.Collections.Immutable;

namespace Airs.Compiler.Syntax;

/// <summary>Tokens the parser could not place, kept so the tree prints back the source; one diagnostic was reported for the run.</summary>
public sealed partial class SkippedTokensSyntax : ItemSyntax
{
    public SkippedTokensSyntax(ImmutableArray<SyntaxToken> tokens)
    {
        Tokens = tokens;
    }

    public ImmutableArray<SyntaxToken> Tokens { get; }

    protected override IEnumerable<SyntaxElement?> EnumerateChildren()
    {
        foreach (var item in Tokens)
        {
            yield return item;
        }
    }

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitSkippedTokens(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitSkippedTokens(this);
}
