using Airs.Compiler.Lowering;
using Airs.Compiler.Semantics;

namespace Airs.Compiler.Optimization;

/// <summary>
/// Finds the detector calls that occur more than once on one stage (in conditions and in <c>redact</c> spans) and
/// makes each a <see cref="ExprIR.Shared"/> with its own slot, numbered in first-use order: the engines then run it
/// once per evaluation and replay its evidence at each use. Only calls whose arguments read the request context
/// alone are shared (no quantifier variable, no detector inside), so every use has the same value and evidence.
/// </summary>
internal sealed class SharedCalls : ExprRewriter
{
    private readonly Dictionary<string, int> _counts;
    private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);

    private SharedCalls(Dictionary<string, int> counts) => _counts = counts;

    /// <summary>A rewriter for one stage whose expressions are <paramref name="stageExpressions"/>.</summary>
    public static SharedCalls For(IEnumerable<ExprIR> stageExpressions)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in stageExpressions)
        {
            Count(e, counts);
        }
        return new SharedCalls(counts);
    }

    public int SlotCount => _slots.Count;

    protected override ExprIR Visit(ExprIR e)
    {
        if (e is not ExprIR.Call c || Key(c) is not { } key || _counts.GetValueOrDefault(key) < 2)
        {
            return e;
        }
        if (!_slots.TryGetValue(key, out var slot))
        {
            slot = _slots.Count;
            _slots.Add(key, slot);
        }
        return new ExprIR.Shared(slot, c);
    }

    // Every shareable call, at any depth (known nodes only: an unknown node's calls are left alone).
    private static void Count(ExprIR e, Dictionary<string, int> counts)
    {
        if (e is ExprIR.Call c && Key(c) is { } key)
        {
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        foreach (var child in IrNodes.Children(e))
        {
            Count(child, counts);
        }
    }

    // The call's printed form identifies it structurally (the mode follows from the arguments); null: not shareable.
    private static string? Key(ExprIR.Call c) =>
        c.Function.TakesEvidence && c.Type.Kind is TypeKind.Bool or TypeKind.Number or TypeKind.Spans
            && c.Arguments.All(a => Purity.ReadsOnlyContext(a) && Purity.IsEvidenceFree(a))
            ? IrPrinter.Expr(c)
            : null;
}
