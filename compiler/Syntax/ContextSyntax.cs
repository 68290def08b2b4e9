namespace Airs.Compiler.Syntax;

/// <summary><c>context { user.email: string sensitive, … }</c>: the request-context attributes a policy declares.</summary>
public sealed partial class ContextSyntax : ItemSyntax
{
    public ContextSyntax(SyntaxToken contextKeyword, SyntaxToken openBrace, SeparatedSyntaxList<AttributeDeclarationSyntax> attributes, SyntaxToken closeBrace)
    {
        ContextKeyword = contextKeyword;
        OpenBrace = openBrace;
        Attributes = attributes;
        CloseBrace = closeBrace;
    }

    public SyntaxToken ContextKeyword { get; }

    public SyntaxToken OpenBrace { get; }

    public SeparatedSyntaxList<AttributeDeclarationSyntax> Attributes { get; }

    public SyntaxToken CloseBrace { get; }

    protected override IEnumerable<SyntaxElement?> EnumerateChildren()
    {
        yield return ContextKeyword;
        yield return OpenBrace;
        foreach (var item in Attributes.GetWithSeparators())
        {
            yield return item;
        }
        yield return CloseBrace;
    }

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitContext(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitContext(this);
}
