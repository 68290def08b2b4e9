namespace Airs.Compiler.Syntax;

/// <summary><c>workflow name { … }</c>: the agents that carry a workflow out, and its intent.</summary>
public sealed partial class WorkflowDeclarationSyntax : DeclarationSyntax
{
    public WorkflowDeclarationSyntax(SyntaxToken keyword, SyntaxToken name, BlockSyntax body)
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

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitWorkflowDeclaration(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitWorkflowDeclaration(this);
}
