namespace Airs.Compiler.Syntax;

/// <summary><c>policy name { … }</c> or <c>pack airs.name { … }</c>.</summary>
public sealed partial class PolicyDeclarationSyntax : DeclarationSyntax
{
    public PolicyDeclarationSyntax(SyntaxToken keyword, QualifiedNameSyntax name, BlockSyntax body)
    {
        Keyword = keyword;
        Name = name;
        Body = body;
    }

    public override SyntaxToken Keyword { get; }

    public QualifiedNameSyntax Name { get; }

    public override BlockSyntax Body { get; }

    protected override IEnumerable<SyntaxElement?> EnumerateChildren()
    {
        yield return Keyword;
        yield return Name;
        yield return Body;
    }

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitPolicyDeclaration(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitPolicyDeclaration(this);
}
