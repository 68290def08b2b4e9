using Airs.Compiler.Formatting;
using Airs.Compiler.Syntax;

namespace Airs.Compiler.Tests.Parsing;

/// <summary>Hostile inputs terminate with diagnostics; parsing runs on a 256 KB stack to prove there is no deep recursion.</summary>
public class PathologicalInputTests
{
    private sealed class CountingWalker : SyntaxWalker
    {
        public int Nodes { get; private set; }

        protected override void DefaultVisit(SyntaxNode node)
        {
            Nodes++;
            base.DefaultVisit(node);
        }
    }

    private static SyntaxTree ParseOnSmallStack(string text) => TestSources.OnSmallStack(() =>
    {
        var tree = TreeInvariants.ParseAndCheck(text);
        new CountingWalker().Visit(tree.Root); // later phases walk the tree recursively; its depth must be bounded too
        Formatter.Format(tree);
        return tree;
    });

    public static TheoryData<string, string> Nested => new()
    {
        { "parentheses", "policy p { when " + new string('(', 10_000) + "x" + new string(')', 10_000) + " }" },
        { "unclosed parentheses", "policy p { when " + new string('(', 10_000) },
        { "brackets", "policy p { tools " + new string('[', 10_000) + new string(']', 10_000) + " }" },
        { "braces", new string('{', 10_000) + new string('}', 10_000) },
        { "nested guards", string.Concat(Enumerable.Repeat("guard g on input { ", 10_000)) },
        { "not chain", "policy p { when " + string.Concat(Enumerable.Repeat("not ", 10_000)) + "x }" },
        { "or chain", "policy p { when x" + string.Concat(Enumerable.Repeat(" or x", 10_000)) + " }" },
        { "list types", "tool \"t\" { args { a: " + new string('[', 10_000) + "string" + new string(']', 10_000) + " } }" },
        { "object literals", "policy p { sample " + string.Concat(Enumerable.Repeat("{ a: ", 10_000)) },
        { "calls", "policy p { when " + string.Concat(Enumerable.Repeat("f(", 10_000)) },
    };

    [Theory]
    [MemberData(nameof(Nested))]
    public void DeepNestingIsCapped(string name, string text)
    {
        var tree = ParseOnSmallStack(text);
        Assert.True(tree.Diagnostics.Any(d => d.Code is "AIRS0025" or "AIRS0023"), name);
        Assert.True(tree.Diagnostics.Length < 100, $"{name}: {tree.Diagnostics.Length} diagnostics");
    }

    [Fact]
    public void OneMegabyteLines()
    {
        const int size = 1 << 20;
        foreach (var text in new[]
        {
            string.Concat(Enumerable.Repeat("a ", size / 2)),
            "policy p { when " + string.Concat(Enumerable.Repeat("a == 1 and ", size / 11)) + "true }",
            "\"" + new string('x', size),
            new string('@', size),
        })
        {
            var tree = ParseOnSmallStack(text);
            Assert.Equal(text.Length, tree.Root.FullSpan.Length);
        }
    }

    [Fact]
    public void RandomBytesDecodedAsUtf8()
    {
        var random = new Random(20261122);
        for (var i = 0; i < 100; i++)
        {
            var bytes = new byte[random.Next(0, 4096)];
            random.NextBytes(bytes);
            ParseOnSmallStack(System.Text.Encoding.UTF8.GetString(bytes));
        }
    }

    [Theory]
    [InlineData("policy p { owner \"never closed", "AIRS0002")]
    [InlineData("policy p { prompt \"\"\"\n never closed", "AIRS0005")]
    [InlineData("policy p { when x matches /never closed", "AIRS0007")]
    [InlineData("policy p { /* never closed", "AIRS0010")]
    [InlineData("policy p { guard g on input {", "AIRS0021")]
    [InlineData("policy", "AIRS0020")]
    public void UnterminatedConstructs(string text, string code)
    {
        var tree = ParseOnSmallStack(text);
        Assert.Contains(tree.Diagnostics, d => d.Code == code);
    }
}
