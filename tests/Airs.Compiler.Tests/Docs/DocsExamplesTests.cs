using System.Text.RegularExpressions;
using Airs.Compiler.Binding;
using Airs.Compiler.Interpretation;

namespace Airs.Compiler.Tests.Docs;

/// <summary>Every ```airs block in the docs and README compiles cleanly and its tests pass, so the docs cannot drift.</summary>
public sealed class DocsExamplesTests
{
    private static readonly Regex Block = new("^```airs\\s*\\n(.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline);

    public static TheoryData<string, int> Examples()
    {
        var data = new TheoryData<string, int>();
        foreach (var file in DocFiles())
        {
            var count = Block.Matches(File.ReadAllText(RepositoryPaths.Combine(file))).Count;
            for (var i = 0; i < count; i++)
            {
                data.Add(file, i);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_compiles_and_its_tests_pass(string file, int index)
    {
        var code = Block.Matches(File.ReadAllText(RepositoryPaths.Combine(file)))[index].Groups[1].Value;
        var compilation = Compilation.FromText(RepositoryPaths.Combine(file) + $"#example{index + 1}.airs", code);
        Assert.True(compilation.Diagnostics.IsEmpty, $"{file} example {index + 1}:\n{string.Join("\n", compilation.Diagnostics)}");
        var report = PolicyTestRunner.Run(compilation.Policy!);
        Assert.True(report.AllPassed, string.Join("\n", report.Results.Where(r => !r.Passed).Select(r => $"{r.Test.Name}: {r.Failure}")));
    }

    [Fact]
    public void The_language_reference_has_examples()
    {
        Assert.True(Block.Matches(File.ReadAllText(RepositoryPaths.Combine("docs", "language.md"))).Count >= 5);
    }

    private static IEnumerable<string> DocFiles() =>
        Directory.EnumerateFiles(RepositoryPaths.Combine("docs"), "*.md", SearchOption.AllDirectories)
            .Append(RepositoryPaths.Combine("README.md"))
            .Select(f => Path.GetRelativePath(RepositoryPaths.Root, f))
            .Order(StringComparer.Ordinal);
}
