using System.Collections.Immutable;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Import;

/// <summary>An MCP tool translated into what a `tool` declaration can say, with everything it could not.</summary>
/// <param name="Notes">Constraints the declaration loses but keeps as a comment (enum values, formats).</param>
/// <param name="NotExpressible">Arguments the language cannot type, each with the reason; written as comments.</param>
/// <param name="WritesReason">Why the tool was (or was not) declared `writes`, in words for a comment.</param>
public sealed record ImportedTool(
    string Name,
    string? Description,
    ImmutableArray<ImportedArgument> Arguments,
    ImmutableArray<string> Notes,
    ImmutableArray<UnexpressibleArgument> NotExpressible,
    bool Writes,
    string WritesReason);

/// <param name="Rules">What the schema says beyond the type: `required` (else optional), `minimum`, `maximum`, `pattern`, `enum`.</param>
public sealed record ImportedArgument(string Name, ArgType Type, string? Note = null, ValueRules? Rules = null);

public sealed record UnexpressibleArgument(string Name, string Reason);
