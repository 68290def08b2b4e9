namespace Airs.Compiler.Syntax;

/// <summary><c>agent name { … }</c></summary>
public sealed partial class AgentDeclarationSyntax : DeclarationSyntax
{
    public AgentDeclarationSyntax(SyntaxToken keyword, SyntaxToken name, BlockSyntax body)
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

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitAgentDeclaration(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitAgentDeclaration(this);
}
