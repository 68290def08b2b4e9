namespace Airs.Compiler.Syntax;

/// <summary><c>name: value</c></summary>
public sealed partial class ObjectPropertySyntax : SyntaxNode
{
    public ObjectPropertySyntax(SyntaxToken name, SyntaxToken colon, ExpressionSyntax value)
    {
        Name = name;
        Colon = colon;
        Value = value;
    }

    public SyntaxToken Name { get; }

    public SyntaxToken Colon { get; }

    public ExpressionSyntax Value { get; }

    protected override IEnumerable<SyntaxElement?> EnumerateChildren()
    {
        yield return Name;
        yield return Colon;
        yield return Value;
    }

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitObjectProperty(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitObjectProperty(this);
}
