using Airs.Compiler.Binding;
using Airs.Compiler.Diagnostics;
using Airs.Compiler.Syntax;

namespace Airs.Compiler.Tests.Parsing;

/// <summary>"Did you mean" for unknown items (the items of the enclosing block), negative numbers, and AIRS0001's hints.</summary>
public sealed class SuggestionTests
{
    private static Diagnostic Only(string code, string text) =>
        Assert.Single(Compilation.FromText("p.airs", text).Diagnostics, d => d.Code == code);

    [Theory]
    [InlineData("policy p {\n  tier low\n  breaker b {\n    trip when blocked >= 5 within 1m\n    cooldwn 5m\n  }\n}\n", "cooldwn", "cooldown")]
    [InlineData("policy p {\n  tier low\n  guard g on input {\n    whne true\n    block\n  }\n}\n", "whne", "when")]
    [InlineData("policy p {\n  tier low\n  guard g on input {\n    when true\n    blokc\n  }\n}\n", "blokc", "block")]
    [InlineData("policy p {\n  tier low\n  judge j on output {\n    model \"m\"\n    promt \"x {{ output.text }}\"\n    timout 2s\n  }\n}\n", "promt", "prompt")]
    [InlineData("policy p {\n  teir low\n}\n", "teir", "tier")]
    [InlineData("polcy p {\n  tier low\n}\n", "polcy", "policy")]
    [InlineData("policy p {\n  tier low\n  test \"t\" {\n    input.text = \"x\"\n    expct allow\n  }\n}\n", "expct", "expect")]
    public void An_unknown_item_suggests_the_items_of_its_block(string text, string written, string meant)
    {
        var tree = SyntaxTree.Parse(text, "p.airs");
        var diagnostic = Assert.Single(tree.Diagnostics, d => d.Code == "AIRS0022" && d.Message.Contains($"`{written}`", StringComparison.Ordinal));
        Assert.Equal(meant, diagnostic.Suggestions[0]);
        Assert.StartsWith($"did you mean `{meant}`", diagnostic.Help, StringComparison.Ordinal);
        Assert.Equal(written, text.Substring(diagnostic.Location.Span.Start, diagnostic.Location.Span.Length));
    }

    [Fact]
    public void Suggestions_come_only_from_the_enclosing_block()
    {
        // `sla` belongs to a review; in a breaker the closest items are the breaker's own, or none.
        var diagnostic = Only("AIRS0022", "policy p {\n  tier low\n  breaker b {\n    trip when blocked >= 5 within 1m\n    sla_x 5m\n  }\n}\n");
        Assert.Empty(diagnostic.Suggestions);
        Assert.StartsWith("an item starts with a keyword", diagnostic.Help, StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_unknown_word_gets_no_suggestion_and_no_quadratic_work()
    {
        var word = new string('x', 200_000);
        var tree = SyntaxTree.Parse($"policy p {{\n  {word} 1\n}}\n", "p.airs");
        Assert.Empty(Assert.Single(tree.Diagnostics, d => d.Code == "AIRS0022").Suggestions);
    }

    [Fact]
    public void An_item_in_the_wrong_block_lists_what_the_block_takes()
    {
        var diagnostic = Only("AIRS0100", "policy p {\n  tier low\n  guard g on input {\n    sla 4h\n    when true\n    block\n  }\n}\n");
        Assert.Equal("guard `g` takes `id`, `mode`, `when`, `block`, `flag`, `allow`, `halt`, `escalate`, `redact`, `pace`, `maps`", diagnostic.Help);
    }

    [Theory]
    [InlineData("−", "a negative number is written with the ASCII minus sign, as in `-5`")]
    [InlineData("+", "the language has no arithmetic; write numbers as `5`, `-5` or `0.5`")]
    [InlineData("&&", "write `and` and `or` to combine conditions")]
    public void An_unexpected_character_says_what_was_probably_meant(string written, string help)
    {
        var tree = SyntaxTree.Parse($"policy p {{\n  tier low\n  guard g on input {{\n    when len(input.text) > {written}5\n    block\n  }}\n}}\n", "p.airs");
        var diagnostic = Assert.Single(tree.Diagnostics, d => d.Code == "AIRS0001");
        Assert.Equal(help, diagnostic.Help);
    }

    [Fact]
    public void A_negative_number_parses_as_a_minus_before_a_literal_and_formats_back()
    {
        var tree = SyntaxTree.Parse("policy p {\n  tier low\n  guard g on input {\n    when len(input.text) > - 1 and [-2, -0.5] contains -2\n    block\n  }\n}\n", "p.airs");
        Assert.Empty(tree.Diagnostics);
        var negations = tree.Root.DescendantNodesAndSelf().OfType<UnaryExpressionSyntax>().ToList();
        Assert.Equal(4, negations.Count);
        Assert.All(negations, n => Assert.Equal(SyntaxKind.Minus, n.OperatorToken.Kind));
        Assert.Contains("when len(input.text) > -1 and [-2, -0.5] contains -2", Airs.Compiler.Formatting.Formatter.Format(tree), StringComparison.Ordinal);
    }
}
