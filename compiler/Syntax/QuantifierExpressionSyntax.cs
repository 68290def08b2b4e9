namespace Airs.Compiler.Syntax;

/// <summary><c>any x in list: condition</c> or <c>all x in list: condition</c>; Quantifier is the identifier <c>any</c> or <c>all</c>.</summary>
public sealed partial class QuantifierExpressionSyntax : ExpressionSyntax
{
    public QuantifierExpressionSyntax(SyntaxToken quantifier, SyntaxToken variable, SyntaxToken inKeyword, ExpressionSyntax list, SyntaxToken colon, ExpressionSyntax body)
    {
        Quantifier = quantifier;
        Variable = variable;
        InKeyword = inKeyword;
        List = list;
        Colon = colon;
        Body = body;
    }

    public SyntaxToken Quantifier { get; }

    public SyntaxToken Variable { get; }

    public SyntaxToken InKeyword { get; }

    public ExpressionSyntax List { get; }

    public SyntaxToken Colon { get; }

    public ExpressionSyntax Body { get; }

    protected override IEnumerable<SyntaxElement?> EnumerateChildren()
    {
        yield return Quantifier;
        yield return Variable;
        yield return InKeyword;
        yield return List;
        yield return Colon;
        yield return Body;
    }

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitQuantifierExpression(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitQuantifierExpression(this);
}
