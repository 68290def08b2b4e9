namespace Airs.Compiler.Syntax;

/// <summary><c>judge name on stage { … }</c></summary>
public sealed partial class JudgeDeclarationSyntax : DeclarationSyntax
{
    public JudgeDeclarationSyntax(SyntaxToken keyword, SyntaxToken name, SyntaxToken onKeyword, SyntaxToken stage, BlockSyntax body)
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

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitJudgeDeclaration(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitJudgeDeclaration(this);
}
