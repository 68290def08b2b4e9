namespace Airs.Compiler.Syntax;

/// <summary><c>pace alternate</c>: move to a PACE level.</summary>
public sealed partial class PaceTransitionSyntax : ActionSyntax
{
    public PaceTransitionSyntax(SyntaxToken keyword, SyntaxToken level)
    {
        Keyword = keyword;
        Level = level;
    }

    public override SyntaxToken Keyword { get; }

    public SyntaxToken Level { get; }

    protected override IEnumerable<SyntaxElement?> EnumerateChildren()
    {
        yield return Keyword;
        yield return Level;
    }

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitPaceTransition(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitPaceTransition(this);
}
