using Airs.Compiler.Lowering;

namespace Airs.Compiler.Optimization;

/// <summary>What the optimiser may drop, skip or share: expressions that record no evidence.</summary>
internal static class Purity
{
    /// <summary>
    /// True when evaluating <paramref name="e"/> records no evidence (no detector, no <c>matches</c>), so skipping it
    /// changes nothing but its value. A node this pass does not know is assumed to record evidence.
    /// </summary>
    public static bool IsEvidenceFree(ExprIR e) => e switch
    {
        ExprIR.StringLiteral or ExprIR.NumberLiteral or ExprIR.BoolLiteral or ExprIR.DurationLiteral or ExprIR.PercentLiteral
            or ExprIR.StringListLiteral or ExprIR.NumberListLiteral or ExprIR.PiiKindsLiteral or ExprIR.RegexLiteral
            or ExprIR.Field or ExprIR.ToolArg or ExprIR.Attribute or ExprIR.Variable or ExprIR.Probe => true,
        ExprIR.Call c => !c.Function.TakesEvidence && c.Arguments.All(IsEvidenceFree),
        ExprIR.Compare c => IsEvidenceFree(c.Left) && IsEvidenceFree(c.Right),
        ExprIR.And a => IsEvidenceFree(a.Left) && IsEvidenceFree(a.Right),
        ExprIR.Or o => IsEvidenceFree(o.Left) && IsEvidenceFree(o.Right),
        ExprIR.Not n => IsEvidenceFree(n.Operand),
        ExprIR.Contains c => IsEvidenceFree(c.Container) && IsEvidenceFree(c.Item),
        ExprIR.In i => IsEvidenceFree(i.Item) && IsEvidenceFree(i.List),
        ExprIR.ListOf l => l.Items.All(IsEvidenceFree),
        ExprIR.Quantifier q => IsEvidenceFree(q.List) && IsEvidenceFree(q.Body),
        _ => false,
    };

    /// <summary>True when <paramref name="e"/> reads no quantifier variable, so its value is the same wherever it is evaluated on a stage.</summary>
    public static bool ReadsOnlyContext(ExprIR e) => e switch
    {
        ExprIR.Variable => false,
        ExprIR.StringLiteral or ExprIR.NumberLiteral or ExprIR.BoolLiteral or ExprIR.DurationLiteral or ExprIR.PercentLiteral
            or ExprIR.StringListLiteral or ExprIR.NumberListLiteral or ExprIR.PiiKindsLiteral or ExprIR.RegexLiteral
            or ExprIR.Field or ExprIR.ToolArg or ExprIR.Attribute => true,
        ExprIR.Call c => c.Arguments.All(ReadsOnlyContext),
        ExprIR.ListOf l => l.Items.All(ReadsOnlyContext),
        _ => false,
    };
}
