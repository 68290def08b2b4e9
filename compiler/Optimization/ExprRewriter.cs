using Airs.Compiler.Lowering;

namespace Airs.Compiler.Optimization;

/// <summary>
/// A bottom-up rewrite of an expression: the children of every node this pass knows are rewritten first, then
/// <see cref="Visit"/> sees the rebuilt node. A node it does not know (added to the IR after this pass was written)
/// passes through unchanged, children and all: that is the default, so a new construct is never mis-optimised.
/// </summary>
internal abstract class ExprRewriter
{
    public ExprIR Rewrite(ExprIR e) => Visit(e switch
    {
        ExprIR.Call c => RewriteCall(c),
        ExprIR.Compare c => new ExprIR.Compare(c.Op, Rewrite(c.Left), Rewrite(c.Right)),
        ExprIR.And a => new ExprIR.And(Rewrite(a.Left), Rewrite(a.Right)),
        ExprIR.Or o => new ExprIR.Or(Rewrite(o.Left), Rewrite(o.Right)),
        ExprIR.Not n => new ExprIR.Not(Rewrite(n.Operand)),
        ExprIR.Matches m => new ExprIR.Matches(Rewrite(m.Text), m.Regex),
        ExprIR.Contains c => new ExprIR.Contains(Rewrite(c.Container), Rewrite(c.Item)),
        ExprIR.In i => new ExprIR.In(Rewrite(i.Item), Rewrite(i.List)),
        ExprIR.ListOf l => new ExprIR.ListOf(l.ElementType, [.. l.Items.Select(Rewrite)]),
        ExprIR.Quantifier q => RewriteQuantifier(q),
        ExprIR.Shared s => new ExprIR.Shared(s.Slot, RewriteCall(s.Detector)),
        _ => e,
    });

    /// <summary>The node, its children already rewritten; the default keeps it.</summary>
    protected virtual ExprIR Visit(ExprIR e) => e;

    protected virtual ExprIR.Quantifier RewriteQuantifier(ExprIR.Quantifier q) =>
        new(q.IsAll, q.VariableName, q.Level, Rewrite(q.List), Rewrite(q.Body));

    private ExprIR.Call RewriteCall(ExprIR.Call c) => new(c.Function, [.. c.Arguments.Select(Rewrite)]) { Mode = c.Mode };
}
