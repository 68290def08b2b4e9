namespace Airs.Compiler.Syntax;

/// <summary><c>tool "orders.refund" { … }</c>: the name is a string token.</summary>
public sealed partial class ToolDeclarationSyntax : DeclarationSyntax
{
    public ToolDeclarationSyntax(SyntaxToken keyword, SyntaxToken name, BlockSyntax body)
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

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitToolDeclaration(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitToolDeclaration(this);
}
