using System.Collections.Concurrent;
using Airs.Runtime.Decisions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Airs.Runtime.Tests.Bundles;

/// <summary>Tiny policy assemblies compiled in memory with Roslyn (test fixtures only), cached by source.</summary>
internal static class PolicyAssemblies
{
    public const string EvaluatorType = "Fixture.Policy";

    private static readonly ConcurrentDictionary<string, byte[]> Cache = new();

    private static readonly Lazy<MetadataReference[]> References = new(() =>
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is var n && (n.StartsWith("System.", StringComparison.Ordinal) || n is "netstandard.dll" or "mscorlib.dll"));
        return [.. platform.Select(p => MetadataReference.CreateFromFile(p)), MetadataReference.CreateFromFile(typeof(ICompiledPolicy).Assembly.Location)];
    });

    /// <summary>A policy that blocks input containing <c>ignore previous instructions</c>, with <paramref name="marker"/> as its message.</summary>
    public static byte[] Blocking(string marker = "I can't help with that.") => Compile(BlockingSource(marker));

    private static string BlockingSource(string marker) => $$"""
        using System;
        using Airs.Runtime.Decisions;
        using Airs.Runtime.Context;
        namespace Fixture;
        public sealed class Policy : ICompiledPolicy
        {
            public Evaluation Evaluate(Stage stage, RequestContext context, EvaluationOptions options)
            {
                var builder = new EvaluationBuilder(options.Trace);
                if (stage == Stage.Input && context.InputText.Contains("ignore previous instructions", StringComparison.OrdinalIgnoreCase))
                {
                    builder.Fire(new Finding("GR-IN-01", "prompt_injection", Layer.Guardrail, Outcome.Block, ControlMode.Enforce, "prompt injection", []), {{SymbolDisplay.FormatLiteral(marker, quote: true)}});
                }
                else
                {
                    builder.NotFired("prompt_injection", Layer.Guardrail);
                }
                return builder.Build();
            }
        }
        """;

    public static byte[] NotAPolicy() => Compile("namespace Fixture; public sealed class Policy { }");

    public static byte[] ThrowingConstructor() => Compile("""
        using Airs.Runtime.Decisions;
        using Airs.Runtime.Context;
        namespace Fixture;
        public sealed class Policy : ICompiledPolicy
        {
            public Policy() => throw new System.InvalidOperationException("boom.");
            public Evaluation Evaluate(Stage stage, RequestContext context, EvaluationOptions options) => Evaluation.Allowed;
        }
        """);

    /// <summary>
    /// A blocking policy whose assembly also holds a type built on an assembly the host does not have: the policy
    /// constructs, but listing the assembly's types fails.
    /// </summary>
    public static byte[] WithUnloadableType()
    {
        var missing = CSharpCompilation.Create("airs_missing_fixture", [CSharpSyntaxTree.ParseText("namespace Missing; public class Base { }")],
            References.Value, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var missingImage = new MemoryStream();
        Assert.True(missing.Emit(missingImage).Success);
        var policy = CSharpSyntaxTree.ParseText(BlockingSource("unloadable") + "\npublic sealed class Helper : Missing.Base { }");
        var compilation = CSharpCompilation.Create("airs_policy_fixture", [policy],
            [.. References.Value, MetadataReference.CreateFromImage(missingImage.ToArray())],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        Assert.True(compilation.Emit(image).Success);
        return image.ToArray();
    }

    public static byte[] Compile(string source) => Cache.GetOrAdd(source, static s =>
    {
        var compilation = CSharpCompilation.Create(
            "airs_policy_fixture",
            [CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.Preview))],
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, deterministic: true, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success)
        {
            throw new InvalidOperationException($"fixture does not compile:\n{string.Join("\n", result.Diagnostics)}\n{s}");
        }
        return image.ToArray();
    });
}
