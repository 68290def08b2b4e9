using System.Collections.Immutable;
using Airs.Runtime.Decisions;

namespace Airs.Compiler.Lowering;

/// <summary>
/// A lowered guard. <paramref name="Id"/> is the declared <c>id</c> or, when none is declared, the name.
/// A guard without <c>when</c> has the condition <c>true</c>.
/// </summary>
/// <param name="Maps">Standard references, e.g. <c>owasp.llm01</c>, as written.</param>
/// <param name="SourceLine">One-based line of the <c>guard</c> keyword (for emitted comments and traces).</param>
public sealed record GuardIR(
    string Name,
    string Id,
    Stage Stage,
    ControlMode Mode,
    ExprIR Condition,
    ActionIR Action,
    ImmutableArray<string> Maps,
    int SourceLine)
{
    /// <summary>The path of the file that declares the guard (a pack's, for a guard brought in by <c>use</c>); "" when unknown.</summary>
    public string SourceFile { get; init; } = "";

    public ExprIR Condition
    {
        get;
        init => field = RequireBool(value);
    } = RequireBool(Condition);

    private static ExprIR RequireBool(ExprIR condition) => condition.Type == Semantics.AirsType.Bool
        ? condition
        : throw new ArgumentException($"a guard condition is `bool`, not `{condition.Type}`", nameof(condition));
}
