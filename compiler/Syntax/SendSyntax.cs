namespace Airs.Compiler.Syntax;

/// <summary><c>send</c>, <c>send 60</c> or <c>send 2 on output</c> in a test: decides the context set so far that many times before the expected one.</summary>
public sealed partial class SendSyntax : ItemSyntax
{
    public SendSyntax(SyntaxToken sendKeyword, SyntaxToken? count, SyntaxToken? onKeyword, SyntaxToken? stage)
    {
        SendKeyword = sendKeyword;
        Count = count;
        OnKeyword = onKeyword;
        Stage = stage;
    }

    public SyntaxToken SendKeyword { get; }

    public SyntaxToken? Count { get; }

    public SyntaxToken? OnKeyword { get; }

    public SyntaxToken? Stage { get; }

    protected override IEnumerable<SyntaxElement?> EnumerateChildren()
    {
        yield return SendKeyword;
        yield return Count;
        yield return OnKeyword;
        yield return Stage;
    }

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitSend(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitSend(this);
}
