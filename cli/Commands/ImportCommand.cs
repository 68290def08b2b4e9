using System.CommandLine;
using Airs.Compiler.Import;
using Airs.Compiler.Text;

namespace Airs.Cli.Commands;

/// <summary>
/// `airs import mcp &lt;tools.json&gt; [-o file.airs] [--pack name]`: typed `tool` declarations from MCP tool
/// descriptions. The declarations go to the file (or standard output); what could not be expressed goes to
/// standard error as warnings, and into the output as comments.
/// </summary>
public static class ImportCommand
{
    public static Command Create(CliConsole console)
    {
        var input = new Argument<string>("tools") { Description = "a JSON file of MCP tools (an array, or the result of `tools/list`), or - for standard input" };
        var output = new Option<string?>("--output", "-o") { Description = "the .airs file to write (default: standard output)" };
        var pack = new Option<string?>("--pack") { Description = "wrap the declarations in a pack of this name, for `use \"./file.airs\"`" };
        var mcp = new Command("mcp", "write `tool` declarations for the tools of an MCP server") { input, output, pack };
        mcp.SetAction(result => Run(console, result.GetValue(input)!, result.GetValue(output), result.GetValue(pack)));
        return new Command("import", "import declarations from other descriptions of a system") { mcp };
    }

    private static int Run(CliConsole console, string inputPath, string? outputPath, string? packName)
    {
        if (packName is not null && !McpImporter.IsPackName(packName))
        {
            throw new UsageException($"`{packName}` is not a pack name (identifiers joined by `.`, e.g. `mcp.github`)");
        }
        string json;
        if (inputPath == "-")
        {
            json = Console.In.ReadToEnd();
        }
        else if (File.Exists(inputPath))
        {
            json = PolicyFile.ReadAllText(inputPath, PolicyFile.MaxInputBytes, "MCP tool descriptions");
        }
        else
        {
            throw new UsageException($"`{inputPath}` does not exist");
        }
        McpImportResult result;
        try
        {
            var source = inputPath == "-" ? "standard input" : Path.GetFileName(inputPath);
            result = McpImporter.Import(json, new McpImportOptions(source, packName));
        }
        catch (McpImportException e)
        {
            console.Error.WriteLine($"error: {inputPath}: {e.Message}");
            return AirsCommand.Problems;
        }
        foreach (var warning in result.Warnings)
        {
            console.Error.WriteLine($"warning: {warning}");
        }
        if (outputPath is null)
        {
            console.Out.Write(result.Text);
        }
        else
        {
            File.WriteAllText(outputPath, result.Text);
            var writes = result.Tools.Count(t => t.Writes);
            console.Error.WriteLine($"wrote {result.Tools.Length} tool{(result.Tools.Length == 1 ? "" : "s")} ({writes} writing) to {PolicyFiles.Display(Path.GetFullPath(outputPath))}");
        }
        return AirsCommand.Ok;
    }
}
