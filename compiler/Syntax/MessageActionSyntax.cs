namespace Airs.Compiler.Syntax;

/// <summary><c>block "message"?</c> or <c>flag "message"?</c>.</summary>
public sealed partial class MessageActionSyntax : ActionSyntax
{
    public MessageActionSyntax(SyntaxToken keyword, SyntaxToken? message)
    {
        Keyword = keyword;
        Message = message;
    }

    public override SyntaxToken Keyword { get; }

    public SyntaxToken? Message { get; }

    protected override IEnumerable<SyntaxElement?> EnumerateChildren()
    {
        yield return Keyword;
        yield return Message;
    }

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitMessageAction(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitMessageAction(this);
}
