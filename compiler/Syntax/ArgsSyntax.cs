namespace Airs.Compiler.Syntax;

/// <summary><c>args { name: type, … }</c></summary>
public sealed partial class ArgsSyntax : ItemSyntax
{
    public ArgsSyntax(SyntaxToken argsKeyword, SyntaxToken openBrace, SeparatedSyntaxList<ArgDeclarationSyntax> arguments, SyntaxToken closeBrace)
    {
        ArgsKeyword = argsKeyword;
        OpenBrace = openBrace;
        Arguments = arguments;
        CloseBrace = closeBrace;
    }

    public SyntaxToken ArgsKeyword { get; }

    public SyntaxToken OpenBrace { get; }

    public SeparatedSyntaxList<ArgDeclarationSyntax> Arguments { get; }

    public SyntaxToken CloseBrace { get; }

    protected override IEnumerable<SyntaxElement?> EnumerateChildren()
    {
        yield return ArgsKeyword;
        yield return OpenBrace;
        foreach (var item in Arguments.GetWithSeparators())
        {
            yield return item;
        }
        yield return CloseBrace;
    }

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitArgs(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitArgs(this);
}
