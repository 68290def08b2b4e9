namespace Airs.Compiler.Syntax;

/// <summary><c>judge name returns fail</c> inside a test.</summary>
public sealed partial class JudgeStubSyntax : ItemSyntax
{
    public JudgeStubSyntax(SyntaxToken judgeKeyword, SyntaxToken name, SyntaxToken returnsKeyword, SyntaxToken result)
    {
        JudgeKeyword = judgeKeyword;
        Name = name;
        ReturnsKeyword = returnsKeyword;
        Result = result;
    }

    public SyntaxToken JudgeKeyword { get; }

    public SyntaxToken Name { get; }

    public SyntaxToken ReturnsKeyword { get; }

    public SyntaxToken Result { get; }

    protected override IEnumerable<SyntaxElement?> EnumerateChildren()
    {
        yield return JudgeKeyword;
        yield return Name;
        yield return ReturnsKeyword;
        yield return Result;
    }

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitJudgeStub(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitJudgeStub(this);
}
