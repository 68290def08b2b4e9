namespace Airs.Compiler.Syntax;

/// <summary><c>{ low: 1%, high: 50% }</c>, only as a setting value.</summary>
public sealed partial class ObjectLiteralExpressionSyntax : ExpressionSyntax
{
    public ObjectLiteralExpressionSyntax(SyntaxToken openBrace, SeparatedSyntaxList<ObjectPropertySyntax> properties, SyntaxToken closeBrace)
    {
        OpenBrace = openBrace;
        Properties = properties;
        CloseBrace = closeBrace;
    }

    public SyntaxToken OpenBrace { get; }

    public SeparatedSyntaxList<ObjectPropertySyntax> Properties { get; }

    public SyntaxToken CloseBrace { get; }

    protected override IEnumerable<SyntaxElement?> EnumerateChildren()
    {
        yield return OpenBrace;
        foreach (var item in Properties.GetWithSeparators())
        {
            yield return item;
        }
        yield return CloseBrace;
    }

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitObjectLiteralExpression(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitObjectLiteralExpression(this);
}
