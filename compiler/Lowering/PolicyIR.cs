using System.Collections.Immutable;
using Airs.Runtime.Decisions;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Lowering;

/// <summary>
/// A checked policy, lowered: the declarative parts as the runtime's own spec records, the guards as
/// expression trees, and the tests. The interpreter and the emitter both read this and nothing else.
/// </summary>
/// <param name="Guards">In declaration order (packs brought in by <c>use</c> first, in <c>use</c> order).</param>
public sealed record PolicyIR(PolicySpec Spec, ImmutableArray<GuardIR> Guards, ImmutableArray<TestIR> Tests)
{
    /// <summary>The judges' <c>when</c> conditions, in declaration order; evaluated after the stage's guards.</summary>
    public ImmutableArray<JudgeConditionIR> JudgeConditions { get; init; } = [];

    public IEnumerable<GuardIR> GuardsFor(Stage stage) => Guards.Where(g => g.Stage == stage);

    public IEnumerable<JudgeConditionIR> JudgeConditionsFor(Stage stage) => JudgeConditions.Where(j => j.Stage == stage);

    /// <summary>The optimiser's plan (<c>compiler/Optimization</c>); default: not optimised, every guard runs.</summary>
    public ImmutableArray<GuardBlock> Blocks { get; init; }

    /// <summary>How the engines run a stage: the optimiser's blocks, or one ungated block per guard.</summary>
    public IEnumerable<GuardBlock> BlocksFor(Stage stage) => Blocks.IsDefault
        ? Guards.Select((g, i) => (g, i)).Where(x => x.g.Stage == stage).Select(x => new GuardBlock(stage, null, [x.i]))
        : Blocks.Where(b => b.Stage == stage);

    public IEnumerable<JudgeSpec> JudgesFor(Stage stage) => Spec.Judges.Where(j => j.Stage == stage);

    /// <summary>The names of every control a test can fire: guards, then judges, then limits, in declaration order.</summary>
    public IEnumerable<string> ControlNames => Guards.Select(g => g.Name).Concat(Spec.Judges.Select(j => j.Name)).Concat(Spec.Limits.Select(l => l.Name));
}

/// <summary>A judge's <c>when</c>: while it is false the judge is idle on the decision (<see cref="Evaluation.IdleJudges"/>).</summary>
public sealed record JudgeConditionIR(string Judge, Stage Stage, ExprIR Condition);
