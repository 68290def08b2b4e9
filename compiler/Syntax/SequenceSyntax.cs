namespace Airs.Compiler.Syntax;

/// <summary><c>after "orders.lookup" same order_id within 30m per session</c> in a tool: a call needs an earlier one; Same and Arguments are absent together.</summary>
public sealed partial class SequenceSyntax : ItemSyntax
{
    public SequenceSyntax(SyntaxToken afterKeyword, SyntaxToken tool, SyntaxToken? sameKeyword, SeparatedSyntaxList<SyntaxToken> arguments, SyntaxToken withinKeyword, ExpressionSyntax window, SyntaxToken? perKeyword, SyntaxToken? scope)
    {
        AfterKeyword = afterKeyword;
        Tool = tool;
        SameKeyword = sameKeyword;
        Arguments = arguments;
        WithinKeyword = withinKeyword;
        Window = window;
        PerKeyword = perKeyword;
        Scope = scope;
    }

    public SyntaxToken AfterKeyword { get; }

    public SyntaxToken Tool { get; }

    public SyntaxToken? SameKeyword { get; }

    public SeparatedSyntaxList<SyntaxToken> Arguments { get; }

    public SyntaxToken WithinKeyword { get; }

    public ExpressionSyntax Window { get; }

    public SyntaxToken? PerKeyword { get; }

    public SyntaxToken? Scope { get; }

    protected override IEnumerable<SyntaxElement?> EnumerateChildren()
    {
        yield return AfterKeyword;
        yield return Tool;
        yield return SameKeyword;
        foreach (var item in Arguments.GetWithSeparators())
        {
            yield return item;
        }
        yield return WithinKeyword;
        yield return Window;
        yield return PerKeyword;
        yield return Scope;
    }

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitSequence(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitSequence(this);
}
