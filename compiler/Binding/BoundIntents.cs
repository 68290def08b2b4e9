using System.Collections.Immutable;
using Airs.Compiler.Syntax;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Binding;

// Intents and workflows, as bound: the lowerer fills in the tier's evaluation frequency, the checker relates them.

/// <summary>An <c>intent</c> block (or an agent's deprecated <c>task</c>, then with only a goal and no syntax).</summary>
/// <param name="At">Where the intent is written, for diagnostics about it as a whole.</param>
/// <param name="Evaluate">The <c>evaluate</c> setting, with its syntax; null when left to the tier.</param>
internal sealed record BoundIntent(
    SyntaxTree Tree,
    SyntaxNode At,
    string Goal,
    ImmutableArray<BoundCriterion> Success,
    ImmutableArray<BoundCriterion> Failure,
    ImmutableArray<string> Tools,
    SettingSyntax? ToolsSetting,
    ImmutableArray<string> Data,
    (EvaluationFrequency Frequency, SettingSyntax Setting)? Evaluate);

/// <summary>A named criterion, with the name's token (where coverage gaps are reported).</summary>
internal sealed record BoundCriterion(string Name, string Text, SyntaxToken NameToken);

/// <summary>A <c>workflow</c>: its declared agents, in order, and its intent.</summary>
internal sealed record BoundWorkflow(SyntaxTree Tree, WorkflowDeclarationSyntax Syntax, string Name, ImmutableArray<string> Agents, BoundIntent? Intent);

internal sealed partial record BoundJudge
{
    /// <summary>The judge's own <c>intent</c>, if it declares one.</summary>
    public BoundIntent? Intent { get; init; }

    /// <summary>The intent placeholders its prompt reads (<c>agent.intent.goal</c>, …), in order.</summary>
    public ImmutableArray<string> IntentPaths { get; init; } = [];
}

internal sealed partial record BoundPolicy
{
    public ImmutableArray<BoundWorkflow> Workflows { get; init; } = [];
}
