namespace Airs.Compiler.Syntax;

/// <summary><c>airs.injection</c>: identifiers separated by dots.</summary>
public sealed partial class QualifiedNameSyntax : SyntaxNode
{
    public QualifiedNameSyntax(SeparatedSyntaxList<SyntaxToken> parts)
    {
        Parts = parts;
    }

    public SeparatedSyntaxList<SyntaxToken> Parts { get; }

    protected override IEnumerable<SyntaxElement?> EnumerateChildren()
    {
        foreach (var item in Parts.GetWithSeparators())
        {
            yield return item;
        }
    }

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitQualifiedName(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitQualifiedName(this);
}
