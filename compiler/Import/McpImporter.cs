using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Airs.Compiler.Import;

/// <summary>What to call the input in the header, and whether to wrap the declarations in a pack.</summary>
/// <param name="PackName">When set (e.g. <c>mcp.github</c>), the output is a pack a policy can <c>use "./file.airs"</c>.</param>
public sealed record McpImportOptions(string? SourceName = null, string? PackName = null);

/// <summary>The `.airs` text, the tools it declares, and one line for everything the language could not express.</summary>
public sealed record McpImportResult(string Text, ImmutableArray<ImportedTool> Tools, ImmutableArray<string> Warnings);

/// <summary>
/// Turns MCP tool descriptions into typed `tool` declarations: argument types from each tool's JSON Schema,
/// `writes` from its annotations, name and description. What the language cannot express is written as a
/// comment and reported as a warning, never silently dropped.
/// </summary>
public static partial class McpImporter
{
    /// <exception cref="McpImportException">The text is not JSON, or holds no list of tools.</exception>
    public static McpImportResult Import(string json, McpImportOptions? options = null)
    {
        options ??= new McpImportOptions();
        if (options.PackName is { } pack && !IsPackName(pack))
        {
            throw new McpImportException($"`{pack}` is not a pack name (identifiers joined by `.`, e.g. `mcp.github`)");
        }
        var warnings = new List<string>();
        var tools = ImmutableArray.CreateBuilder<ImportedTool>();
        var duplicates = new List<string>();
        foreach (var tool in McpToolReader.Read(json, warnings))
        {
            if (tools.Any(t => t.Name == tool.Name))
            {
                duplicates.Add(tool.Name);
                warnings.Add($"tool `{tool.Name}` is listed twice; the second is left out");
                continue;
            }
            if (tool.Name.Any(char.IsSurrogate) && !IsValidUtf16(tool.Name))
            {
                warnings.Add($"tool #{tools.Count + 1}: its name is not valid Unicode; left out");
                continue;
            }
            var imported = Translate(tool);
            foreach (var lost in imported.NotExpressible)
            {
                warnings.Add($"tool `{imported.Name}`: argument `{lost.Name}` is not expressible ({lost.Reason}); written as a comment");
            }
            tools.Add(imported);
        }
        var text = ToolDeclarationPrinter.Print(tools.ToImmutable(), duplicates, options);
        return new McpImportResult(text, tools.ToImmutable(), [.. warnings]);
    }

    public static ImportedTool Translate(McpTool tool)
    {
        var arguments = ArgumentTypes.Translate(tool.InputSchema);
        var writes = WritesClassifier.Classify(tool);
        var notes = arguments.Arguments.Where(a => a.Note is not null).Select(a => $"`{a.Name}`: {a.Note}").ToImmutableArray();
        return new ImportedTool(tool.Name, tool.Description, arguments.Arguments, notes, arguments.NotExpressible, writes.Writes, writes.Reason);
    }

    /// <summary>Identifiers joined by dots, as after `pack`.</summary>
    public static bool IsPackName(string name) => QualifiedName().IsMatch(name);

    private static bool IsValidUtf16(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }
        return true;
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$")]
    private static partial Regex QualifiedName();
}
