using System.Reflection;
using System.Text.RegularExpressions;
using Airs.Compiler.Binding;
using Airs.Compiler.Tests.Engine;

namespace Airs.Compiler.Tests.Library;

/// <summary>Every red-team scenario RT-01..RT-13 is tested somewhere a reader can find it by its number.</summary>
public partial class RedTeamCoverageTests
{
    private static readonly string[] Scenarios = [.. Enumerable.Range(1, 13).Select(n => $"RT-{n:00}")];

    [GeneratedRegex(@"^RT-(\d\d) ")]
    private static partial Regex TestBlockName();

    [GeneratedRegex(@"^RT_(\d\d)_")]
    private static partial Regex TestMethodName();

    private static IReadOnlySet<string> InTestBlocks()
    {
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Combine("policies", "examples"), "*.airs"))
        {
            var policy = Compilation.FromFile(file).Policy ?? throw new Xunit.Sdk.XunitException($"`{file}` does not compile");
            foreach (var test in policy.Tests)
            {
                if (TestBlockName().Match(test.Name) is { Success: true } m)
                {
                    numbers.Add($"RT-{m.Groups[1].Value}");
                }
            }
        }
        return numbers;
    }

    private static IReadOnlySet<string> InEngineTests() =>
        typeof(RedTeamEngineTests).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.GetCustomAttributes<FactAttribute>(inherit: true).Any())
            .Select(m => TestMethodName().Match(m.Name))
            .Where(m => m.Success)
            .Select(m => $"RT-{m.Groups[1].Value}")
            .ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void EveryScenarioHasATestBlockOrAnEngineTest()
    {
        var covered = InTestBlocks().Union(InEngineTests()).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(Array.Empty<string>(), Scenarios.Where(s => !covered.Contains(s)).ToArray());
    }

    [Fact]
    public void TheScenariosATestBlockCanExpressAreInTheExamples()
    {
        // RT-10..RT-13 need time, PACE state or two models; a test block can express the rest.
        Assert.Equal(Scenarios[..9], InTestBlocks().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheLibraryDocumentNamesWhereEachScenarioIsTested()
    {
        var rows = File.ReadAllLines(RepositoryPaths.Combine("docs", "library.md"))
            .Where(l => l.StartsWith("| RT-", StringComparison.Ordinal))
            .ToDictionary(l => l[2..7], l => l, StringComparer.Ordinal);
        Assert.Equal(Scenarios, rows.Keys.Order(StringComparer.Ordinal));
        foreach (var engineOnly in InEngineTests().Except(InTestBlocks()))
        {
            Assert.Contains("RedTeamEngineTests", rows[engineOnly], StringComparison.Ordinal);
        }
    }
}
