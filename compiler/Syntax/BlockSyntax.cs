using System.Collections.Immutable;

namespace Airs.Compiler.Syntax;

/// <summary><c>{ item* }</c></summary>
public sealed partial class BlockSyntax : SyntaxNode
{
    public BlockSyntax(SyntaxToken openBrace, ImmutableArray<ItemSyntax> items, SyntaxToken closeBrace)
    {
        OpenBrace = openBrace;
        Items = items;
        CloseBrace = closeBrace;
    }

    public SyntaxToken OpenBrace { get; }

    public ImmutableArray<ItemSyntax> Items { get; }

    public SyntaxToken CloseBrace { get; }

    protected override IEnumerable<SyntaxElement?> EnumerateChildren()
    {
        yield return OpenBrace;
        foreach (var item in Items)
        {
            yield return item;
        }
        yield return CloseBrace;
    }

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitBlock(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitBlock(this);
}
