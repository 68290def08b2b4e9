namespace Airs.Compiler.Syntax;

/// <summary>Triggers separated by <c>or</c>.</summary>
public sealed partial class PaceConditionSyntax : SyntaxNode
{
    public PaceConditionSyntax(SeparatedSyntaxList<PaceTriggerSyntax> triggers)
    {
        Triggers = triggers;
    }

    public SeparatedSyntaxList<PaceTriggerSyntax> Triggers { get; }

    protected override IEnumerable<SyntaxElement?> EnumerateChildren()
    {
        foreach (var item in Triggers.GetWithSeparators())
        {
            yield return item;
        }
    }

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitPaceCondition(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitPaceCondition(this);
}
