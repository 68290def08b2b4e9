namespace Airs.Compiler.Syntax;

/// <summary>An item introduced by a keyword and owning a block: policies, packs, controls, tests, PACE states.</summary>
public abstract class DeclarationSyntax : ItemSyntax
{
    public abstract SyntaxToken Keyword { get; }

    public abstract BlockSyntax Body { get; }
}
