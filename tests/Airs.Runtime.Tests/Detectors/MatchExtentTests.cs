using System.Text.RegularExpressions;
using Airs.Runtime.Detectors;
using FsCheck;
using FsCheck.Fluent;

namespace Airs.Runtime.Tests.Detectors;

/// <summary>
/// An injection rule runs only within its longest match of a witnessing literal (<see cref="Injection.RegionReach"/>):
/// what <see cref="RequiredLiterals.Read"/> says of a pattern's longest match, counted as the regions count (a run of
/// characters that are neither letters nor digits counts one), must hold for every match the regex engine finds.
/// </summary>
public class MatchExtentTests
{
    [Theory]
    [InlineData("ignore", 6)]
    [InlineData(@"[^\p{L}\p{N}]*", 1)]
    [InlineData(@"a[ .,]+b", 3)]
    [InlineData(@"(?:ab\s*){2,3}", 9)]
    [InlineData(@"(?:^|[.!?:;|>*""(\]\n][ ""'*]*|[ ])in[^\p{L}\p{N}]*your[^\p{L}\p{N}]*(?:reply|answers?)\b", 1 + 2 + 1 + 4 + 1 + 7)]
    [InlineData(@"(?:[^.!?\n]|[.!?][""')]){0,90}", 90)]
    [InlineData("^x$", 1)]
    [InlineData("a+", MatchExtent.Unbounded)]
    [InlineData(@"[^\p{L}]*", MatchExtent.Unbounded)]
    [InlineData(@"go[^\p{L}\p{N}]*(?:[a-z]+[^\p{L}\p{N}]*)?now", MatchExtent.Unbounded)]
    public void A_pattern_says_how_long_its_matches_can_be(string pattern, int longest)
    {
        Assert.Equal(longest, RequiredLiterals.Read(pattern).Extent.Longest);
    }

    [Fact]
    public void Most_shipped_rules_run_nearer_their_literals_than_the_prefilter_reaches()
    {
        Assert.Equal(InjectionRules.All.Length, Injection.RegionReach.Length);
        Assert.All(Injection.RegionReach, reach => Assert.InRange(reach, 2, InjectionPrefilter.Reach));
        var nearer = Injection.RegionReach.Count(reach => reach < InjectionPrefilter.Reach);
        Assert.True(nearer > InjectionRules.All.Length / 2, $"only {nearer} of {InjectionRules.All.Length} rules have a bounded match");
    }

    /// <summary>The atoms of the random patterns: a small alphabet with runs of gaps.</summary>
    private static readonly string[] Pieces = ["a", "b", "ab", "ba1", " ", ".", "=", "ж", @"\.", @"\b", "^", "$", "[ab]", "[a-c]", "[^a]", @"[\p{L}]", @"\s", @"\W", ".",
        @"[^\p{L}\p{N}]", @"[^\p{L}\p{N}]*", "[ .=]", "[ .=]+", @"[^\p{L}]", "[0-9]", @"\d", @"[\n ]"];

    /// <summary>The length of text[start..end) as the regions count it, in context: a gap right after a gap counts none.</summary>
    private static int Squeezed(string text, int start, int end)
    {
        var count = 0;
        for (var i = start; i < end; i++)
        {
            count += MatchExtent.IsGap(text[i]) && i > 0 && MatchExtent.IsGap(text[i - 1]) ? 0 : 1;
        }
        return count;
    }

    [Fact]
    public void No_match_the_regex_engine_finds_is_longer_than_its_pattern_says()
    {
        var texts = from n in Gen.Choose(0, 24) from cs in Gen.ArrayOf(Gen.Elements("ab ab  ..=ж1\n-".ToCharArray()), n) select new string(cs);
        var cases = Gen.Zip(RegexPatternGen.Patterns(Pieces, 3), Gen.ArrayOf(texts, 20)).ToArbitrary();
        var (bounded, longer) = (0, 0);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2000), Prop.ForAll(cases, c =>
        {
            var (pattern, candidates) = c;
            var regex = new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
            var longest = RequiredLiterals.Read(pattern, minLength: 1).Extent.Longest;
            if (longest == MatchExtent.Unbounded)
            {
                return true.ToProperty();
            }
            foreach (var text in candidates)
            {
                for (var start = 0; start <= text.Length; start++)
                {
                    var m = regex.Match(text, start);
                    if (!m.Success)
                    {
                        break;
                    }
                    bounded++;
                    var length = Squeezed(text, m.Index, m.Index + m.Length);
                    longer += length > 1 ? 1 : 0;
                    if (length > longest)
                    {
                        return false.Label($"`{pattern}` matches `{m.Value}` in `{text}`, {length} long as counted; read as at most {longest}");
                    }
                }
            }
            return true.ToProperty();
        }));
        Assert.True(bounded > 5_000 && longer > 1_000, $"only {bounded} matches of bounded patterns, {longer} longer than one: the property tested little");
    }
}
