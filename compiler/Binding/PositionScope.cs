using System.Collections.Immutable;
using Airs.Compiler.Syntax;
using Airs.Runtime.Decisions;

namespace Airs.Compiler.Binding;

/// <summary>
/// What an expression written at one position may read: the declaration around it, the stage it evaluates on (when
/// the declaration names one) and the tools <c>tool.name</c> is narrowed to there (null: not narrowed).
/// </summary>
public sealed record PositionScope(DeclarationSyntax? Declaration, Stage? Stage, ImmutableHashSet<string>? NarrowedTools);
