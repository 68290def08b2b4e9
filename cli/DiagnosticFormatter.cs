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

    public static DiagnosticJson ToJson(Diagnostic diagnostic)
    {
        var start = diagnostic.Location.Start;
        var end = diagnostic.Location.End;
        return new(diagnostic.Code, Severity(diagnostic), diagnostic.Message, diagnostic.Help,
            PolicyFiles.Relative(diagnostic.Location.Source.Path), start.Line + 1, start.Character + 1, end.Line + 1, end.Character + 1);
    }

    public static string Severity(Diagnostic diagnostic) => diagnostic.Severity.ToKeyword();
}
