namespace Airs.Compiler.Syntax;

/// <summary><c>sample 100% when prompt_injection fired</c>: a judge's sample rate while a guard of its stage fired.</summary>
public sealed partial class SampleWhenSyntax : ItemSyntax
{
    public SampleWhenSyntax(SyntaxToken keyword, ExpressionSyntax rate, SyntaxToken whenKeyword, SyntaxToken guard, SyntaxToken firedKeyword)
    {
        Keyword = keyword;
        Rate = rate;
        WhenKeyword = whenKeyword;
        Guard = guard;
        FiredKeyword = firedKeyword;
    }

    public SyntaxToken Keyword { get; }

    public ExpressionSyntax Rate { get; }

    public SyntaxToken WhenKeyword { get; }

    public SyntaxToken Guard { get; }

    public SyntaxToken FiredKeyword { get; }

    protected override IEnumerable<SyntaxElement?> EnumerateChildren()
    {
        yield return Keyword;
        yield return Rate;
        yield return WhenKeyword;
        yield return Guard;
        yield return FiredKeyword;
    }

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitSampleWhen(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitSampleWhen(this);
}
