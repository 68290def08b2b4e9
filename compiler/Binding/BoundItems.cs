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
    ImmutableArray<string> Maps);

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
    ImmutableArray<BoundDelegation> Delegations);

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
    string? ExpectedControl);
