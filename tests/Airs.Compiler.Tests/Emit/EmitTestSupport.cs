using System.Text.Json;
using Airs.Compiler.Binding;
using Airs.Compiler.Lowering;
using Airs.Runtime.Decisions;
using Airs.Runtime.Serialization;

namespace Airs.Compiler.Tests.Emit;

internal static class EmitTestSupport
{
    public static readonly EvaluationOptions[] OptionVariants =
    [
        EvaluationOptions.Default,
        new(EnforceAll: true),
        new(ToolsReadOnly: true),
        new(EnforceAll: true, ToolsReadOnly: true, Trace: true),
        new(Trace: true),
        new(Trace: true) { History = RandomContexts.History, Containment = RandomContexts.Containment },
        new(ToolsReadOnly: true) { History = RandomContexts.History },
    ];

    /// <summary>Everything an evaluation says (outcome, message, findings with evidence, redactions, escalations, trace) as one JSON string.</summary>
    public static string Canonical(Evaluation evaluation) => JsonSerializer.Serialize(evaluation, AirsJson.Options);

    public static string RepoRoot { get; } = FindRoot();

    public static IEnumerable<string> PolicyFiles() =>
        Directory.GetFiles(Path.Combine(RepoRoot, "policies", "examples"), "*.airs")
            .Concat(Directory.GetFiles(Path.Combine(RepoRoot, "policies", "lib"), "*.airs", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal);

    public static PolicyIR Compile(string path, string text)
    {
        var compilation = Compilation.FromText(path, text);
        return compilation.Policy ?? throw new InvalidOperationException(
            $"`{path}` does not compile:\n{string.Join("\n", compilation.Diagnostics.Select(d => d.ToString()))}");
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AirsPolicy.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("cannot find the repository root (AirsPolicy.sln)");
    }
}
