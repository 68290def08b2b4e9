using System.Buffers;
using Airs.Compiler.Lowering;
using Airs.Runtime.Functions;
using FsCheck;
using FsCheck.Fluent;

namespace Airs.Compiler.Tests.Emit;

/// <summary>
/// The literal the emitted code searches for before a regex runs must be in every text the regex matches: a literal
/// the regex can do without would make the compiled evaluator miss what the interpreter finds.
/// </summary>
public sealed class RegexLiteralsTests
{
    [Theory]
    [InlineData("ignore (all|any|previous) instructions", "", " instructions")]
    [InlineData("ignore (all|any|previous) instructions", "i", "truction")] // no `s` or `k`: the regex also matches ſ and K
    [InlineData(@"api[_-]?key\s*=\s*\w{20,}", "", "api")]
    [InlineData(@"SB-CANARY-\d{4}", "", "SB-CANARY-")]
    [InlineData(@"^[A-Z !]{20,}$", "", null)]
    [InlineData("abcd*e", "", "abc")]
    [InlineData("abc|defgh", "", null)]
    [InlineData("x{10}yz", "", null)]
    [InlineData("(?i)hello world", "", null)]
    [InlineData("hello world", "x", null)]
    [InlineData(@"price: \$\d+", "", "price: $")]
    [InlineData(@"\x41BCD", "", null)]
    [InlineData("Kcdcd{|q{2}", "i", null)] // FsCheck, 2026-11-26: the brace is a plain `{`, so `|` is top-level; it was skipped to the next `}` and "cdc" required
    [InlineData("abcde{x}fgh", "", "abcde")] // a plain brace ends the run; the text before it is certain
    [InlineData("abcde{2,}fgh", "", "abcd")]
    [InlineData(@"abc\.(?#note)?", "", null)] // fuzzing, 2026-11-28: the comment is invisible, so `?` made the dot optional and "abc." was required
    public void Finds_only_what_every_match_contains(string pattern, string flags, string? expected) =>
        Assert.Equal(expected, RegexLiterals.Required(pattern, flags));

    [Theory]
    [InlineData("Kelvin Sense")]
    [InlineData("KELVIN SENSE")]
    [InlineData("\u212Aelvin \u017Fen\u017Fe")] // Kelvin sign, long s: left out of the literal in case a regex table pairs them
    public void Case_insensitive_literals_are_found_in_every_case_variant_the_regex_accepts(string text)
    {
        var literal = RegexLiterals.Required("kelvin sense", "i")!;
        Assert.Equal("elvin ", literal);
        var found = text.AsSpan().ContainsAny(SearchValues.Create([literal], StringComparison.OrdinalIgnoreCase));
        Assert.True(found || !RegexFactory.Get("kelvin sense", "i").IsMatch(text));
    }

    private static readonly string[] Pieces =
        ["ab", "cd", "K", "s", " ", "x*", "y?", "z+", "(ab|cd)", "[a-c]", @"\d", @"\.", ".", "q{2}", "{", "ſ", "\u212A", "|", "é", "(?:s)", "^", "$",
            "}", "{2,}", "{,3}", "{1,2}", @"\{", @"\}", "*?", "[^a]", @"[\]x]", @"\b", @"\s", "(?:ab)?", "a|", "-", ",", "q", "(?#c)"];

    private static readonly string[] TextPieces = ["ab", "AB", "cd", "CD", "k", "K", "\u212A", "s", "S", "ſ", " ", "x", "yy", "z", "q", "qq", "1", ".", "é", "É",
        "{", "}", "{2,}", ",", "-", "]"];

    [Fact]
    public void A_regex_matches_only_texts_that_contain_its_literal()
    {
        var patterns = Gen.NonEmptyListOf(Gen.Elements(Pieces)).Select(p => string.Concat(p.Take(6)))
            .Where(p => RegexFactory.Validate(p, "") is null);
        var cases = (from pattern in patterns
                     from flags in Gen.Elements("", "i", "m", "is")
                     from text in Gen.ListOf(Gen.Elements(TextPieces)).Select(t => string.Concat(t.Take(12)))
                     select (pattern, flags, text)).ToArbitrary();

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(3000), Prop.ForAll(cases, c =>
        {
            var literal = RegexLiterals.Required(c.pattern, c.flags);
            if (literal is null || !RegexFactory.Get(c.pattern, c.flags).IsMatch(c.text))
            {
                return true;
            }
            var comparison = c.flags.Contains('i', StringComparison.Ordinal) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            return c.text.AsSpan().ContainsAny(SearchValues.Create([literal], comparison));
        }));
    }
}
