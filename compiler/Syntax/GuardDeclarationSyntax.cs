namespace Airs.Compiler.Syntax;

/// <summary><c>guard name on stage { … }</c></summary>
public sealed partial class GuardDeclarationSyntax : DeclarationSyntax
{
    public GuardDeclarationSyntax(SyntaxToken keyword, SyntaxToken name, SyntaxToken onKeyword, SyntaxToken stage, BlockSyntax body)
    {
        Keyword = keyword;
        Name = name;
        OnKeyword = onKeyword;
        Stage = stage;
        Body = body;
    }

    public override SyntaxToken Keyword { get; }

    public SyntaxToken Name { get; }

    public SyntaxToken OnKeyword { get; }

    public SyntaxToken Stage { get; }

    public override BlockSyntax Body { get; }

    protected override IEnumerable<SyntaxElement?> EnumerateChildren()
    {
        yield return Keyword;
        yield return Name;
        yield return OnKeyword;
        yield return Stage;
        yield return Body;
    }

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitGuardDeclaration(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitGuardDeclaration(this);
}
