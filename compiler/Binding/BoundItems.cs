using System.Collections.Immutable;
using Airs.Compiler.Lowering;
using Airs.Compiler.Syntax;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Functions;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Binding;

// The bound items. Expressions are bound straight to the IR's typed expression trees (ExprIR): binding
// types them, and nothing about them changes in lowering. A bound item exists only when the item bound
// without errors; otherwise its diagnostics say why it is missing.

internal sealed record BoundGuard(
    SyntaxTree Tree,
    GuardDeclarationSyntax Syntax,
    string Name,
    string Id,
    Stage Stage,
    ControlMode Mode,
    ExprIR Condition,
    ActionIR Action,
    ImmutableArray<string> Maps);

/// <param name="Sample">The <c>sample</c> setting; null when the judge leaves it to the tier.</param>
/// <param name="OnFail">The <c>on fail</c> action; null for the default flag.</param>
internal sealed partial record BoundJudge(
    SyntaxTree Tree,
    JudgeDeclarationSyntax Syntax,
    string Name,
    string Id,
    Stage Stage,
    ControlMode Mode,
    string Model,
    string? Challenger,
    SampleSetting? Sample,
    TimeSpan? Timeout,
    bool Blocking,
    string Prompt,
    ActionSpec? OnFail,
    JudgeFailure OnError,
    ImmutableArray<string> Maps)
{
    /// <summary>Its <c>when</c>, <c>sample … when … fired</c>, <c>confidence</c> and <c>on uncertain</c>.</summary>
    public JudgeRisk Risk { get; init; } = JudgeRisk.None;
}

/// <summary>
/// A judge's <c>sample</c>: one rate for every tier, or a rate per tier (<c>{ low: 1%, high: 50% }</c>).
/// A null rate was written but invalid (reported); the tier's default applies.
/// </summary>
internal sealed record SampleSetting(double? Everywhere, ImmutableDictionary<Tier, double?> ByTier);

/// <summary>What a judge failure does: <see cref="Action"/> when <c>on error</c> names one, else the tier's posture (moving PACE to <see cref="Pace"/>, if set).</summary>
internal sealed record JudgeFailure(ActionSpec? Action, PaceLevel? Pace);

internal sealed record BoundReview(SyntaxTree Tree, ReviewDeclarationSyntax Syntax, string Name, TimeSpan? Sla, ActionSpec? OnExpiry);

internal sealed record BoundBreaker(
    SyntaxTree Tree,
    BreakerDeclarationSyntax Syntax,
    string Name,
    BreakerCounter Counter,
    int Threshold,
    TimeSpan Window,
    BreakerScope Scope,
    TimeSpan? Cooldown,
    string? Fallback);

/// <summary>A bound <c>limit</c>: its runtime spec, complete.</summary>
internal sealed record BoundLimit(SyntaxTree Tree, LimitDeclarationSyntax Syntax, LimitSpec Spec);

/// <param name="ApprovalSetting">The <c>approval</c> setting, where approvals the agent does not hold are reported.</param>
/// <param name="Intent">Its <c>intent</c> block, or the deprecated <c>task</c> read as an intent with only a goal.</param>
internal sealed record BoundAgent(
    SyntaxTree Tree,
    AgentDeclarationSyntax Syntax,
    string Name,
    ImmutableArray<string> Tools,
    ImmutableArray<string> Approval,
    SettingSyntax? ApprovalSetting,
    BoundIntent? Intent,
    ImmutableArray<BoundDelegation> Delegations)
{
    /// <summary>The declared <c>backup</c> agent, for PACE <c>handover</c>.</summary>
    public string? Backup { get; init; }
}

/// <summary><c>delegates to_agent tools [...]</c>, to a declared agent.</summary>
internal sealed record BoundDelegation(DelegatesSyntax Syntax, string To, ImmutableArray<string> Tools);

/// <summary>
/// A test block: the values its assignments give, what it stubs and what it expects. Each value is what the
/// literal says: a <c>string</c>, a <c>double</c>, a <c>bool</c>, or an <c>ImmutableArray&lt;object&gt;</c> of those.
/// </summary>
/// <param name="Fields">Built-in context fields and their values, in assignment order (a later one replaces an earlier one).</param>
/// <param name="ToolArgs">Values of the narrowed tool's arguments; empty when the test sets none.</param>
/// <param name="Attributes">Values of the policy's declared context attributes.</param>
internal sealed record BoundTest(
    SyntaxTree Tree,
    TestDeclarationSyntax Syntax,
    string Name,
    Stage Stage,
    ImmutableArray<(ContextField Field, object Value)> Fields,
    ImmutableArray<(string Name, object Value)> ToolArgs,
    ImmutableArray<(string Path, object Value)> Attributes,
    ImmutableDictionary<string, JudgeVerdict> JudgeStubs,
    Outcome Expected,
    string? ExpectedControl)
{
    /// <summary>The <c>send</c> and <c>wait</c> items, in order, run before the expected request.</summary>
    public ImmutableArray<BoundTestStep> Steps { get; init; } = [];

    /// <summary>Every tool argument the test sets, in order (<see cref="ToolArgs"/> holds those of its last tool call); steps take ranges of it.</summary>
    public ImmutableArray<(string Name, object Value)> AllToolArgs { get; init; } = [];
}

/// <summary>
/// A <c>send</c> (<paramref name="Times"/> requests on <paramref name="Stage"/>) or a <c>wait</c> (<paramref name="Wait"/>,
/// Times 0), with how many of the test's fields, attributes and tool arguments were assigned before it (the tool
/// arguments of its call are <c>AllToolArgs[ToolArgsFrom..ToolArgs]</c>).
/// </summary>
internal sealed record BoundTestStep(Stage Stage, int Times, TimeSpan Wait, int Fields, int Attributes, int ToolArgsFrom, int ToolArgs);
