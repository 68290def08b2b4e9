namespace Airs.Compiler.Syntax;

/// <summary><c>keyword value</c>, e.g. <c>tier high</c>, <c>timeout 1500ms</c>, <c>sample { low: 1% }</c>.</summary>
public sealed partial class SettingSyntax : ItemSyntax
{
    public SettingSyntax(SyntaxToken keyword, ExpressionSyntax value)
    {
        Keyword = keyword;
        Value = value;
    }

    public SyntaxToken Keyword { get; }

    public ExpressionSyntax Value { get; }

    protected override IEnumerable<SyntaxElement?> EnumerateChildren()
    {
        yield return Keyword;
        yield return Value;
    }

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitSetting(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitSetting(this);
}
