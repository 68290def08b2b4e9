namespace Airs.Compiler.Syntax;

/// <summary>A setting without a value: <c>writes</c>, <c>blocking</c>.</summary>
public sealed partial class FlagSettingSyntax : ItemSyntax
{
    public FlagSettingSyntax(SyntaxToken keyword)
    {
        Keyword = keyword;
    }

    public SyntaxToken Keyword { get; }

    protected override IEnumerable<SyntaxElement?> EnumerateChildren()
    {
        yield return Keyword;
    }

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitFlagSetting(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitFlagSetting(this);
}
