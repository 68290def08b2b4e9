namespace Airs.Compiler.Syntax;

/// <summary><c>pace { state* }</c></summary>
public sealed partial class PaceDeclarationSyntax : DeclarationSyntax
{
    public PaceDeclarationSyntax(SyntaxToken keyword, BlockSyntax body)
    {
        Keyword = keyword;
        Body = body;
    }

    public override SyntaxToken Keyword { get; }

    public override BlockSyntax Body { get; }

    protected override IEnumerable<SyntaxElement?> EnumerateChildren()
    {
        yield return Keyword;
        yield return Body;
    }

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitPaceDeclaration(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitPaceDeclaration(this);
}
