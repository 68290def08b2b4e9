using System.Collections.Immutable;
using Airs.Compiler.Diagnostics;
using Airs.Compiler.Syntax;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Binding;

/// <summary>
/// The bound model: every item of the policy and of the packs it uses, with its names resolved and its
/// expressions typed, and nothing filled in yet. The checker reads it to report semantic rules; the
/// lowerer reads it to fill in the tier's defaults and build the IR. Settings left out are null here.
/// </summary>
/// <param name="Tier">The policy's own <c>tier</c>, or null when it declares none (or an invalid one).</param>
/// <param name="TierSetting">The root's <c>tier</c> setting, where a rule about the tier is reported.</param>
/// <param name="PackTiers">The <c>tier</c> each used pack records (as <c>airs assess</c> writes it), with the pack's tree.</param>
/// <param name="Tools">The policy's <c>tools</c> list.</param>
/// <param name="DeclaredTools">The <c>tool</c> declarations, in declaration order.</param>
/// <param name="DeclaredRules">The value rules of every tool argument and context attribute, with their syntax.</param>
/// <param name="Pace">The states of the (first) <c>pace</c> block.</param>
/// <param name="PaceReferences">Every PACE level an action moves to.</param>
internal sealed partial record BoundPolicy(
    SyntaxTree Tree,
    PolicyDeclarationSyntax Syntax,
    string Name,
    bool IsPack,
    string? Version,
    string? Owner,
    Tier? Tier,
    SettingSyntax? TierSetting,
    ImmutableArray<BoundPackTier> PackTiers,
    ImmutableArray<string> Models,
    ImmutableArray<string> Tools,
    ImmutableArray<ToolSpec> DeclaredTools,
    ImmutableArray<AttributeSpec> Attributes,
    ImmutableArray<BoundRules> DeclaredRules,
    ImmutableArray<BoundGuard> Guards,
    ImmutableArray<BoundJudge> Judges,
    ImmutableArray<BoundReview> Reviews,
    ImmutableArray<BoundBreaker> Breakers,
    ImmutableArray<BoundAgent> Agents,
    ImmutableArray<PaceStateSpec> Pace,
    ImmutableArray<PaceReference> PaceReferences,
    ImmutableArray<BoundTest> Tests,
    ImmutableArray<Symbol> Symbols,
    ImmutableArray<SymbolReference> References)
{
    /// <summary>The <c>limit</c> declarations, in declaration order.</summary>
    public ImmutableArray<BoundLimit> Limits { get; init; } = [];

    /// <summary>The <c>after</c> rules of every tool, bound.</summary>
    public ImmutableArray<BoundSequence> Sequences { get; init; } = [];

    /// <summary>The policy's <c>max depth</c>, where it is written; null when it sets none.</summary>
    public BoundMaxDepth? MaxDepth { get; init; }

    /// <summary>Every <c>breaker x open</c> PACE trigger, where it is written.</summary>
    public ImmutableArray<BoundBreakerTrigger> BreakerTriggers { get; init; } = [];

    /// <summary>Every PACE action on one agent, where it is written.</summary>
    public ImmutableArray<BoundAgentAction> AgentActions { get; init; } = [];
}

/// <summary>An <c>after</c> rule of a tool, checked and ready for the runtime.</summary>
internal sealed record BoundSequence(SyntaxTree Tree, SequenceSyntax Syntax, SequenceSpec Spec);

internal sealed record BoundMaxDepth(SyntaxTree Tree, MaxDepthSyntax Syntax, int Depth);

internal sealed record BoundBreakerTrigger(SyntaxTree Tree, BreakerOpenTriggerSyntax Syntax);

internal sealed record BoundAgentAction(SyntaxTree Tree, AgentActionSyntax Syntax, AgentActionSpec Spec);

/// <summary>A used pack's recorded <c>tier</c>.</summary>
internal sealed record BoundPackTier(SyntaxTree Tree, Tier Tier);

/// <summary>The rules after a declared type, as bound, and the rule syntax they came from.</summary>
internal sealed record BoundRules(SyntaxTree Tree, ImmutableArray<ValueRuleSyntax> Syntax, ValueRules Rules);

/// <summary>A PACE level named by an action (<c>pace alternate</c>), where it is named.</summary>
internal sealed record PaceReference(Location Location, string Text, PaceLevel Level);
