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

    // The framework part of the trusted platform assemblies (not the app's own or its test runner's), plus Airs.Runtime.
    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var tpa = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var framework = tpa.Where(path =>
        {
            var name = Path.GetFileName(path);
            return name.StartsWith("System.", StringComparison.Ordinal) || name is "netstandard.dll" or "mscorlib.dll";
        });
        var runtime = typeof(ICompiledPolicy).Assembly.Location;
        return [.. framework.Append(runtime)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(Path.GetFileName, StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))];
    }
}
