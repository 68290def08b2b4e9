namespace Airs.Compiler.Syntax;

/// <summary><c>expect block by control</c></summary>
public sealed partial class ExpectSyntax : ItemSyntax
{
    public ExpectSyntax(SyntaxToken expectKeyword, SyntaxToken outcome, SyntaxToken? byKeyword, SyntaxToken? control)
    {
        ExpectKeyword = expectKeyword;
        Outcome = outcome;
        ByKeyword = byKeyword;
        Control = control;
    }

    public SyntaxToken ExpectKeyword { get; }

    public SyntaxToken Outcome { get; }

    public SyntaxToken? ByKeyword { get; }

    public SyntaxToken? Control { get; }

    protected override IEnumerable<SyntaxElement?> EnumerateChildren()
    {
        yield return ExpectKeyword;
        yield return Outcome;
        yield return ByKeyword;
        yield return Control;
    }

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitExpect(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitExpect(this);
}
