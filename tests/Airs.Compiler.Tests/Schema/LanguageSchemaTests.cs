using Airs.Compiler.Binding;
using Airs.Compiler.Schema;
using Airs.Compiler.Syntax;

namespace Airs.Compiler.Tests.Schema;

/// <summary>The schema is the one table of blocks: the parser and the binder read their keywords from it.</summary>
public sealed class LanguageSchemaTests
{
    public static TheoryData<string> Settings() => [.. LanguageSchema.SettingKeywords.Order(StringComparer.Ordinal)];

    public static TheoryData<string> Flags() => [.. LanguageSchema.FlagKeywords.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Settings))]
    public void Every_setting_of_the_schema_parses_as_a_setting(string word)
    {
        var tree = SyntaxTree.Parse($"policy p {{\n  {word} \"x\"\n}}\n", "p.airs");
        var policy = Assert.IsType<PolicyDeclarationSyntax>(Assert.Single(tree.Root.Members));
        Assert.Equal(word, Assert.IsType<SettingSyntax>(Assert.Single(policy.Body.Items)).Keyword.Text);
    }

    [Theory]
    [MemberData(nameof(Flags))]
    public void Every_flag_of_the_schema_parses_as_a_flag(string word)
    {
        var tree = SyntaxTree.Parse($"policy p {{\n  {word}\n}}\n", "p.airs");
        var policy = Assert.IsType<PolicyDeclarationSyntax>(Assert.Single(tree.Root.Members));
        Assert.Equal(word, Assert.IsType<FlagSettingSyntax>(Assert.Single(policy.Body.Items)).Keyword.Text);
    }

    [Fact]
    public void The_binder_accepts_a_setting_exactly_where_the_schema_lists_it()
    {
        // `blocking` is a judge flag: in a tool it is not allowed, and the help lists what a tool takes.
        var compilation = Compilation.FromText("p.airs", "policy p {\n  tier low\n  tool \"t\" {\n    blocking\n  }\n}\n");
        var diagnostic = Assert.Single(compilation.Diagnostics, d => d.Code == "AIRS0100");
        Assert.Equal("`blocking` is not allowed in tool `t`", diagnostic.Message);
        Assert.Equal("tool `t` takes `writes`, `args`, `after`", diagnostic.Help);
        Assert.DoesNotContain(Compilation.FromText("p.airs", "policy p {\n  tier low\n  tool \"t\" {\n    writes\n  }\n}\n").Diagnostics, d => d.Code == "AIRS0100");
    }

    [Fact]
    public void Every_keyword_is_documented_in_every_block_that_takes_it()
    {
        foreach (var block in LanguageSchema.Blocks)
        {
            foreach (var word in block.Keywords)
            {
                Assert.False(string.IsNullOrWhiteSpace(block.DocOf(word)), $"{block.Owner}: {word}");
                Assert.True(LanguageSchema.KeywordDocs.ContainsKey(word), word);
            }
        }
    }

    [Fact]
    public void Each_stage_reads_its_main_field()
    {
        foreach (var stage in LanguageSchema.StageShapes)
        {
            Assert.Contains(stage.MainField, stage.Fields);
        }
        Assert.Equal("tool.name", LanguageSchema.StageOf(Runtime.Decisions.Stage.ToolCall).MainField.Path);
    }
}
