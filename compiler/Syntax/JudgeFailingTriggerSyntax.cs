namespace Airs.Compiler.Syntax;

/// <summary><c>judge.failing</c> (any judge: Dot set, Name null) or <c>judge name failing</c>.</summary>
public sealed partial class JudgeFailingTriggerSyntax : PaceTriggerSyntax
{
    public JudgeFailingTriggerSyntax(SyntaxToken judgeKeyword, SyntaxToken? dot, SyntaxToken? name, SyntaxToken failingKeyword)
    {
        JudgeKeyword = judgeKeyword;
        Dot = dot;
        Name = name;
        FailingKeyword = failingKeyword;
    }

    public SyntaxToken JudgeKeyword { get; }

    public SyntaxToken? Dot { get; }

    public SyntaxToken? Name { get; }

    public SyntaxToken FailingKeyword { get; }

    protected override IEnumerable<SyntaxElement?> EnumerateChildren()
    {
        yield return JudgeKeyword;
        yield return Dot;
        yield return Name;
        yield return FailingKeyword;
    }

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitJudgeFailingTrigger(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitJudgeFailingTrigger(this);
}
