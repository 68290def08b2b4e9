using System.Collections.Immutable;
using System.Text.Json;

namespace Airs.Compiler.Import;

/// <summary>
/// Reads MCP tool descriptions: a JSON array of tools, a `tools/list` result (<c>{"tools": [...]}</c>) or the
/// whole JSON-RPC response around it (<c>{"result": {"tools": [...]}}</c>).
/// </summary>
public static class McpToolReader
{
    /// <param name="warnings">Receives one line for each entry that is not a usable tool.</param>
    /// <exception cref="McpImportException">The text is not JSON, or holds no list of tools.</exception>
    public static ImmutableArray<McpTool> Read(string json, ICollection<string> warnings)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new McpImportException($"the input is not valid JSON: {FirstLine(e.Message)}", e);
        }
        using (document)
        {
            var list = ToolList(document.RootElement);
            var tools = ImmutableArray.CreateBuilder<McpTool>();
            var index = 0;
            foreach (var entry in list.EnumerateArray())
            {
                if (ReadTool(entry, index, warnings) is { } tool)
                {
                    tools.Add(tool);
                }
                index++;
            }
            return tools.ToImmutable();
        }
    }

    private static JsonElement ToolList(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            return root;
        }
        if (root.ValueKind == JsonValueKind.Object)
        {
            if (root.TryGetProperty("tools", out var tools) && tools.ValueKind == JsonValueKind.Array)
            {
                return tools;
            }
            if (root.TryGetProperty("result", out var result) && result.ValueKind == JsonValueKind.Object
                && result.TryGetProperty("tools", out var resultTools) && resultTools.ValueKind == JsonValueKind.Array)
            {
                return resultTools;
            }
        }
        throw new McpImportException("expected a JSON array of tools, `{\"tools\": [...]}` or a `tools/list` response");
    }

    private static McpTool? ReadTool(JsonElement entry, int index, ICollection<string> warnings)
    {
        if (entry.ValueKind != JsonValueKind.Object)
        {
            warnings.Add($"tool #{index + 1} is not a JSON object; left out");
            return null;
        }
        if (!entry.TryGetProperty("name", out var nameElement) || nameElement.ValueKind != JsonValueKind.String
            || string.IsNullOrWhiteSpace(nameElement.GetString()))
        {
            warnings.Add($"tool #{index + 1} has no `name`; left out");
            return null;
        }
        var name = nameElement.GetString()!;
        var description = entry.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
        JsonElement? schema = entry.TryGetProperty("inputSchema", out var s) && s.ValueKind != JsonValueKind.Null ? s.Clone() : null;
        var annotations = McpToolAnnotations.None;
        if (entry.TryGetProperty("annotations", out var a) && a.ValueKind == JsonValueKind.Object)
        {
            annotations = new McpToolAnnotations(Flag(a, "readOnlyHint"), Flag(a, "destructiveHint"));
        }
        return new McpTool(name, description, schema, annotations);
    }

    private static bool? Flag(JsonElement annotations, string name) =>
        annotations.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? value.GetBoolean()
            : null;

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim().TrimEnd('.');
}
