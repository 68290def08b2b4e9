using System.Collections.Immutable;
using System.Text;
using Airs.Runtime.Decisions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Airs.Compiler.Emit;

/// <summary>
/// Compiles generated source in memory: release, deterministic (the same source gives the same bytes), against
/// the running app's framework assemblies and the host's Airs.Runtime, so a bundle shares the host's types.
/// </summary>
internal static class RoslynCompiler
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static (ImmutableArray<byte> Assembly, ImmutableArray<Microsoft.CodeAnalysis.Diagnostic> Diagnostics) Compile(string assemblyName, string source)
    {
        var tree = CSharpSyntaxTree.ParseText(source, ParseOptions, path: assemblyName + ".g.cs", encoding: Encoding.UTF8);
        var options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            optimizationLevel: OptimizationLevel.Release,
            deterministic: true,
            nullableContextOptions: NullableContextOptions.Enable,
            concurrentBuild: false);
        var compilation = CSharpCompilation.Create(assemblyName, [tree], References.Value, options);
        using var pe = new MemoryStream();
        var result = compilation.Emit(pe);
        var reported = result.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Hidden).ToImmutableArray();
        return (result.Success ? ImmutableArray.Create(pe.ToArray()) : [], reported);
    }

    // The framework assemblies Airs.Runtime itself references (plus CoreLib, where their types live), and Airs.Runtime:
    // generated code calls only the runtime library and the framework types it exposes. Not every framework assembly:
    // binding against all 160-odd cost `airs build` a tenth of its time, and the generated code has no business naming
    // types (processes, sockets) that the runtime library does not use.
    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var runtime = typeof(ICompiledPolicy).Assembly;
        var needed = runtime.GetReferencedAssemblies()
            .Select(name => name.Name)
            .Where(name => name is not null && (name.StartsWith("System.", StringComparison.Ordinal) || name == "netstandard"))
            .Append("System.Private.CoreLib")
            .ToHashSet(StringComparer.Ordinal);
        var tpa = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var framework = tpa.Where(path => needed.Contains(Path.GetFileNameWithoutExtension(path)));
        return [.. framework.Append(runtime.Location)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(Path.GetFileName, StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))];
    }
}
