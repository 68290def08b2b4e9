using System.Collections.Immutable;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Functions;

namespace Airs.Compiler.Lowering;

/// <summary>
/// A lowered <c>test</c> block: the context its assignments build, the judges it stubs, and what it expects.
/// </summary>
/// <param name="Stage">The stage under test: <c>test "…" on output</c>, or inferred by the binder from the assignments.</param>
/// <param name="JudgeStubs">Judge name → verdict (<c>judge grounded returns fail</c>); unstubbed judges pass.</param>
/// <param name="ExpectedControl">The control named by <c>expect block by prompt_injection</c>, if any.</param>
/// <param name="Options">The PACE options to evaluate under (default: none).</param>
public sealed record TestIR(
    string Name,
    Stage Stage,
    RequestContext Context,
    ImmutableDictionary<string, JudgeVerdict> JudgeStubs,
    Outcome Expected,
    string? ExpectedControl,
    int SourceLine,
    EvaluationOptions? Options = null)
{
    /// <summary>The requests sent and the waits, in order, before the expected request (limits count them).</summary>
    public ImmutableArray<TestStepIR> Steps { get; init; } = [];
}

/// <summary>A test's <c>send</c> (<paramref name="Times"/> decisions of <paramref name="Context"/> on <paramref name="Stage"/>) or <c>wait</c> (<paramref name="Wait"/>, Times 0).</summary>
public sealed record TestStepIR(Stage Stage, RequestContext Context, int Times, TimeSpan Wait);
