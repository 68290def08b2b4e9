using System.Text.Json;
using Airs.Compiler.Diagnostics;

namespace Airs.Cli;

/// <summary>Prints diagnostics as `file:line:col: error AIRS0001: message` lines, or as JSON for scripts.</summary>
public static class DiagnosticFormatter
{
    public static void WriteText(TextWriter writer, Diagnostic diagnostic)
    {
        var start = diagnostic.Location.Start;
        writer.WriteLine($"{PolicyFiles.Display(diagnostic.Location.Source.Path)}:{start}: {Severity(diagnostic)} {diagnostic.Code}: {diagnostic.Message}");
        if (diagnostic.Help is { } help)
        {
            writer.WriteLine($"  help: {help}");
        }
    }

    public static object ToJson(Diagnostic diagnostic)
    {
        var start = diagnostic.Location.Start;
        var end = diagnostic.Location.End;
        return new
        {
            code = diagnostic.Code,
            severity = Severity(diagnostic),
            message = diagnostic.Message,
            help = diagnostic.Help,
            file = PolicyFiles.Display(diagnostic.Location.Source.Path),
            line = start.Line + 1,
            column = start.Character + 1,
            endLine = end.Line + 1,
            endColumn = end.Character + 1,
        };
    }

    public static string Severity(Diagnostic diagnostic) => diagnostic.Severity.ToKeyword();

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };
}
