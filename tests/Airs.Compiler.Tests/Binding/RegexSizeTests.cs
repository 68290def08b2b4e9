using Airs.Compiler.Binding;

namespace Airs.Compiler.Tests.Binding;

/// <summary>A regex too large for linear-time matching is refused at bind time, quickly, with its real size.</summary>
public sealed class RegexSizeTests
{
    private static Airs.Compiler.Diagnostics.Diagnostic Bind(string pattern)
    {
        var compilation = Compilation.FromText("p.airs", $$"""
            policy p {
              tier low
              guard g on input {
                when input.text matches /{{pattern}}/
                block
              }
            }
            """);
        return Assert.Single(compilation.Diagnostics);
    }

    [Fact]
    public void Fifty_thousand_alternatives_are_refused_with_the_pattern_size()
    {
        // Before: AIRS0108 after 9.3 s, "this regex uses 10557, which linear-time matching cannot run".
        var pattern = string.Join("|", Enumerable.Range(0, 50_000).Select(i => $"w{i}"));
        var diagnostic = Bind(pattern);
        Assert.Equal("AIRS0150", diagnostic.Code);
        Assert.Equal($"pattern too large: {pattern.Length:N0} characters, limit 10,000", diagnostic.Message);
    }

    [Fact]
    public void Too_many_alternatives_within_the_length_limit_are_refused_with_their_count()
    {
        var diagnostic = Bind(string.Join("|", Enumerable.Range(0, 2_000).Select(i => $"{(char)('a' + i % 26)}")));
        Assert.Equal(("AIRS0150", "pattern too large: 2,000 alternatives, limit 1,000"), (diagnostic.Code, diagnostic.Message));
    }

    [Fact]
    public void A_huge_automaton_is_refused_with_its_node_count()
    {
        var diagnostic = Bind("(a{100}){200}");
        Assert.Equal("AIRS0150", diagnostic.Code);
        Assert.Matches("^pattern too large: its automaton would have [0-9]+ nodes, limit 10000$", diagnostic.Message);
    }
}
