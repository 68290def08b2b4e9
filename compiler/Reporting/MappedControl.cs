using System.Collections.Immutable;
using Airs.Runtime.Decisions;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Reporting;

public enum ControlKind
{
    Guard,
    Judge,

    /// <summary>A <c>limit</c>: requests, tokens, cost or tool calls counted across requests.</summary>
    Limit,

    /// <summary>Enforced by the engine itself because of what the policy declares (tools, agents).</summary>
    Engine,
}

public static class ControlKinds
{
    public static readonly KeywordTable<ControlKind> Table = new(
        (ControlKind.Guard, "guard"), (ControlKind.Judge, "judge"), (ControlKind.Engine, "engine"), (ControlKind.Limit, "limit"));
}

/// <summary>A control and the standard items it says it addresses.</summary>
/// <param name="Id">The declared <c>id</c> (or the name when none is declared); null for engine controls.</param>
/// <param name="Note">For engine controls: what they do and what they leave open.</param>
public sealed record MappedControl(
    string Name,
    ControlKind Kind,
    string? Id,
    ControlMode Mode,
    SourceSpot? Where,
    ImmutableArray<string> Maps,
    string? Note = null)
{
    public string KindName => ControlKinds.Table.ToKeyword(Kind);

    public bool IsDetect => Mode == ControlMode.Detect;
}
