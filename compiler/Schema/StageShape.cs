using System.Collections.Immutable;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;

namespace Airs.Compiler.Schema;

/// <summary>
/// One stage as the language sees it: its keyword, its main field (the text a decision releases, from the runtime's
/// <c>StageText</c>) and every context field an expression on it may read.
/// </summary>
public sealed record StageShape(Stage Stage, string Keyword, ContextFieldInfo MainField, ImmutableArray<ContextFieldInfo> Fields);
