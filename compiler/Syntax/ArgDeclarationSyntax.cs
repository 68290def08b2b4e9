namespace Airs.Compiler.Syntax;

/// <summary><c>name: type</c></summary>
public sealed partial class ArgDeclarationSyntax : SyntaxNode
{
    public ArgDeclarationSyntax(SyntaxToken name, SyntaxToken colon, TypeSyntax type)
    {
        Name = name;
        Colon = colon;
        Type = type;
    }

    public SyntaxToken Name { get; }

    public SyntaxToken Colon { get; }

    public TypeSyntax Type { get; }

    protected override IEnumerable<SyntaxElement?> EnumerateChildren()
    {
        yield return Name;
        yield return Colon;
        yield return Type;
    }

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitArgDeclaration(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitArgDeclaration(this);
}
