using System.Text.Json;

namespace Airs.Compiler.Import;

/// <summary>One tool as an MCP server describes it in `tools/list`.</summary>
public sealed record McpTool(string Name, string? Description, JsonElement? InputSchema, McpToolAnnotations Annotations);

/// <summary>
/// The behaviour hints of an MCP tool. MCP calls them hints, not guarantees: an import treats them as
/// one signal among several and errs towards `writes`.
/// </summary>
public sealed record McpToolAnnotations(bool? ReadOnlyHint, bool? DestructiveHint)
{
    public static readonly McpToolAnnotations None = new(null, null);
}
