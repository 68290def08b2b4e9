namespace Airs.Compiler.Syntax;

/// <summary><c>alternate when judge.failing { … }</c> or <c>emergency manual { … }</c>; Keyword is the level.</summary>
public sealed partial class PaceStateSyntax : DeclarationSyntax
{
    public PaceStateSyntax(SyntaxToken keyword, SyntaxToken? whenKeyword, PaceConditionSyntax? condition, SyntaxToken? manualKeyword, BlockSyntax body)
    {
        Keyword = keyword;
        WhenKeyword = whenKeyword;
        Condition = condition;
        ManualKeyword = manualKeyword;
        Body = body;
    }

    public override SyntaxToken Keyword { get; }

    public SyntaxToken? WhenKeyword { get; }

    public PaceConditionSyntax? Condition { get; }

    public SyntaxToken? ManualKeyword { get; }

    public override BlockSyntax Body { get; }

    protected override IEnumerable<SyntaxElement?> EnumerateChildren()
    {
        yield return Keyword;
        yield return WhenKeyword;
        yield return Condition;
        yield return ManualKeyword;
        yield return Body;
    }

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitPaceState(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitPaceState(this);
}
