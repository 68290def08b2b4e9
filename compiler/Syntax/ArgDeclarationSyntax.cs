using System.Collections.Immutable;

namespace Airs.Compiler.Syntax;

/// <summary><c>name?: type rule*</c>: Question is set for an optional argument.</summary>
public sealed partial class ArgDeclarationSyntax : SyntaxNode
{
    public ArgDeclarationSyntax(SyntaxToken name, SyntaxToken? question, SyntaxToken colon, TypeSyntax type, ImmutableArray<ValueRuleSyntax> rules)
    {
        Name = name;
        Question = question;
        Colon = colon;
        Type = type;
        Rules = rules;
    }

    public SyntaxToken Name { get; }

    public SyntaxToken? Question { get; }

    public SyntaxToken Colon { get; }

    public TypeSyntax Type { get; }

    public ImmutableArray<ValueRuleSyntax> Rules { get; }

    protected override IEnumerable<SyntaxElement?> EnumerateChildren()
    {
        yield return Name;
        yield return Question;
        yield return Colon;
        yield return Type;
        foreach (var item in Rules)
        {
            yield return item;
        }
    }

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitArgDeclaration(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitArgDeclaration(this);
}
