using System.Text.RegularExpressions;

namespace Airs.Compiler.Tests.Docs;

/// <summary>Every repository path the docs and READMEs name in backticks exists, so a move or a rename cannot leave them stale.</summary>
public sealed partial class DocumentedPathsTests
{
    private static readonly string[] TopFolders = ["bench", "cli", "compiler", "docs", "editors", "examples", "lsp", "runtime", "tests", "tools"];

    public static TheoryData<string> Documents() =>
    [
        .. Directory.EnumerateFiles(RepositoryPaths.Combine("docs"), "*.md", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(RepositoryPaths.Root, "README.md", SearchOption.AllDirectories))
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(p => p is "node_modules" or "bin" or "obj" or "data"))
            .Select(f => Path.GetRelativePath(RepositoryPaths.Root, f))
            .Order(StringComparer.Ordinal),
    ];

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_named_path_exists(string document)
    {
        var text = File.ReadAllText(RepositoryPaths.Combine(document));
        var missing = Backticked().Matches(text).Select(m => m.Groups[1].Value)
            .Where(p => TopFolders.Contains(p.Split('/')[0]) && p.Contains('/'))
            .Select(p => p.TrimEnd('/'))
            .Where(p => !File.Exists(RepositoryPaths.Combine(p)) && !Directory.Exists(RepositoryPaths.Combine(p)))
            .Distinct()
            .ToList();
        Assert.True(missing.Count == 0, $"{document} names paths that do not exist: {string.Join(", ", missing)}");
    }

    [GeneratedRegex(@"`([A-Za-z][A-Za-z0-9_.\-/]*)`", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Backticked();
}
