using Airs.Compiler.Lowering;
using Airs.Compiler.Semantics;
using Airs.Runtime.Functions;

namespace Airs.Compiler.Optimization;

/// <summary>
/// Chooses each <c>injection.*</c> call's mode at compile time, by the rule the runtime applies to the evidence path
/// (<see cref="PolicyFunctions.InjectionModeFor"/>): the path is static except for a quantifier's element
/// (<c>retrieval.docs[2]</c>), which is read like its list, whose path is static.
/// </summary>
internal sealed class StaticInjectionModes : ExprRewriter
{
    // The evidence path of the list each enclosing quantifier ranges over; index = level.
    private readonly List<string> _lists = [];

    protected override ExprIR.Quantifier RewriteQuantifier(ExprIR.Quantifier q)
    {
        var list = Rewrite(q.List);
        _lists.Add(q.List.EvidenceField);
        try
        {
            return new ExprIR.Quantifier(q.IsAll, q.VariableName, q.Level, list, Rewrite(q.Body));
        }
        finally
        {
            _lists.RemoveAt(_lists.Count - 1);
        }
    }

    protected override ExprIR Visit(ExprIR e)
    {
        if (e is not ExprIR.Call { Mode: null } c || !IsInjection(c.Function.Id))
        {
            return e;
        }
        var field = c.Arguments[0] is ExprIR.Variable v ? _lists[v.Level] : c.Arguments[0].EvidenceField;
        return c with { Mode = PolicyFunctions.InjectionModeFor(field) };
    }

    private static bool IsInjection(BuiltinId id) => id is BuiltinId.InjectionScore or BuiltinId.InjectionFound or BuiltinId.InjectionSpans
        or BuiltinId.InjectionScoreList or BuiltinId.InjectionFoundList or BuiltinId.InjectionSpansList;
}
