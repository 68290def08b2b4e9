using System.Collections.Immutable;
using Airs.Runtime.Decisions;

namespace Airs.Compiler.Binding;

/// <summary>
/// What an expression may read: the stage's context fields, and, where a condition has narrowed
/// <c>tool.name</c> to known tools (<c>tool.name == "x" and …</c>), those tools' typed arguments.
/// </summary>
internal sealed record Scope(Stage Stage, ImmutableHashSet<string>? NarrowedTools)
{
    public Scope Narrow(ImmutableHashSet<string> tools) =>
        this with { NarrowedTools = NarrowedTools is null ? tools : NarrowedTools.Intersect(tools) };
}
