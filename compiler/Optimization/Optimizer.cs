using System.Collections.Immutable;
using Airs.Compiler.Lowering;
using Airs.Runtime.Decisions;

namespace Airs.Compiler.Optimization;

/// <summary>
/// The pass between lowering and both engines (<c>Compilation.Policy</c> is its output, so the CLI, the language
/// server, the interpreter and the emitter all read the same optimised IR). Per guard it folds constants and
/// chooses injection modes; per stage it shares repeated detector calls and groups the guards into
/// <see cref="GuardBlock"/>s behind merged probes, with provably false guards dead. Every rewrite keeps the
/// evaluation exactly as it was (outcome, findings, evidence, trace): the differential test
/// (compiled ≡ interpreted ≡ unoptimised) holds it to that. Guards, tests and everything else keep their shape,
/// and an IR node the pass does not know passes through unchanged.
/// </summary>
public static class Optimizer
{
    public static PolicyIR Optimize(PolicyIR policy)
    {
        if (!policy.Blocks.IsDefault)
        {
            return policy; // already optimised
        }
        var guards = policy.Guards.Select(g => g with { Condition = Simplify(g.Condition), Action = Simplify(g.Action) }).ToArray();
        foreach (var stage in Stages.All)
        {
            var indices = Enumerable.Range(0, guards.Length).Where(i => guards[i].Stage == stage).ToArray();
            var shared = SharedCalls.For(indices.SelectMany(i => Expressions(guards[i])));
            foreach (var i in indices)
            {
                guards[i] = guards[i] with { Condition = shared.Rewrite(guards[i].Condition), Action = Share(guards[i].Action, shared) };
            }
        }
        return policy with { Guards = [.. guards], Blocks = Blocks(guards) };
    }

    private static ExprIR Simplify(ExprIR e) => new StaticInjectionModes().Rewrite(ConstantFolding.Instance.Rewrite(e));

    // Only a redaction's spans are an expression; other actions (and any added later) pass through.
    private static ActionIR Simplify(ActionIR action) => action is ActionIR.Redact r ? Redact(r, Simplify(r.Spans)) : action;

    private static ActionIR Share(ActionIR action, SharedCalls shared) => action is ActionIR.Redact r ? Redact(r, shared.Rewrite(r.Spans)) : action;

    private static ActionIR.Redact Redact(ActionIR.Redact r, ExprIR spans) => r.Style is { } style ? new(spans, style) : new(spans, r.Replacement!);

    private static IEnumerable<ExprIR> Expressions(GuardIR g) => g.Action is ActionIR.Redact r ? [g.Condition, r.Spans] : [g.Condition];

    /// <summary>
    /// Each stage's guards in order, cut into blocks: a run of guards that all have a gate (or are dead) shares one
    /// merged gate; guards without a gate run as they are.
    /// </summary>
    private static ImmutableArray<GuardBlock> Blocks(GuardIR[] guards)
    {
        var blocks = ImmutableArray.CreateBuilder<GuardBlock>();
        foreach (var stage in Stages.All)
        {
            var run = new List<(int Index, IReadOnlyList<Gates.Atom>? Atoms)>();
            foreach (var i in Enumerable.Range(0, guards.Length).Where(i => guards[i].Stage == stage))
            {
                var atoms = ConstantFolding.IsProvablyFalse(guards[i].Condition) ? [] : Gates.Of(guards[i].Condition);
                if (run.Count > 0 && (run[^1].Atoms is null) != (atoms is null))
                {
                    blocks.Add(Block(stage, run));
                    run.Clear();
                }
                run.Add((i, atoms));
            }
            if (run.Count > 0)
            {
                blocks.Add(Block(stage, run));
            }
        }
        return blocks.ToImmutable();
    }

    private static GuardBlock Block(Stage stage, List<(int Index, IReadOnlyList<Gates.Atom>? Atoms)> run) =>
        new(stage, run[0].Atoms is null ? null : Gates.Merge(run.SelectMany(r => r.Atoms!)), [.. run.Select(r => r.Index)]);
}
