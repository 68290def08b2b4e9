using Airs.Runtime.Detectors;
using FsCheck;
using FsCheck.Fluent;

namespace Airs.Runtime.Tests.Detectors;

/// <summary>
/// The vectorised long-token test must say what a walk over the characters says, and the scans it rules out
/// (<see cref="Disguise.HasBase64Run"/>) must find nothing it rules out.
/// </summary>
public class LongTokensTests
{
    private static bool IsAsciiWhitespace(char c) => c is ' ' or '\t' or '\n' or '\v' or '\f' or '\r';

    private static bool LongestTokenReaches(string text)
    {
        var run = 0;
        foreach (var c in text)
        {
            run = IsAsciiWhitespace(c) ? 0 : run + 1;
            if (run >= LongTokens.Length)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Tokens of every length around 16, of base64, value and other characters, apart by every kind of whitespace, across block edges.</summary>
    private static Arbitrary<string> Texts() =>
        Gen.ListOf(Gen.OneOf(
                from n in Gen.Choose(1, 40)
                from cs in Gen.ArrayOf(Gen.Elements("aZ09+/=_-.~%()é\u00A0\u2003\u200B\u0085\0\u007F".ToCharArray()), n)
                select new string(cs),
                Gen.Elements(" ", "\t", "\n", "\v", "\f", "\r", "  ", " \r\n"),
                Gen.Elements("Q3", "2024/117", "c2VjcmV0LWRhdGE=", "dXNlcjpwYXNzd29yZDEyMw==", "user_hint=c2FvcGF1bG8xMjM0NTY3OA==", "NDExMSAxMTEx")))
            .Select(parts => string.Concat(parts)).ToArbitrary();

    [Fact]
    public void A_long_token_is_found_exactly_where_a_walk_finds_one() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(5000), Prop.ForAll(Texts(), text => LongTokens.Any(text) == LongestTokenReaches(text)));

    [Theory]
    [InlineData(0, false)]
    [InlineData(15, false)]
    [InlineData(16, true)]
    [InlineData(63, true)]
    [InlineData(64, true)]
    [InlineData(200, true)]
    public void A_token_is_found_at_every_block_edge(int length, bool found)
    {
        for (var start = 0; start <= 130; start++)
        {
            var text = new string(' ', start) + new string('x', length) + " end";
            Assert.Equal(found, LongTokens.Any(text));
        }
    }

    [Fact]
    public void The_gated_base64_test_agrees_with_the_runs_it_gates() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(5000), Prop.ForAll(Texts(), text => Disguise.HasBase64Run(text) == Disguise.Base64Runs(text).Any()));
}
