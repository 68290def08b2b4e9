namespace Airs.Compiler.Syntax;

/// <summary><c>max 60 within 1m per user</c> in a limit.</summary>
public sealed partial class LimitMaxSyntax : ItemSyntax
{
    public LimitMaxSyntax(SyntaxToken maxKeyword, ExpressionSyntax amount, SyntaxToken withinKeyword, ExpressionSyntax window, SyntaxToken? perKeyword, SyntaxToken? key)
    {
        MaxKeyword = maxKeyword;
        Amount = amount;
        WithinKeyword = withinKeyword;
        Window = window;
        PerKeyword = perKeyword;
        Key = key;
    }

    public SyntaxToken MaxKeyword { get; }

    public ExpressionSyntax Amount { get; }

    public SyntaxToken WithinKeyword { get; }

    public ExpressionSyntax Window { get; }

    public SyntaxToken? PerKeyword { get; }

    public SyntaxToken? Key { get; }

    protected override IEnumerable<SyntaxElement?> EnumerateChildren()
    {
        yield return MaxKeyword;
        yield return Amount;
        yield return WithinKeyword;
        yield return Window;
        yield return PerKeyword;
        yield return Key;
    }

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitLimitMax(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitLimitMax(this);
}
