using System.Collections.Immutable;

namespace Airs.Compiler.Syntax;

/// <summary><c>user.tier?: string rule*</c>: Question is set for an optional attribute.</summary>
public sealed partial class AttributeDeclarationSyntax : SyntaxNode
{
    public AttributeDeclarationSyntax(QualifiedNameSyntax name, SyntaxToken? question, SyntaxToken colon, TypeSyntax type, ImmutableArray<ValueRuleSyntax> rules)
    {
        Name = name;
        Question = question;
        Colon = colon;
        Type = type;
        Rules = rules;
    }

    public QualifiedNameSyntax Name { get; }

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

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitAttributeDeclaration(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitAttributeDeclaration(this);
}
