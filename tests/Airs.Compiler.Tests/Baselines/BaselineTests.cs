using System.Text;
using Airs.Compiler.Binding;
using Airs.Compiler.Emit;
using Airs.Compiler.Lowering;
using Airs.Compiler.Syntax;

namespace Airs.Compiler.Tests.Baselines;

/// <summary>
/// Golden-file tests: each folder under tests/baselines holds a `main.airs` and the expected diagnostics
/// (written as comments under the line they concern), formatted output and lowered IR, and for a valid case
/// the generated C# (`main.g.cs`). Refresh them with
/// `UPDATE_BASELINES=1 dotnet test`, then review the diff.
/// </summary>
public sealed class BaselineTests
{
    private static readonly string BaselineRoot = RepositoryPaths.Combine("tests", "baselines");

    public static IReadOnlyList<string> CaseNames() =>
        [.. Directory.EnumerateDirectories(BaselineRoot).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal)];

    public static TheoryData<string> Cases() => new(CaseNames());

    public static TheoryData<string> ValidCases() => new(CaseNames().Where(c => c.StartsWith("valid_", StringComparison.Ordinal)));

    [Fact]
    public void There_are_at_least_thirty_cases_most_of_them_broken()
    {
        var cases = CaseNames();
        Assert.True(cases.Count >= 30, $"only {cases.Count} baseline cases");
        Assert.True(cases.Count(c => !c.StartsWith("valid_", StringComparison.Ordinal)) > cases.Count / 2);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Diagnostics_match_the_baseline(string name)
    {
        var compilation = Compile(name);
        Compare(name, "main.diagnostics.airs", BaselineWriter.Diagnostics(compilation));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Formatted_output_matches_the_baseline(string name)
    {
        var compilation = Compile(name);
        var formatted = Airs.Compiler.Formatting.Formatter.Format(compilation.Root) ?? "// not formatted: the file has syntax errors\n";
        Compare(name, "main.formatted.airs", formatted);
        if (!compilation.Root.HasErrors)
        {
            Assert.Equal(formatted, Airs.Compiler.Formatting.Formatter.Format(SyntaxTree.Parse(formatted, "main.airs")));
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Lowered_ir_matches_the_baseline(string name)
    {
        var compilation = Compile(name);
        var ir = compilation.Policy is { } policy
            ? IrPrinter.Print(policy)
            : "// no IR: the policy has errors\n";
        Compare(name, "main.ir.txt", ir);
    }

    [Theory]
    [MemberData(nameof(ValidCases))]
    public void Generated_csharp_matches_the_baseline(string name)
    {
        var policy = Compile(name).Policy!;
        Compare(name, "main.g.cs", PolicyEmitter.Generate(policy));
        var emitted = PolicyEmitter.Emit(policy);
        Assert.True(emitted.Success && emitted.Diagnostics.IsEmpty, string.Join("\n", emitted.Diagnostics));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_case_round_trips_and_spans_are_consistent(string name)
    {
        var text = File.ReadAllText(Path.Combine(BaselineRoot, name, "main.airs"));
        var tree = SyntaxTree.Parse(text, "main.airs");
        Assert.Equal(text, tree.Root.ToFullString());
        var position = 0;
        foreach (var token in tree.Root.DescendantTokens())
        {
            Assert.Equal(position, token.FullSpan.Start);
            Assert.True(token.Span.Start >= token.FullSpan.Start && token.Span.End <= token.FullSpan.End);
            position = token.FullSpan.End;
        }
        Assert.Equal(text.Length, position);
    }

    [Fact]
    public void Valid_cases_have_no_errors_and_broken_cases_have_some()
    {
        foreach (var name in CaseNames())
        {
            var compilation = Compile(name);
            if (name.StartsWith("valid_", StringComparison.Ordinal))
            {
                Assert.False(compilation.HasErrors, $"{name}: {string.Join("; ", compilation.Diagnostics)}");
                Assert.NotNull(compilation.Policy);
            }
            else
            {
                Assert.True(compilation.Diagnostics.Length > 0, $"{name} reports nothing");
            }
        }
    }

    internal static Compilation Compile(string name) =>
        Compilation.FromFile(Path.Combine(BaselineRoot, name, "main.airs"));

    internal static void Compare(string name, string file, string actual)
    {
        var path = Path.Combine(BaselineRoot, name, file);
        if (RepositoryPaths.UpdateBaselines)
        {
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"{name}/{file} is missing; run `UPDATE_BASELINES=1 dotnet test` to create it");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.True(expected == actual.ReplaceLineEndings("\n"),
            $"{name}/{file} differs from the baseline (UPDATE_BASELINES=1 dotnet test refreshes it).\n--- actual ---\n{actual}");
    }
}

/// <summary>Renders baseline files.</summary>
internal static class BaselineWriter
{
    /// <summary>The source with each diagnostic as a comment under the line it concerns.</summary>
    public static string Diagnostics(Compilation compilation)
    {
        var source = compilation.Root.Source;
        var own = compilation.Diagnostics.Where(d => d.Location.Source.Path == source.Path).ToList();
        var builder = new StringBuilder();
        for (var line = 0; line < source.LineCount; line++)
        {
            var text = source.GetLineText(line);
            if (line == source.LineCount - 1 && text.Length == 0)
            {
                break;
            }
            builder.Append(text).Append('\n');
            foreach (var d in own.Where(d => d.Location.Start.Line == line))
            {
                var start = d.Location.Start;
                var end = d.Location.End;
                var range = end.Line == start.Line ? $"{start.Character + 1}:{end.Character + 1}" : $"{start.Character + 1}:{end}";
                builder.Append($"//@[{range}) {d.Severity.ToString().ToLowerInvariant()} {d.Code}: {d.Message}\n");
            }
        }
        foreach (var d in compilation.Diagnostics.Where(d => d.Location.Source.Path != source.Path))
        {
            builder.Append($"//@ in {Path.GetFileName(d.Location.Source.Path)}:{d.Location.Start}: {d.Severity.ToString().ToLowerInvariant()} {d.Code}: {d.Message}\n");
        }
        return builder.ToString();
    }
}
