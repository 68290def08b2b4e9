namespace Airs.Compiler.Syntax;

/// <summary><c>use airs.injection</c> or <c>use "./common.airs"</c>: exactly one of Name and Path is set.</summary>
public sealed partial class UseItemSyntax : ItemSyntax
{
    public UseItemSyntax(SyntaxToken useKeyword, QualifiedNameSyntax? name, SyntaxToken? path)
    {
        UseKeyword = useKeyword;
        Name = name;
        Path = path;
    }

    public SyntaxToken UseKeyword { get; }

    public QualifiedNameSyntax? Name { get; }

    public SyntaxToken? Path { get; }

    protected override IEnumerable<SyntaxElement?> EnumerateChildren()
    {
        yield return UseKeyword;
        yield return Name;
        yield return Path;
    }

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitUseItem(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitUseItem(this);
}
