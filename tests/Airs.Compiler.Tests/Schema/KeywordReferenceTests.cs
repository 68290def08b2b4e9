using Airs.Compiler.Schema;

namespace Airs.Compiler.Tests.Schema;

/// <summary>docs/keywords.md is generated from the schema: a test fails when the two disagree.</summary>
public sealed class KeywordReferenceTests
{
    private static readonly string Path = RepositoryPaths.Combine("docs", "keywords.md");

    [Fact]
    public void The_committed_keyword_reference_matches_the_schema()
    {
        var expected = KeywordReference.Markdown();
        if (RepositoryPaths.UpdateBaselines)
        {
            File.WriteAllText(Path, expected);
        }
        Assert.True(File.Exists(Path), "docs/keywords.md is missing; run `UPDATE_BASELINES=1 dotnet test --filter KeywordReference`");
        Assert.True(expected == File.ReadAllText(Path).ReplaceLineEndings("\n"),
            "docs/keywords.md differs from the schema; run `UPDATE_BASELINES=1 dotnet test --filter KeywordReference` and review the diff");
    }

    [Fact]
    public void The_reference_lists_every_keyword_of_every_block()
    {
        var markdown = KeywordReference.Markdown();
        foreach (var block in LanguageSchema.Blocks)
        {
            foreach (var word in block.Keywords)
            {
                Assert.Contains($"| `{word}", markdown, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void The_language_reference_links_the_keyword_reference()
    {
        Assert.Contains("(keywords.md)", File.ReadAllText(RepositoryPaths.Combine("docs", "language.md")), StringComparison.Ordinal);
    }
}
