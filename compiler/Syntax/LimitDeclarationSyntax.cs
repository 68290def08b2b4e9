namespace Airs.Compiler.Syntax;

/// <summary><c>limit name { … }</c></summary>
public sealed partial class LimitDeclarationSyntax : DeclarationSyntax
{
    public LimitDeclarationSyntax(SyntaxToken keyword, SyntaxToken name, BlockSyntax body)
    {
        Keyword = keyword;
        Name = name;
        Body = body;
    }

    public override SyntaxToken Keyword { get; }

    public SyntaxToken Name { get; }

    public override BlockSyntax Body { get; }

    protected override IEnumerable<SyntaxElement?> EnumerateChildren()
    {
        yield return Keyword;
        yield return Name;
        yield return Body;
    }

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitLimitDeclaration(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitLimitDeclaration(this);
}
