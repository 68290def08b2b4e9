using Airs.Compiler.Lowering;
using Airs.Compiler.Semantics;
using Airs.Runtime.Context;

namespace Airs.Compiler.Optimization;

/// <summary>
/// Necessary conditions of guard conditions, built from cheap evidence-free atoms: "field holds one of these
/// constants" (<see cref="ExprIR.Probe"/>; for <c>text matches /re/</c>, the literal every match contains, the one the
/// emitted <c>matches</c> already searches before its regex) and "the text is longer than n". A condition's gate is a set of atoms,
/// one of which must hold for the condition to hold; null means no such set is known (always open) and the empty
/// set means the condition never holds. Merging the gates of consecutive guards gives one probe per field.
/// </summary>
internal static class Gates
{
    /// <summary>
    /// One atom: a constant a field must hold (a text ignoring case when <paramref name="IgnoreCase"/>), or a length bound
    /// (<c>len(field) &gt; n</c>, or <c>&gt;=</c>).
    /// </summary>
    public sealed record Atom(ContextField Field, string? Value, BinaryOperator LengthOp = BinaryOperator.Greater, double Length = 0, bool IgnoreCase = false);

    /// <summary>The atoms one of which holds whenever <paramref name="e"/> holds; null when none are known.</summary>
    public static IReadOnlyList<Atom>? Of(ExprIR e)
    {
        switch (e)
        {
            case ExprIR.BoolLiteral b:
                return b.Value ? null : [];
            case ExprIR.Or o:
                return Of(o.Left) is { } l && Of(o.Right) is { } r ? [.. l, .. r] : null;
            case ExprIR.And a:
                // Either side's gate will do: the one with fewer atoms is the cheaper and usually the narrower.
                var (left, right) = (Of(a.Left), Of(a.Right));
                return left is null ? right : right is null || left.Count <= right.Count ? left : right;
            case ExprIR.Contains { Container: ExprIR.Field f, Item: ExprIR.StringLiteral s }:
                return Member(f, s.Value);
            case ExprIR.Matches { Text: ExprIR.Field f } m when IsText(f) && RegexLiterals.Required(m.Regex.Pattern, m.Regex.Flags) is { } literal:
                return [new Atom(f.ContextField, literal, IgnoreCase: m.Regex.IgnoreCase)];
            case ExprIR.In { Item: ExprIR.StringLiteral s, List: ExprIR.Field f }:
                return Member(f, s.Value);
            case ExprIR.Compare { Op: BinaryOperator.Equal, Left: ExprIR.Field f, Right: ExprIR.StringLiteral s }:
                return Member(f, s.Value);
            case ExprIR.Compare { Op: BinaryOperator.Equal, Left: ExprIR.StringLiteral s, Right: ExprIR.Field f }:
                return Member(f, s.Value);
            case ExprIR.In { Item: ExprIR.Field f, List: ExprIR.StringListLiteral list } when IsText(f):
                // Equal to one of them, so it holds one of them; an empty one is held by every text.
                return list.Values.Contains("") ? null : [.. list.Values.Select(v => new Atom(f.ContextField, v))];
            case ExprIR.Compare { Op: BinaryOperator.Greater or BinaryOperator.GreaterOrEqual, Left: ExprIR.Call len, Right: ExprIR.NumberLiteral n } c
                when LengthOf(len) is { } field:
                return [new Atom(field, null, c.Op, n.Value)];
            case ExprIR.Compare { Op: BinaryOperator.Less or BinaryOperator.LessOrEqual, Left: ExprIR.NumberLiteral n, Right: ExprIR.Call len } c
                when LengthOf(len) is { } field:
                return [new Atom(field, null, c.Op == BinaryOperator.Less ? BinaryOperator.Greater : BinaryOperator.GreaterOrEqual, n.Value)];
            default:
                return null;
        }
    }

    /// <summary>
    /// The gate of several guards' atoms as one expression: the length bounds first (they cost nothing), each the
    /// loosest on its field, then one probe per field with every constant, in first-use order — ignoring case when any
    /// of them is a case-insensitive literal (a text that holds a value also holds it ignoring case, so one search is
    /// still a necessary condition of every test). <c>false</c> for no atoms.
    /// </summary>
    public static ExprIR Merge(IEnumerable<Atom> atoms)
    {
        var all = atoms.ToList();
        var lengths = all.Where(a => a.Value is null)
            .GroupBy(a => (a.Field, a.LengthOp))
            .Select(g => Ir.Compare(g.Key.LengthOp, Ir.Call(BuiltinId.LenString, Ir.Field(g.Key.Field)), Ir.Num(g.Min(a => a.Length))));
        var probes = all.Where(a => a.Value is not null)
            .GroupBy(a => a.Field)
            .Select(g => (ExprIR)new ExprIR.Probe(g.Key, [.. g.Select(a => a.Value!).Distinct(StringComparer.Ordinal)], g.Any(a => a.IgnoreCase)));
        return lengths.Concat(probes).Aggregate((ExprIR?)null, (gate, atom) => gate is null ? atom : Ir.Or(gate, atom)) ?? Ir.False;
    }

    // `field contains "x"`, `field == "x"`, `"x" in field`: the text holds x, or an element is x.
    private static IReadOnlyList<Atom>? Member(ExprIR.Field f, string value) =>
        ContextSchema.Get(f.ContextField).Type switch
        {
            FieldType.String when value.Length > 0 => [new Atom(f.ContextField, value)],
            FieldType.StringList => [new Atom(f.ContextField, value)],
            _ => null,
        };

    private static bool IsText(ExprIR.Field f) => ContextSchema.Get(f.ContextField).Type == FieldType.String;

    private static ContextField? LengthOf(ExprIR.Call len) =>
        len is { Function.Id: BuiltinId.LenString, Arguments: [ExprIR.Field f] } && IsText(f) ? f.ContextField : null;
}
