namespace Airs.Compiler.Syntax;

/// <summary><c>maps owasp.llm01, atlas.T0051.000</c></summary>
public sealed partial class MapsSyntax : ItemSyntax
{
    public MapsSyntax(SyntaxToken mapsKeyword, SeparatedSyntaxList<StandardRefSyntax> references)
    {
        MapsKeyword = mapsKeyword;
        References = references;
    }

    public SyntaxToken MapsKeyword { get; }

    public SeparatedSyntaxList<StandardRefSyntax> References { get; }

    protected override IEnumerable<SyntaxElement?> EnumerateChildren()
    {
        yield return MapsKeyword;
        foreach (var item in References.GetWithSeparators())
        {
            yield return item;
        }
    }

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitMaps(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitMaps(this);
}
