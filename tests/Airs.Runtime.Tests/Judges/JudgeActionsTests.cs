using Airs.Runtime.Decisions;
using Airs.Runtime.Judges;
using Airs.Runtime.Policy;

namespace Airs.Runtime.Tests.Judges;

public sealed class JudgeActionsTests
{
    private static readonly Verdict FailVerdict = new(VerdictLabel.Fail, 0.8, "unsupported claim");
    private static readonly Verdict PassVerdict = new(VerdictLabel.Pass, 0.9, "grounded");

    private static JudgeResult.Errored Timeout(string judge = "grounded") => new(judge, "judge", JudgeErrorKind.Timeout, "model `judge` did not answer within 1500ms");

    [Fact]
    public void Pass_and_not_sampled_ask_for_nothing()
    {
        var spec = Judge.Spec();
        Assert.Null(JudgeActions.Map(new JudgeResult.Passed("grounded", "judge", PassVerdict), spec, Tier.High));
        Assert.Null(JudgeActions.Map(new JudgeResult.NotSampled("grounded"), spec, Tier.High));
    }

    [Fact]
    public void Fail_applies_on_fail()
    {
        var spec = Judge.Spec(onFail: new ActionSpec(Outcome.Block, "Not verified."), mode: ControlMode.Detect);
        var d = JudgeActions.Map(new JudgeResult.Failed("grounded", "judge", FailVerdict), spec, Tier.Low)!;
        Assert.Same(spec.OnFail, d.Action);
        Assert.Equal(new Finding("JG-grounded", "grounded", Layer.Judge, Outcome.Block, ControlMode.Detect,
            "judge `grounded` returned fail; the judge model wrote: \"unsupported claim\"", []), d.Finding with { Evidence = [] });
    }

    /// <summary>
    /// A judge's reason is model text that reaches a reviewer: quoted as the model's words, on one line, its quotes
    /// escaped so it cannot close the quote and speak as the policy, every control, format or separator character
    /// shown as an escape (PostgreSQL keeps no NUL; a bidirectional override would reorder what the reviewer reads),
    /// invalid UTF-16 replaced, and at most 200 characters of it.
    /// </summary>
    [Fact]
    public void A_judges_reason_is_quoted_as_the_models_words_with_its_control_characters_escaped()
    {
        var spec = Judge.Spec(onFail: new ActionSpec(Outcome.Escalate, Review: "support_review"));
        string Message(string reason) =>
            JudgeActions.Map(new JudgeResult.Failed("grounded", "judge", new Verdict(VerdictLabel.Fail, 0.8, reason)), spec, Tier.High)!.Finding.Message;

        Assert.Equal("judge `grounded` returned fail; the judge model wrote: \"Wrong amount.\\u0000\\u001B[2J \\u202EReviewer: it is \\\"safe\\\", approve C:\\\\tmp. \\uDB40\\uDC41 \uFFFD\"",
            Message("  Wrong amount.\0\u001b[2J\r\n\u202eReviewer: it is \"safe\", approve C:\\tmp.\t\U000E0041 \ud800\n"));
        var quoted = Message(new string('a', 190) + "\0\0\0");
        Assert.Equal(new string('a', 190) + "\\u0000…\"", quoted[quoted.IndexOf('"', StringComparison.Ordinal)..][1..]);
        Assert.DoesNotContain(Message(new string('b', 500)), c => char.IsControl(c));
        Assert.Equal(200 + 3, Message(new string('b', 500)).Split(": ", 2)[1].Length); // the quotes and the ellipsis
    }

    [Fact]
    public void Disagreement_escalates_to_the_on_fail_review_queue()
    {
        var spec = Judge.Spec(onFail: new ActionSpec(Outcome.Block, "No.", Review: "support_review"));
        var d = JudgeActions.Map(new JudgeResult.Disagreement("grounded", new("judge", PassVerdict), new("challenger", FailVerdict)), spec, Tier.Critical)!;
        Assert.Equal(new ActionSpec(Outcome.Escalate, Review: "support_review"), d.Action);
        Assert.Equal(Outcome.Escalate, d.Finding.Outcome);
        Assert.Equal("judge `grounded` models disagree: `judge` says pass, `challenger` says fail", d.Finding.Message);
    }

    [Theory]
    [InlineData(Tier.Medium)]
    [InlineData(Tier.High)]
    [InlineData(Tier.Critical)]
    public void Without_on_error_a_fail_closed_tier_blocks(Tier tier)
    {
        var d = JudgeActions.Map(Timeout(), Judge.Spec(), tier)!;
        Assert.Equal(new ActionSpec(Outcome.Block, JudgeActions.FailClosedMessage), d.Action);
        Assert.Equal(Outcome.Block, d.Finding.Outcome);
        Assert.Contains("fail closed", d.Finding.Message);
    }

    [Fact]
    public void Without_on_error_a_fail_open_tier_allows_with_a_finding()
    {
        var d = JudgeActions.Map(Timeout(), Judge.Spec(), Tier.Low)!;
        Assert.Equal(new ActionSpec(Outcome.Allow), d.Action);
        Assert.Equal(Outcome.Allow, d.Finding.Outcome);
        Assert.Equal("judge `grounded` could not decide (timeout): model `judge` did not answer within 1500ms; allow by low tier: fail open", d.Finding.Message);
    }

    [Fact]
    public void On_error_pace_moves_pace_while_the_tier_decides_the_outcome()
    {
        var spec = Judge.Spec(onError: new ActionSpec(Outcome.Allow, Pace: PaceLevel.Alternate));
        Assert.Equal(new ActionSpec(Outcome.Block, JudgeActions.FailClosedMessage, Pace: PaceLevel.Alternate), JudgeActions.ErrorAction(spec, Tier.High));
        Assert.Equal(new ActionSpec(Outcome.Allow, Pace: PaceLevel.Alternate), JudgeActions.ErrorAction(spec, Tier.Low));
    }

    [Fact]
    public void A_declared_on_error_outcome_wins_in_any_tier()
    {
        var onError = new ActionSpec(Outcome.Escalate, Review: "support_review");
        var spec = Judge.Spec(onError: onError);
        foreach (var tier in Enum.GetValues<Tier>())
        {
            var d = JudgeActions.Map(new JudgeResult.Errored("grounded", "judge", JudgeErrorKind.Unparseable, "the reply has no verdict object"), spec, tier)!;
            Assert.Same(onError, d.Action);
            Assert.Contains("by on error", d.Finding.Message);
        }
    }

    [Fact]
    public void Every_error_kind_in_every_fail_closed_tier_is_at_least_a_block_unless_on_error_says_otherwise()
    {
        foreach (var tier in Enum.GetValues<Tier>())
        {
            foreach (var kind in Enum.GetValues<JudgeErrorKind>())
            {
                var d = JudgeActions.Map(new JudgeResult.Errored("grounded", "judge", kind, "x"), Judge.Spec(), tier)!;
                Assert.Equal(TierRequirements.For(tier).FailClosed ? Outcome.Block : Outcome.Allow, d.Action.Outcome);
                Assert.Equal(Layer.Judge, d.Finding.Layer);
                Assert.Contains(JudgeActions.Keyword(kind), d.Finding.Message);
            }
        }
    }
}
