using System.CodeDom.Compiler;
using System.Text.RegularExpressions;
using Airs.Compiler.Binding;
using Compilation = Airs.Compiler.Binding.Compilation;
using Airs.Compiler.Emit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Airs.Compiler.Tests.Emit;

/// <summary>
/// The emitter's C# is typed: a raw string cannot be a hole in emitted code, constructors take named arguments,
/// and every emitted type says what generated it and every guard comment where it came from.
/// </summary>
public sealed class TypedEmissionTests
{
    public static TheoryData<string> Files() => EmitExamplesTests.Files();

    // Compiled as "Airs.Compiler.Tests", the probe sees the compiler's internals as this assembly does.
    private const string Probe = """
        using Airs.Compiler.Emit;
        using static Airs.Compiler.Emit.CSharpCode;
        internal static class Probe
        {
            internal static CSharpCode Fragment(string name, int index) => Code($"new X(Name: {Literal(name)}, Index: {index:D3})");
            internal static void Comment(CodeWriter w, string name) => w.Comment($"guard {name}");
            internal static CSharpCode StringHole(string name) => Code($"new X(Name: {name})");
            internal static CSharpCode ObjectHole(object name) => Code($"{name}");
            internal static CSharpCode DoubleHole(double value) => Code($"{value}");
            internal static CSharpCode EnumHole(System.DayOfWeek day) => Code($"{day}");
            internal static void LineHole(CodeWriter w, string name) => w.Line($"var x = {name};");
            internal static CSharpCode Constructed(string name) => new CSharpCode(name);
            internal static CSharpCode Converted(string name) => (CSharpCode)name;
        }
        """;

    [Fact]
    public void A_raw_string_hole_does_not_compile_and_an_escaped_one_does()
    {
        var tree = CSharpSyntaxTree.ParseText(Probe, new CSharpParseOptions(LanguageVersion.Latest));
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll")
            .Append(typeof(PolicyEmitter).Assembly.Location)
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create("Airs.Compiler.Tests", [tree], references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var failing = errors
            .Select(d => tree.GetRoot().FindNode(d.Location.SourceSpan).AncestorsAndSelf().OfType<MethodDeclarationSyntax>().First().Identifier.Text)
            .Distinct()
            .Order(StringComparer.Ordinal);

        // Exactly the methods that try to put unescaped text into code fail, each on a conversion or access error.
        Assert.Equal(["Constructed", "Converted", "DoubleHole", "EnumHole", "LineHole", "ObjectHole", "StringHole"], failing);
        Assert.All(errors, d => Assert.Contains(d.Id, new[] { "CS1503", "CS1729", "CS0122", "CS0030" }));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Emitted_constructors_and_guard_firings_take_named_arguments(string relativePath)
    {
        var policy = Compilation.FromFile(Path.Combine(EmitTestSupport.RepoRoot, relativePath)).Policy!;
        var root = CSharpSyntaxTree.ParseText(PolicyEmitter.Generate(policy)).GetRoot();

        var creations = root.DescendantNodes().OfType<BaseObjectCreationExpressionSyntax>()
            .Where(c => c.ArgumentList is { Arguments.Count: > 0 })
            .ToList();
        var firings = root.DescendantNodes().OfType<InvocationExpressionSyntax>()
            .Where(i => i.Expression.ToString() == "ControlFiring.FireGuard")
            .ToList();

        Assert.Contains(creations, c => c.ToString().StartsWith("new PolicySpec(", StringComparison.Ordinal));
        Assert.Equal(policy.Guards.Length, firings.Count);
        var unnamed = creations.SelectMany(c => c.ArgumentList!.Arguments)
            .Concat(firings.SelectMany(f => f.ArgumentList.Arguments))
            .Where(a => a.NameColon is null)
            .Select(a => a.ToString());
        Assert.Empty(unnamed);
    }

    [Fact]
    public void Every_emitted_type_says_it_was_generated_by_airs_and_which_version()
    {
        var policies = EmitTestSupport.PolicyFiles().Take(3).Select(f => Compilation.FromFile(f).Policy!).ToList();
        var result = PolicyEmitter.Emit(policies, "Airs.GeneratedCodeProbe");
        using var loaded = LoadedEvaluators.Load(result);

        foreach (var name in result.TypeNames)
        {
            var attribute = loaded.Create(name).GetType().GetCustomAttributes(typeof(GeneratedCodeAttribute), false).Cast<GeneratedCodeAttribute>().Single();
            Assert.Equal("airs", attribute.Tool);
            Assert.Equal(PolicyEmitter.CompilerVersion, attribute.Version);
        }
        Assert.Matches(@"^\d+\.\d+\.\d+", PolicyEmitter.CompilerVersion);
    }

    [Fact]
    public void Guard_comments_name_the_file_and_line_of_the_guard_even_in_a_pack()
    {
        var path = Path.Combine(EmitTestSupport.RepoRoot, "policies", "examples", "support_bot.airs");
        var policy = Compilation.FromFile(path).Policy!;
        var source = PolicyEmitter.Generate(policy);

        var comments = Regex.Matches(source, @"// guard (\w+) on \w+, id .*, \w+ \((?<file>[^:()]+):(?<line>\d+)\)\n").ToList();
        Assert.Equal(policy.Guards.Length, comments.Count);
        Assert.Contains(comments, c => c.Groups["file"].Value == "support_bot.airs");
        Assert.Contains(comments, c => c.Groups["file"].Value == "injection.airs");
        foreach (var comment in comments)
        {
            var file = comment.Groups["file"].Value == "support_bot.airs"
                ? path
                : Path.Combine(EmitTestSupport.RepoRoot, "policies", "lib", "airs", comment.Groups["file"].Value);
            var line = File.ReadAllLines(file)[int.Parse(comment.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture) - 1];
            Assert.Equal("guard " + comment.Groups[1].Value, string.Join(' ', line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2)));
        }
    }
}
