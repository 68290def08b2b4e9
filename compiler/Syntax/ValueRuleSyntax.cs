namespace Airs.Compiler.Syntax;

/// <summary>A rule after a declared type: <c>min 0</c>, <c>max 500</c>, <c>pattern /re/</c>, <c>one of "a", "b"</c> (OfKeyword set) or <c>sensitive</c> (no values).</summary>
public sealed partial class ValueRuleSyntax : SyntaxNode
{
    public ValueRuleSyntax(SyntaxToken keyword, SyntaxToken? ofKeyword, SeparatedSyntaxList<ExpressionSyntax> values)
    {
        Keyword = keyword;
        OfKeyword = ofKeyword;
        Values = values;
    }

    public SyntaxToken Keyword { get; }

    public SyntaxToken? OfKeyword { get; }

    public SeparatedSyntaxList<ExpressionSyntax> Values { get; }

    protected override IEnumerable<SyntaxElement?> EnumerateChildren()
    {
        yield return Keyword;
        yield return OfKeyword;
        foreach (var item in Values.GetWithSeparators())
        {
            yield return item;
        }
    }

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitValueRule(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitValueRule(this);
}
