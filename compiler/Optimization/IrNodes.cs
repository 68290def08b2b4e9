using Airs.Compiler.Lowering;

namespace Airs.Compiler.Optimization;

/// <summary>Walks expressions through the nodes this pass knows (an unknown node is a leaf).</summary>
internal static class IrNodes
{
    /// <summary>The expression and everything under it, parents first.</summary>
    public static IEnumerable<ExprIR> DescendantsAndSelf(ExprIR e) => Children(e).SelectMany(DescendantsAndSelf).Prepend(e);

    /// <summary>The shared calls of a guard, in its condition and its redaction's spans.</summary>
    public static IEnumerable<ExprIR.Shared> SharedCalls(GuardIR guard) =>
        DescendantsAndSelf(guard.Condition).Concat(guard.Action is ActionIR.Redact r ? DescendantsAndSelf(r.Spans) : []).OfType<ExprIR.Shared>();

    public static IEnumerable<ExprIR> Children(ExprIR e) => e switch
    {
        ExprIR.Call c => c.Arguments,
        ExprIR.Compare c => [c.Left, c.Right],
        ExprIR.And a => [a.Left, a.Right],
        ExprIR.Or o => [o.Left, o.Right],
        ExprIR.Not n => [n.Operand],
        ExprIR.Matches m => [m.Text],
        ExprIR.Contains c => [c.Container, c.Item],
        ExprIR.In i => [i.Item, i.List],
        ExprIR.ListOf l => l.Items,
        ExprIR.Quantifier q => [q.List, q.Body],
        ExprIR.Shared s => [s.Detector],
        _ => [],
    };
}
