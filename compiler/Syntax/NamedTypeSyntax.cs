namespace Airs.Compiler.Syntax;

/// <summary><c>string</c>, <c>number</c>, …</summary>
public sealed partial class NamedTypeSyntax : TypeSyntax
{
    public NamedTypeSyntax(SyntaxToken name)
    {
        Name = name;
    }

    public SyntaxToken Name { get; }

    protected override IEnumerable<SyntaxElement?> EnumerateChildren()
    {
        yield return Name;
    }

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitNamedType(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitNamedType(this);
}
