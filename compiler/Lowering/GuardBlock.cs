using System.Collections.Immutable;
using Airs.Runtime.Decisions;

namespace Airs.Compiler.Lowering;

/// <summary>
/// Consecutive guards of one stage that run only when <paramref name="Gate"/> holds (null: always). The gate is an
/// evidence-free necessary condition of every guard in the block, so a closed gate means none of them fires and
/// each is recorded as not fired; a dead guard (a condition that is provably false) sits in a block gated by
/// <c>false</c>. Blocks keep declaration order, so findings and trace entries come out in the same order.
/// </summary>
/// <param name="Guards">Indices into <see cref="PolicyIR.Guards"/>.</param>
public sealed record GuardBlock(Stage Stage, ExprIR? Gate, ImmutableArray<int> Guards)
{
    public bool IsDead => Gate is ExprIR.BoolLiteral { Value: false };
}
