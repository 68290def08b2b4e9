namespace Airs.Compiler.Syntax;

/// <summary>A PACE-state action: <c>judges off</c>, <c>enforce all</c>, <c>tools read_only</c>, <c>review all outputs</c> (Qualifier <c>outputs</c>), <c>respond fallback "…"?</c> (Message).</summary>
public sealed partial class PaceActionSyntax : ItemSyntax
{
    public PaceActionSyntax(SyntaxToken keyword, SyntaxToken argument, SyntaxToken? qualifier, SyntaxToken? message)
    {
        Keyword = keyword;
        Argument = argument;
        Qualifier = qualifier;
        Message = message;
    }

    public SyntaxToken Keyword { get; }

    public SyntaxToken Argument { get; }

    public SyntaxToken? Qualifier { get; }

    public SyntaxToken? Message { get; }

    protected override IEnumerable<SyntaxElement?> EnumerateChildren()
    {
        yield return Keyword;
        yield return Argument;
        yield return Qualifier;
        yield return Message;
    }

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitPaceAction(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitPaceAction(this);
}
