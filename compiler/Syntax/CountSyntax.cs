namespace Airs.Compiler.Syntax;

/// <summary><c>count requests</c>, <c>count tool_calls of "x"</c> or <c>count sum amount of "x"</c> (Argument set) in a limit.</summary>
public sealed partial class CountSyntax : ItemSyntax
{
    public CountSyntax(SyntaxToken countKeyword, SyntaxToken measure, SyntaxToken? argument, SyntaxToken? ofKeyword, SyntaxToken? tool)
    {
        CountKeyword = countKeyword;
        Measure = measure;
        Argument = argument;
        OfKeyword = ofKeyword;
        Tool = tool;
    }

    public SyntaxToken CountKeyword { get; }

    public SyntaxToken Measure { get; }

    public SyntaxToken? Argument { get; }

    public SyntaxToken? OfKeyword { get; }

    public SyntaxToken? Tool { get; }

    protected override IEnumerable<SyntaxElement?> EnumerateChildren()
    {
        yield return CountKeyword;
        yield return Measure;
        yield return Argument;
        yield return OfKeyword;
        yield return Tool;
    }

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitCount(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitCount(this);
}
