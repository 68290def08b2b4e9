namespace Airs.Compiler.Syntax;

/// <summary><c>trip when blocked >= 20 within 5m per user</c></summary>
public sealed partial class TripSyntax : ItemSyntax
{
    public TripSyntax(SyntaxToken tripKeyword, SyntaxToken whenKeyword, SyntaxToken counter, SyntaxToken operatorToken, ExpressionSyntax threshold, SyntaxToken withinKeyword, ExpressionSyntax window, SyntaxToken? perKeyword, SyntaxToken? key)
    {
        TripKeyword = tripKeyword;
        WhenKeyword = whenKeyword;
        Counter = counter;
        OperatorToken = operatorToken;
        Threshold = threshold;
        WithinKeyword = withinKeyword;
        Window = window;
        PerKeyword = perKeyword;
        Key = key;
    }

    public SyntaxToken TripKeyword { get; }

    public SyntaxToken WhenKeyword { get; }

    public SyntaxToken Counter { get; }

    public SyntaxToken OperatorToken { get; }

    public ExpressionSyntax Threshold { get; }

    public SyntaxToken WithinKeyword { get; }

    public ExpressionSyntax Window { get; }

    public SyntaxToken? PerKeyword { get; }

    public SyntaxToken? Key { get; }

    protected override IEnumerable<SyntaxElement?> EnumerateChildren()
    {
        yield return TripKeyword;
        yield return WhenKeyword;
        yield return Counter;
        yield return OperatorToken;
        yield return Threshold;
        yield return WithinKeyword;
        yield return Window;
        yield return PerKeyword;
        yield return Key;
    }

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitTrip(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitTrip(this);
}
