namespace Airs.Compiler.Syntax;

/// <summary><c>pii.found(output.text, [email])</c></summary>
public sealed partial class CallExpressionSyntax : ExpressionSyntax
{
    public CallExpressionSyntax(PathExpressionSyntax callee, SyntaxToken openParen, SeparatedSyntaxList<ExpressionSyntax> arguments, SyntaxToken closeParen)
    {
        Callee = callee;
        OpenParen = openParen;
        Arguments = arguments;
        CloseParen = closeParen;
    }

    public PathExpressionSyntax Callee { get; }

    public SyntaxToken OpenParen { get; }

    public SeparatedSyntaxList<ExpressionSyntax> Arguments { get; }

    public SyntaxToken CloseParen { get; }

    protected override IEnumerable<SyntaxElement?> EnumerateChildren()
    {
        yield return Callee;
        yield return OpenParen;
        foreach (var item in Arguments.GetWithSeparators())
        {
            yield return item;
        }
        yield return CloseParen;
    }

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitCallExpression(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitCallExpression(this);
}
