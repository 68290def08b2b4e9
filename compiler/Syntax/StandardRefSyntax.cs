namespace Airs.Compiler.Syntax;

/// <summary><c>owasp.llm01</c>: identifiers or numbers separated by dots.</summary>
public sealed partial class StandardRefSyntax : SyntaxNode
{
    public StandardRefSyntax(SeparatedSyntaxList<SyntaxToken> parts)
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

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitStandardRef(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitStandardRef(this);
}
