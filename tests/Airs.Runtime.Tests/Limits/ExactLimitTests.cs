using System.Globalization;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Limits;
using Airs.Runtime.Policy;
using static Airs.Runtime.Tests.Limits.LimitSpecs;

namespace Airs.Runtime.Tests.Limits;

/// <summary>What limits count and compare is the exact value of the numbers, not what double arithmetic makes of them.</summary>
public sealed class ExactLimitTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 30, TimeSpan.Zero);

    /// <summary>
    /// A cost is the exact product of the tokens and the price: as doubles, 3 tokens at 0.7 cost 2.0999999999999996, below
    /// the 2.1 spent, so a limit of `max 2.1` let the next request through though the budget was spent.
    /// </summary>
    [Theory]
    [InlineData(3, 0.7, 2.1)]
    [InlineData(3, 0.1, 0.3)]
    [InlineData(7, 0.000003, 0.000021)]
    [InlineData(1_000_000, 0.0000025, 2.5)]
    public void A_cost_is_the_exact_product_of_the_tokens_and_the_price(double tokens, double price, double cost)
    {
        var limit = Limit("spend", LimitMeasure.Cost, 2.1, TimeSpan.FromDays(1), price: price);
        var charge = Assert.Single(LimitRules.Charges("p", [limit], [], Stage.Output, new RequestContext { OutputTokens = tokens, UserId = "u" }, Now));
        Assert.Equal(cost, charge.Amount);
    }

    [Fact]
    public void A_spent_budget_refuses_the_next_request_when_the_cost_reaches_its_max_exactly()
    {
        var limit = Limit("spend", LimitMeasure.Cost, 2.1, TimeSpan.FromDays(1), price: 0.7);
        var ledger = new LimitLedger();
        foreach (var charge in LimitRules.Charges("p", [limit], [], Stage.Output, new RequestContext { OutputTokens = 3, UserId = "u" }, Now))
        {
            ledger.Meet(charge);
        }
        var check = Assert.Single(LimitRules.Charges("p", [limit], [], Stage.Input, new RequestContext { InputText = "next", UserId = "u" }, Now));
        Assert.True(LimitRules.Exceeded(check, ledger.Meet(check)));
    }

    /// <summary>
    /// A product no double holds exactly is counted as a double above it, never below: 96,436 tokens at 0.000007946795789019
    /// cost 0.766357198709836284 (18 digits), which doubles multiply to 0.7663571987098362, below it.
    /// </summary>
    [Fact]
    public void A_cost_no_double_holds_is_counted_above_it()
    {
        var limit = Limit("spend", LimitMeasure.Cost, 1, TimeSpan.FromDays(1), price: 0.000007946795789019);
        var charge = Assert.Single(LimitRules.Charges("p", [limit], [], Stage.Output, new RequestContext { OutputTokens = 96_436, UserId = "u" }, Now));
        Assert.True(decimal.Parse(charge.Amount.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture)
            >= 96_436m * 0.000007946795789019m);
    }

    /// <summary>
    /// A spend whose exact sum no double holds is counted above that sum, never below: 60.8 and 0.1230413864131302 make
    /// 60.9230413864131302; added as doubles they were 60.923041386413125, below a `max 60.92304138641313` the spend had
    /// reached, and the next request was let through.
    /// </summary>
    [Fact]
    public void A_spend_no_double_holds_is_counted_above_its_sum_never_below()
    {
        var limit = Limit("spend", LimitMeasure.Cost, 60.92304138641313, TimeSpan.FromDays(1));
        var key = new LimitKey("p", "spend", "user:u");
        var ledger = new LimitLedger();
        ledger.Meet(new LimitCharge(limit, key, 0, 60.8, LimitChargeKind.Spend));
        ledger.Meet(new LimitCharge(limit, key, 0, 0.1230413864131302, LimitChargeKind.Spend));
        var check = new LimitCharge(limit, key, 0, 0, LimitChargeKind.Check);
        Assert.True(LimitRules.Exceeded(check, ledger.Meet(check)));
    }

    /// <summary>
    /// `warn at` compares the count with the exact share of the max: 10% of 3 is 0.3, but as doubles 0.30000000000000004,
    /// so a count of exactly 0.3 did not warn.
    /// </summary>
    [Theory]
    [InlineData(0.1, 3, 0.3, true)]
    [InlineData(0.7, 3, 2.1, true)]
    [InlineData(0.1, 3, 0.2999999999999999, false)]
    public void Warn_at_compares_the_count_with_the_exact_share_of_the_max(double share, double max, double count, bool warns)
    {
        var limit = Limit("refunds", LimitMeasure.Sum, max, TimeSpan.FromDays(1), tool: "pay", argument: "amount", warnAt: share);
        var charge = new LimitCharge(limit, new LimitKey("p", "refunds", "user:u"), 0, count, LimitChargeKind.Admit);
        var decision = new EvaluationBuilder();
        LimitRules.Apply(decision, charge, new LimitTally(true, count), Now);
        Assert.Equal(warns, decision.Findings.Any(f => f.Outcome == Outcome.Flag));
    }

    /// <summary>
    /// An admission refused because no double holds its exact sum (b8f32bd) says so: it read "limit reached", though
    /// 10 and 0.000000000000000001 are far within a `max 100`, and the caller was left to guess why.
    /// </summary>
    [Fact]
    public void An_admission_refused_because_no_double_holds_its_sum_says_so()
    {
        var limit = Limit("refunds", LimitMeasure.Sum, 100, TimeSpan.FromMinutes(1), tool: "pay", argument: "amount");
        var key = new LimitKey("p", "refunds", "user:u");
        var ledger = new LimitLedger();
        ledger.Meet(new LimitCharge(limit, key, 0, 10, LimitChargeKind.Admit));
        var charge = new LimitCharge(limit, key, 0, 0.000000000000000001, LimitChargeKind.Admit);
        var decision = new EvaluationBuilder();
        LimitRules.Apply(decision, charge, ledger.Meet(charge), new DateTimeOffset(30 * TimeSpan.TicksPerSecond, TimeSpan.Zero));
        Assert.Equal(Outcome.Block, decision.Outcome);
        var finding = Assert.Single(decision.Findings);
        Assert.Equal("limit `refunds` refused for `user:u`: 10 + 1E-18 has more digits than a double holds exactly, so it counts as past 100 within 1m; retry after 30s",
            finding.Message);
    }

    /// <summary>
    /// A refusal and a warning show the count as it is: shown to four places, a spend of 9.99999 read "10 of 10", as if
    /// the limit were reached, while the request was refused because 9.99999 + 1 is past it.
    /// </summary>
    [Fact]
    public void A_count_near_the_max_is_shown_exactly_not_rounded_to_it()
    {
        var limit = Limit("refunds", LimitMeasure.Sum, 10, TimeSpan.FromMinutes(1), tool: "pay", argument: "amount", warnAt: 0.5);
        var key = new LimitKey("p", "refunds", "user:u");
        var ledger = new LimitLedger();
        ledger.Meet(new LimitCharge(limit, key, 0, 9.99999, LimitChargeKind.Admit));
        var charge = new LimitCharge(limit, key, 0, 1, LimitChargeKind.Admit);
        var refused = new EvaluationBuilder();
        LimitRules.Apply(refused, charge, ledger.Meet(charge), new DateTimeOffset(30 * TimeSpan.TicksPerSecond, TimeSpan.Zero));
        Assert.Equal("limit `refunds` reached for `user:u`: 9.99999 of 10 within 1m; retry after 30s", Assert.Single(refused.Findings).Message);

        var warned = new EvaluationBuilder();
        LimitRules.Apply(warned, new LimitCharge(limit, key, 0, 0.00001, LimitChargeKind.Admit), new LimitTally(true, 9.99999), Now);
        Assert.Equal("limit `refunds` at 9.99999 of 10 for `user:u` (warns from 50%)", Assert.Single(warned.Findings).Message);
    }

    /// <summary>
    /// A warning quotes the `warn at` share as written, whatever the host's culture: it was `{share:P0}`, so `warn at
    /// 33.3%` read "warns from 33 %" (the culture's percent pattern, rounded to a whole percent).
    /// </summary>
    [Fact]
    public void A_warning_quotes_its_share_as_written()
    {
        var limit = Limit("refunds", LimitMeasure.Sum, 10, TimeSpan.FromMinutes(1), tool: "pay", argument: "amount", warnAt: 0.333);
        var warned = new EvaluationBuilder();
        LimitRules.Apply(warned, new LimitCharge(limit, new LimitKey("p", "refunds", "user:u"), 0, 1, LimitChargeKind.Admit), new LimitTally(true, 4), Now);
        Assert.Equal("limit `refunds` at 4 of 10 for `user:u` (warns from 33.3%)", Assert.Single(warned.Findings).Message);
    }
}
