using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Airs.Compiler.Diagnostics;

namespace Airs.Cli;

/// <summary>
/// Diagnostics as a SARIF 2.1.0 log, the format code-scanning services (GitHub, Azure DevOps) read: one run,
/// a rule for each code that occurs (linked to its documentation), and a result per diagnostic with its
/// file relative to <c>%SRCROOT%</c> (the working directory) and its one-based region.
/// </summary>
public static class SarifReport
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string InformationUri = "https://github.com/airspolicy/airspolicy";
    public const string DiagnosticsDocsUri = InformationUri + "/blob/main/docs/diagnostics.md";
    public const string SourceRoot = "%SRCROOT%";

    public static string Write(IReadOnlyList<Diagnostic> diagnostics, string workingDirectory)
    {
        var rules = diagnostics.Select(d => d.Code).Distinct().Order(StringComparer.Ordinal).ToList();
        var log = new JsonObject
        {
            ["$schema"] = SchemaUri,
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject
                {
                    ["driver"] = new JsonObject
                    {
                        ["name"] = "airs",
                        ["informationUri"] = InformationUri,
                        ["version"] = ToolVersion(),
                        ["rules"] = new JsonArray([.. rules.Select(code => Rule(code, diagnostics.First(d => d.Code == code)))]),
                    },
                },
                ["originalUriBaseIds"] = new JsonObject
                {
                    [SourceRoot] = new JsonObject { ["uri"] = DirectoryUri(workingDirectory) },
                },
                ["results"] = new JsonArray([.. diagnostics.Select(d => Result(d, rules.IndexOf(d.Code), workingDirectory))]),
            }),
        };
        return log.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    public static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };

    private static JsonObject Rule(string code, Diagnostic example) => new()
    {
        ["id"] = code,
        ["helpUri"] = $"{DiagnosticsDocsUri}#{example.DocsAnchor}",
        ["defaultConfiguration"] = new JsonObject { ["level"] = Level(example.Severity) },
    };

    private static JsonObject Result(Diagnostic diagnostic, int ruleIndex, string workingDirectory)
    {
        var start = diagnostic.Location.Start;
        var end = diagnostic.Location.End;
        var message = diagnostic.Help is { } help ? $"{diagnostic.Message} (help: {help})" : diagnostic.Message;
        return new JsonObject
        {
            ["ruleId"] = diagnostic.Code,
            ["ruleIndex"] = ruleIndex,
            ["level"] = Level(diagnostic.Severity),
            ["message"] = new JsonObject { ["text"] = message },
            ["locations"] = new JsonArray(new JsonObject
            {
                ["physicalLocation"] = new JsonObject
                {
                    ["artifactLocation"] = ArtifactLocation(diagnostic.Location.Source.Path, workingDirectory),
                    ["region"] = new JsonObject
                    {
                        // SARIF lines and columns are one-based; the end column is the one after the last character.
                        ["startLine"] = start.Line + 1,
                        ["startColumn"] = start.Character + 1,
                        ["endLine"] = end.Line + 1,
                        ["endColumn"] = end.Character + 1,
                    },
                },
            }),
        };
    }

    /// <summary>
    /// A file under the working directory is relative to <c>%SRCROOT%</c> with forward slashes; one outside it
    /// is an absolute <c>file:</c> URI; a standard-library pack keeps its virtual path.
    /// </summary>
    private static JsonObject ArtifactLocation(string path, string workingDirectory)
    {
        if (!Path.IsPathRooted(path))
        {
            return new JsonObject { ["uri"] = EscapePath(path.Replace('\\', '/')) };
        }
        var relative = Path.GetRelativePath(workingDirectory, path);
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return new JsonObject { ["uri"] = new Uri(path).AbsoluteUri };
        }
        return new JsonObject
        {
            ["uri"] = EscapePath(relative.Replace('\\', '/')),
            ["uriBaseId"] = SourceRoot,
        };
    }

    private static string EscapePath(string relative) => string.Join('/', relative.Split('/').Select(Uri.EscapeDataString));

    private static string DirectoryUri(string directory)
    {
        var uri = new Uri(Path.GetFullPath(directory)).AbsoluteUri;
        return uri.EndsWith('/') ? uri : uri + "/";
    }

    private static string ToolVersion()
    {
        var assembly = typeof(SarifReport).Assembly;
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        // The part after `+` is the source revision, which SARIF keeps apart from the version.
        return informational?.Split('+')[0] ?? assembly.GetName().Version?.ToString() ?? "0.0.0";
    }
}
