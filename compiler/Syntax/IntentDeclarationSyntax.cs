namespace Airs.Compiler.Syntax;

/// <summary><c>intent { … }</c> inside an agent, a judge or a workflow: what it is for.</summary>
public sealed partial class IntentDeclarationSyntax : DeclarationSyntax
{
    public IntentDeclarationSyntax(SyntaxToken keyword, BlockSyntax body)
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

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitIntentDeclaration(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitIntentDeclaration(this);
}
