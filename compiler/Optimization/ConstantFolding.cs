using Airs.Compiler.Lowering;
using Airs.Compiler.Semantics;
using Airs.Runtime.Functions;

namespace Airs.Compiler.Optimization;

/// <summary>
/// Folds what is known at compile time: operations on literals, <c>and</c>/<c>or</c> with a constant side, <c>not</c>
/// of a constant, quantifiers over the empty list. A side is dropped only when it records no evidence
/// (<see cref="Purity"/>), so a guard that fires keeps exactly the evidence it had. The values come from the same
/// <see cref="PolicyFunctions"/> the engines call.
/// </summary>
internal sealed class ConstantFolding : ExprRewriter
{
    public static readonly ConstantFolding Instance = new();

    /// <summary>
    /// True when a guard with this (folded) condition can never fire: <c>false</c>, or an <c>and</c> with a side
    /// that is. Evidence does not matter here, as a guard that does not fire reports none.
    /// </summary>
    public static bool IsProvablyFalse(ExprIR condition) => condition switch
    {
        ExprIR.BoolLiteral b => !b.Value,
        ExprIR.And a => IsProvablyFalse(a.Left) || IsProvablyFalse(a.Right),
        ExprIR.Or o => IsProvablyFalse(o.Left) && IsProvablyFalse(o.Right),
        _ => false,
    };

    protected override ExprIR Visit(ExprIR e) => e switch
    {
        ExprIR.Not { Operand: ExprIR.BoolLiteral b } => Ir.Bool(!b.Value),
        ExprIR.Not { Operand: ExprIR.Not inner } => inner.Operand,
        ExprIR.And { Left: ExprIR.BoolLiteral l } a => l.Value ? a.Right : Ir.False,
        ExprIR.And { Right: ExprIR.BoolLiteral r } a => r.Value ? a.Left : Purity.IsEvidenceFree(a.Left) ? Ir.False : a,
        ExprIR.Or { Left: ExprIR.BoolLiteral l } o => l.Value ? Ir.True : o.Right,
        ExprIR.Or { Right: ExprIR.BoolLiteral r } o => !r.Value ? o.Left : Purity.IsEvidenceFree(o.Left) ? Ir.True : o,
        ExprIR.Compare c => Compare(c) ?? e,
        ExprIR.Contains { Container: ExprIR.StringLiteral text, Item: ExprIR.StringLiteral part } => Ir.Bool(PolicyFunctions.Contains(text.Value, part.Value)),
        ExprIR.Contains { Container: ExprIR.StringListLiteral list, Item: ExprIR.StringLiteral item } => Ir.Bool(PolicyFunctions.Contains(list.Values, item.Value)),
        ExprIR.In { Item: ExprIR.StringLiteral item, List: ExprIR.StringListLiteral list } => Ir.Bool(PolicyFunctions.Contains(list.Values, item.Value)),
        ExprIR.In { Item: ExprIR.NumberLiteral item, List: ExprIR.NumberListLiteral list } => Ir.Bool(PolicyFunctions.Contains(list.Values, item.Value)),
        ExprIR.In { List: ExprIR.StringListLiteral { Values.IsEmpty: true } } i when Purity.IsEvidenceFree(i.Item) => Ir.False,
        ExprIR.In { List: ExprIR.NumberListLiteral { Values.IsEmpty: true } } i when Purity.IsEvidenceFree(i.Item) => Ir.False,
        ExprIR.Quantifier { List: ExprIR.StringListLiteral { Values.IsEmpty: true } or ExprIR.NumberListLiteral { Values.IsEmpty: true } } q => Ir.Bool(q.IsAll),
        ExprIR.Call { Function.Id: BuiltinId.LenString, Arguments: [ExprIR.StringLiteral s] } => Ir.Num(PolicyFunctions.Len(s.Value)),
        ExprIR.Call { Function.Id: BuiltinId.LenList, Arguments: [ExprIR.StringListLiteral l] } => Ir.Num(l.Values.Length),
        ExprIR.Call { Function.Id: BuiltinId.LenList, Arguments: [ExprIR.NumberListLiteral l] } => Ir.Num(l.Values.Length),
        ExprIR.Call { Function.Id: BuiltinId.Lower, Arguments: [ExprIR.StringLiteral s] } => Ir.Str(PolicyFunctions.Lower(s.Value)),
        _ => e,
    };

    // Two literals of one type, compared as the engines compare them; null when a side is not a literal.
    private static ExprIR? Compare(ExprIR.Compare c)
    {
        int? order = (c.Left, c.Right) switch
        {
            (ExprIR.StringLiteral l, ExprIR.StringLiteral r) => PolicyFunctions.Equal(l.Value, r.Value) ? 0 : 1,
            (ExprIR.BoolLiteral l, ExprIR.BoolLiteral r) => l.Value == r.Value ? 0 : 1,
            (ExprIR.DurationLiteral l, ExprIR.DurationLiteral r) => l.Value.CompareTo(r.Value),
            _ => null,
        };
        if ((c.Left, c.Right) is (ExprIR.NumberLiteral or ExprIR.PercentLiteral, ExprIR.NumberLiteral or ExprIR.PercentLiteral))
        {
            // Doubles through the C# operators, as both engines do (NaN compares false, except !=).
            var (l, r) = (Number(c.Left), Number(c.Right));
            return Ir.Bool(c.Op switch
            {
                BinaryOperator.Equal => l == r,
                BinaryOperator.NotEqual => l != r,
                BinaryOperator.Less => l < r,
                BinaryOperator.LessOrEqual => l <= r,
                BinaryOperator.Greater => l > r,
                _ => l >= r,
            });
        }
        return order is not { } o ? null : Ir.Bool(c.Op switch
        {
            BinaryOperator.Equal => o == 0,
            BinaryOperator.NotEqual => o != 0,
            BinaryOperator.Less => o < 0,
            BinaryOperator.LessOrEqual => o <= 0,
            BinaryOperator.Greater => o > 0,
            _ => o >= 0,
        });
    }

    private static double Number(ExprIR e) => e is ExprIR.NumberLiteral n ? n.Value : ((ExprIR.PercentLiteral)e).Fraction;
}
