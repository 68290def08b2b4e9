using System.Collections.Immutable;
using Airs.Runtime.Decisions;

namespace Airs.Compiler.Binding;

/// <summary>
/// What an expression may read: the stage's context fields, and, where a condition has narrowed
/// <c>tool.name</c> to known tools (<c>tool.name == "x" and …</c>), those tools' typed arguments.
/// </summary>
internal sealed record Scope(Stage Stage, ImmutableHashSet<string>? NarrowedTools)
{
    /// <summary>The variables of the enclosing quantifiers, outermost first: a variable's index is its level.</summary>
    public ImmutableList<QuantifierVariable> Variables { get; init; } = [];

    public Scope Narrow(ImmutableHashSet<string> tools) =>
        this with { NarrowedTools = NarrowedTools is null ? tools : NarrowedTools.Intersect(tools) };

    public Scope With(QuantifierVariable variable) => this with { Variables = Variables.Add(variable) };

    public QuantifierVariable? Variable(string name) => Variables.FirstOrDefault(v => v.Name == name);
}

/// <summary>A quantifier's variable while its body binds; <see cref="Used"/> is set when the body reads it.</summary>
internal sealed class QuantifierVariable(string name, int level, Semantics.AirsType type)
{
    public string Name { get; } = name;

    public int Level { get; } = level;

    public Semantics.AirsType Type { get; } = type;

    public bool Used { get; set; }
}
