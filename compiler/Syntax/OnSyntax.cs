namespace Airs.Compiler.Syntax;

/// <summary><c>on fail|error|expiry action</c></summary>
public sealed partial class OnSyntax : ItemSyntax
{
    public OnSyntax(SyntaxToken onKeyword, SyntaxToken @event, ActionSyntax action)
    {
        OnKeyword = onKeyword;
        Event = @event;
        Action = action;
    }

    public SyntaxToken OnKeyword { get; }

    public SyntaxToken Event { get; }

    public ActionSyntax Action { get; }

    protected override IEnumerable<SyntaxElement?> EnumerateChildren()
    {
        yield return OnKeyword;
        yield return Event;
        yield return Action;
    }

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitOn(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitOn(this);
}
