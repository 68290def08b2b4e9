using System.Text.RegularExpressions;
using Airs.Runtime.Detectors;
using Airs.Runtime.Functions;
using Airs.Runtime.Tests.Detectors;

namespace Airs.Runtime.Tests.Functions;

/// <summary>
/// .NET 10's non-backtracking engine, once a regex has built some 84,000 DFA states, builds the rest as an NFA, and
/// there it missed matches that a fresh instance of the same regex finds. These texts take exfil's old markdown-link
/// pattern there: read in this order, the 44,456th (<c>"  [](\n]"</c>) got no match from the long-lived instance on
/// .NET 10.0.12. Renewal must keep every answer equal to the backtracking engine's.
/// </summary>
public sealed class RegexRenewalTests
{
    private const string LinkPattern = @"\[[^\]\r\n]{0,500}\]\(\s*<?(?<d>[^\s)>]+)|^\s{0,3}\[[^\]\r\n]{1,200}\]:\s*<?(?<d>[^\s>]+)";
    private const RegexOptions LinkOptions = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Multiline;

    [Fact]
    public void The_states_of_a_non_backtracking_regex_are_counted_on_this_runtime()
    {
        // Renewal counts them through the engine's private fields; a runtime that moves them falls back to renewing by
        // use count, and this test says so.
        var regex = new Regex("a[bc]{0,20}d", RegexOptions.NonBacktracking);
        _ = regex.Matches("xx abcbd ad");
        Assert.True(RegexRenewal.States(regex) > 0);
        Assert.Null(RegexRenewal.States(new Regex("a", RegexOptions.None)));
    }

    [Fact]
    public void A_detector_regex_that_has_read_many_texts_matches_as_the_backtracking_engine_does()
    {
        var detector = new LazyRegex(LinkPattern, LinkOptions, listed: false);
        var oracle = new Regex(LinkPattern, LinkOptions);
        var renewedAt = new List<int>();
        var previous = detector.Value;
        var texts = ExfilMarkdownDifferentialTests.Texts(50_000);
        for (var i = 0; i < texts.Count; i++)
        {
            var regex = detector.Value;
            if (regex != previous)
            {
                renewedAt.Add(i);
                previous = regex;
            }
            Assert.True(Spans(regex, texts[i]) == Spans(oracle, texts[i]), $"text {i}: {Spans(regex, texts[i])} against {Spans(oracle, texts[i])}");
        }
        Assert.NotEmpty(renewedAt);
        Assert.True(RegexRenewal.States(detector.Value) <= RegexRenewal.StateLimit * 2);
    }

    [Fact]
    public void A_policy_regex_is_replaced_by_a_fresh_build_once_it_outgrows_the_limit()
    {
        var policy = new Regex(LinkPattern, RegexOptions.NonBacktracking | LinkOptions);
        Assert.Same(policy, RegexRenewal.Renewed(policy));
        foreach (var text in ExfilMarkdownDifferentialTests.Texts(20_000))
        {
            _ = policy.Matches(text).Count; // the host's own instance, read outside renewal
            if (RegexRenewal.States(policy) > RegexRenewal.StateLimit)
            {
                break;
            }
        }
        Assert.True(RegexRenewal.States(policy) > RegexRenewal.StateLimit);

        var now = RegexRenewal.Renewed(policy);
        Assert.NotSame(policy, now);
        Assert.Equal((policy.ToString(), policy.Options), (now.ToString(), now.Options));
        Assert.Same(now, RegexRenewal.Renewed(policy));
        Assert.Equal("2+5", Spans(now, "  [](\n]"));
    }

    private static string Spans(Regex regex, string text) => string.Join(",", regex.Matches(text).Select(m => $"{m.Index}+{m.Length}"));
}
