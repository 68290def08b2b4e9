namespace Airs.Compiler.Syntax;

/// <summary><c>[type]</c></summary>
public sealed partial class ListTypeSyntax : TypeSyntax
{
    public ListTypeSyntax(SyntaxToken openBracket, TypeSyntax elementType, SyntaxToken closeBracket)
    {
        OpenBracket = openBracket;
        ElementType = elementType;
        CloseBracket = closeBracket;
    }

    public SyntaxToken OpenBracket { get; }

    public TypeSyntax ElementType { get; }

    public SyntaxToken CloseBracket { get; }

    protected override IEnumerable<SyntaxElement?> EnumerateChildren()
    {
        yield return OpenBracket;
        yield return ElementType;
        yield return CloseBracket;
    }

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitListType(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitListType(this);
}
