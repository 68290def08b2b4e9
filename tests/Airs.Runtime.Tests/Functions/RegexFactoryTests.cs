using System.Text.RegularExpressions;
using Airs.Runtime.Functions;

namespace Airs.Runtime.Tests.Functions;

public sealed class RegexFactoryTests
{
    [Theory]
    [InlineData(@"ignore (all|any|previous) instructions", "i")]
    [InlineData(@"^\d{3}-\d{2}-\d{4}$", "m")]
    [InlineData(@"a.*b", "s")]
    [InlineData(@"a   b # comment", "x")]
    [InlineData(@"[A-Z]{2}\d{2}", "imsx")]
    public void Accepts_linear_patterns_and_always_runs_them_without_backtracking(string pattern, string flags)
    {
        Assert.True(RegexFactory.TryCreate(pattern, flags, out var regex, out var error), error);
        Assert.Null(error);
        Assert.True(regex!.Options.HasFlag(RegexOptions.NonBacktracking));
        Assert.True(regex.Options.HasFlag(RegexOptions.CultureInvariant));
    }

    [Theory]
    [InlineData("i", RegexOptions.IgnoreCase)]
    [InlineData("m", RegexOptions.Multiline)]
    [InlineData("s", RegexOptions.Singleline)]
    [InlineData("x", RegexOptions.IgnorePatternWhitespace)]
    public void Each_flag_maps_to_its_option(string flags, RegexOptions option)
    {
        Assert.True(RegexFactory.TryCreate("a", flags, out var regex, out _));
        Assert.True(regex!.Options.HasFlag(option));
        Assert.True(RegexFactory.TryCreate("a", "", out var plain, out _));
        Assert.False(plain!.Options.HasFlag(option));
    }

    [Fact]
    public void Ignore_case_flag_changes_matching()
    {
        Assert.Matches(RegexFactory.Get("ignore", "i"), "IGNORE this");
        Assert.DoesNotMatch(RegexFactory.Get("ignore", ""), "IGNORE this");
    }

    [Theory]
    [InlineData(@"(a)\1", "backreference")]
    [InlineData(@"(?=secret)\w+", "look")]
    [InlineData(@"(?<!x)y", "look")]
    [InlineData(@"(?>a+)b", "atomic")]
    [InlineData(@"(?(a)b|c)", "conditional")]
    public void Rejects_constructs_that_need_backtracking_with_a_one_line_message(string pattern, string construct)
    {
        Assert.False(RegexFactory.TryCreate(pattern, "", out var regex, out var error));
        Assert.Null(regex);
        Assert.Contains(construct, error, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("linear-time", error);
        Assert.DoesNotContain("\n", error);
        Assert.DoesNotContain("RegexOptions", error);
        Assert.True(char.IsLower(error![0]));
    }

    [Fact]
    public void Reports_syntax_errors_with_an_offset()
    {
        Assert.False(RegexFactory.TryCreate("(unclosed", "", out _, out var error));
        Assert.StartsWith("invalid regex: ", error);
        Assert.Contains("offset", error);
        Assert.False(error!.EndsWith('.'));
    }

    [Theory]
    [InlineData("n")]
    [InlineData("ii")]
    [InlineData("g")]
    public void Rejects_unknown_or_repeated_flags(string flags)
    {
        Assert.False(RegexFactory.TryCreate("a", flags, out _, out var error));
        Assert.Contains($"`{flags}`", error);
    }

    [Fact]
    public void Get_caches_one_instance_per_pattern_and_flags()
    {
        Assert.Same(RegexFactory.Get("cache-me", "i"), RegexFactory.Get("cache-me", "i"));
        Assert.NotSame(RegexFactory.Get("cache-me", "i"), RegexFactory.Get("cache-me", ""));
        Assert.Throws<ArgumentException>(() => RegexFactory.Get(@"(a)\1", ""));
    }

    [Fact]
    public void A_pattern_of_fifty_thousand_alternatives_is_refused_for_its_size_before_it_is_built()
    {
        // Before: refused after seconds as "this regex uses 10557, which linear-time matching cannot run".
        var pattern = string.Join("|", Enumerable.Range(0, 50_000).Select(i => $"w{i}"));
        Assert.False(RegexFactory.TryCreate(pattern, "", out _, out var error));
        Assert.Equal($"pattern too large: {pattern.Length:N0} characters, limit 10,000", error);

        var alternatives = string.Join("|", Enumerable.Range(0, 1_500).Select(i => (char)('a' + i % 26)));
        Assert.False(RegexFactory.TryCreate(alternatives, "", out _, out error));
        Assert.Equal("pattern too large: 1,500 alternatives, limit 1,000", error);
        Assert.Null(RegexFactory.SizeProblem(@"[|]{3}\|x|y"));
    }

    [Fact]
    public void A_short_pattern_with_a_huge_automaton_gives_its_size()
    {
        Assert.False(RegexFactory.TryCreate("(a{100}){200}", "", out _, out var error));
        Assert.StartsWith("pattern too large: its automaton would have ", error, StringComparison.Ordinal);
        Assert.EndsWith(" nodes, limit 10000", error, StringComparison.Ordinal);
    }

    /// <summary>
    /// A value rule's <c>$</c> is the end of the value, as JSON Schema's is: .NET's also matches before a final line
    /// break. So is <c>\Z</c>, which means the end of the text in Python and also matched before a final line break here.
    /// Only anchors change: a <c>$</c> escaped or in a character class (a subtracted one, or after an escaped
    /// hyphen, included) is still a dollar sign, a comment <c>(?#…)</c> opens no class, and the <c>m</c> flag keeps line ends.
    /// </summary>
    [Theory]
    [InlineData(@"^A-[0-9]+$", "", "A-1", true)]
    [InlineData(@"^A-[0-9]+$", "", "A-1\n", false)]
    [InlineData(@"^A-[0-9]+$", "m", "A-1\n", true)]
    [InlineData(@"^(a|b$)", "", "b\n", false)]
    [InlineData(@"^\$[0-9]+$", "", "$5", true)]
    [InlineData(@"^\$[0-9]+$", "", "$5\n", false)]
    [InlineData(@"^[$]x$", "", "$x", true)]
    [InlineData(@"^[$]x$", "", "$x\n", false)]
    [InlineData(@"^[a-z-[aeiou]]+$", "", "xyz\n", false)]
    [InlineData(@"^[a\-[]+$", "", "a[-", true)]
    [InlineData(@"^[a\-[]+$", "", "a[\n", false)]
    [InlineData(@"^[]$]+$", "", "]$", true)]
    [InlineData(@"^[]$]+$", "", "]$\n", false)]
    [InlineData(@"^A(?#[)$", "", "A", true)]
    [InlineData(@"^A(?#[)$", "", "A\n", false)]
    [InlineData(@"^A(?#note$)$", "", "A\n", false)]
    [InlineData(@"^A[(?#]$", "", "A#", true)]
    [InlineData(@"^A[(?#]$", "", "A#\n", false)]
    [InlineData(@"^A-[0-9]+\Z", "", "A-1", true)]
    [InlineData(@"^A-[0-9]+\Z", "", "A-1\n", false)]
    [InlineData(@"^A-[0-9]+\\Z", "", "A-1\\Z", true)]
    public void A_value_patterns_dollar_is_the_end_of_the_value(string pattern, string flags, string value, bool matches)
    {
        Assert.Equal(matches, RegexFactory.GetForValues(pattern, flags).IsMatch(value));
    }
}
