using Airs.Compiler.Binding;

namespace Airs.Compiler.Tests.Binding;

/// <summary>
/// Quantifiers inside one another multiply the work by each list's length, so a condition holds at most three: four
/// over lists of 1,000 elements would try 10^12 combinations for one request.
/// </summary>
public sealed class QuantifierDepthTests
{
    private static Compilation Bind(int depth)
    {
        var names = Enumerable.Range(0, depth).Select(i => $"v{i}").ToArray();
        var quantifiers = string.Concat(names.Select(n => $"any {n} in retrieval.docs: "));
        return Compilation.FromText("p.airs", $$"""
            policy p {
              tier low
              guard g on retrieval {
                when {{quantifiers}}{{string.Join(" and ", names.Select(n => $"{n} == \"x\""))}}
                block
              }
            }
            """);
    }

    [Fact]
    public void Three_quantifiers_nest_and_a_fourth_is_refused_once_at_its_keyword()
    {
        Assert.Empty(Bind(3).Diagnostics);
        var tooDeep = Assert.Single(Bind(4).Diagnostics);
        Assert.Equal(("AIRS0176", "`any` nests quantifiers more than 3 deep"), (tooDeep.Code, tooDeep.Message));
        Assert.Equal("any v3", tooDeep.Location.Source.Text.Substring(tooDeep.Location.Span.Start, 6));
        var deeper = Assert.Single(Bind(10).Diagnostics);
        Assert.Equal("AIRS0176", deeper.Code);
    }
}
