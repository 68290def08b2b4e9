using Airs.Compiler.Binding;
using Airs.Compiler.Emit;
using Airs.Compiler.Interpretation;
using Airs.Compiler.Tests.Emit;
using Airs.Runtime.Decisions;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Tests.Limits;

/// <summary>`limit` declarations: bound into the spec with their units checked, and testable in the language with `send` and `wait`.</summary>
public sealed class LimitBindingTests
{
    private static readonly string Baseline = File.ReadAllText(Path.Combine(EmitTestSupport.RepoRoot, "tests", "baselines", "valid_limits", "main.airs"));

    [Fact]
    public void Every_kind_of_limit_is_bound_into_the_spec()
    {
        var limits = EmitTestSupport.Compile("l.airs", Baseline).Spec.Limits.ToDictionary(l => l.Name);
        Assert.Equal(["chat_rate", "daily_tokens", "daily_spend", "lookups", "refunds"], limits.Keys);

        var chat = limits["chat_rate"];
        Assert.Equal((LimitMeasure.Requests, 3.0, TimeSpan.FromMinutes(1), LimitScope.User, 0.6), (chat.Measure, chat.Max, chat.Window, chat.Scope, chat.WarnAt!.Value));
        Assert.Equal(new ActionSpec(Outcome.Block, "You are sending messages too fast."), chat.OnExceed);
        Assert.Equal(["owasp.llm10"], chat.Maps.ToArray());

        Assert.Equal((LimitMeasure.Tokens, 2000.0, TimeSpan.FromDays(1)), (limits["daily_tokens"].Measure, limits["daily_tokens"].Max, limits["daily_tokens"].Window));
        var spend = limits["daily_spend"];
        Assert.Equal((LimitMeasure.Cost, 0.002, LimitScope.Global, "LM-SPEND"), (spend.Measure, spend.Price, spend.Scope, spend.Id));
        var lookups = limits["lookups"];
        Assert.Equal((LimitMeasure.ToolCalls, "orders.lookup", LimitScope.Session, ControlMode.Detect), (lookups.Measure, lookups.Tool, lookups.Scope, lookups.Mode));
        var refunds = limits["refunds"];
        Assert.Equal((LimitMeasure.Sum, "orders.refund", "amount"), (refunds.Measure, refunds.Tool, refunds.Argument));
        Assert.Equal(new ActionSpec(Outcome.Escalate, Review: "support_review"), refunds.OnExceed);
    }

    [Fact]
    public void The_policy_tests_send_wait_and_pass_in_both_engines()
    {
        var policy = EmitTestSupport.Compile("l.airs", Baseline);
        Assert.Contains(policy.Tests, t => t.Steps.Any(s => s.Times == 0));
        var report = PolicyTestRunner.Run(policy);
        Assert.True(report.AllPassed, string.Join("\n", report.Results.Where(r => !r.Passed).Select(r => $"{r.Test.Name}: {r.Failure}")));
        Assert.DoesNotContain("chat_rate", report.UnfiredControls);

        var emitted = PolicyEmitter.Emit(policy);
        using var loaded = LoadedEvaluators.Load(emitted);
        var compiled = PolicyTestRunner.Run(policy, loaded.Create(emitted.TypeName));
        Assert.True(compiled.AllPassed, string.Join("\n", compiled.Results.Where(r => !r.Passed).Select(r => $"{r.Test.Name}: {r.Failure}")));
    }

    [Fact]
    public void A_test_that_expects_too_much_of_a_limit_fails_with_the_limit_named()
    {
        var policy = EmitTestSupport.Compile("l.airs", """
            policy p {
              tier low
              limit per_user { count requests  max 2 within 1h per user }
              test "one too many" {
                user.id = "u1"
                input.text = "hi"
                send 2
                expect allow
              }
              test "each user has a count" {
                input.text = "hi"
                user.id = "u1"
                send 2
                user.id = "u2"
                expect allow
              }
              test "the window is fixed: it ends on the hour" {
                user.id = "u1"
                input.text = "hi"
                wait 59m
                send 2
                wait 1m
                expect allow
              }
            }
            """);
        var report = PolicyTestRunner.Run(policy);
        Assert.Equal("expected `allow`, got `block` by `per_user`", report.Results[0].Failure);
        Assert.True(report.Results[1].Passed, report.Results[1].Failure);
        Assert.True(report.Results[2].Passed, report.Results[2].Failure);
    }

    [Theory]
    [InlineData("limit l { max 5 within 1m }", "AIRS0114")]
    [InlineData("limit l { count bytes  max 5 within 1m }", "AIRS0133")]
    [InlineData("limit l { count sum order_id of \"orders.refund\"  max 5 within 1d }", "AIRS0180")]
    [InlineData("limit l { count sum total of \"orders.refund\"  max 5 within 1d }", "AIRS0112")]
    [InlineData("limit l { count tool_calls of \"orders.delete\"  max 5 within 1d }", "AIRS0124")]
    [InlineData("limit l { count requests of \"orders.refund\"  max 5 within 1m }", "AIRS0181")]
    [InlineData("limit l { count cost  max 5 within 1d }", "AIRS0182")]
    [InlineData("limit l { count tokens  price 0.1  max 5 within 1d }", "AIRS0183")]
    [InlineData("limit l { count requests  max 2.5 within 1m }", "AIRS0140")]
    [InlineData("limit l { count requests  max 5 within 60 }", "AIRS0140")]
    [InlineData("limit l { count requests  max 5 within 1m per tenant }", "AIRS0133")]
    [InlineData("limit l { count requests  max 5 within 1m per agent }", "AIRS0184")]
    [InlineData("limit l { count requests  max 5 within 1m  warn 150% }", "AIRS0116")]
    [InlineData("limit l { count requests  max 5 within 1m  on exceed allow }", "AIRS0146")]
    [InlineData("limit l { count requests  max 5 within 1m  on fail block }", "AIRS0139")]
    [InlineData("test \"t\" { input.text = \"x\"  send 0  expect allow }", "AIRS0140")]
    [InlineData("test \"t\" { input.text = \"x\"  wait 5  expect allow }", "AIRS0140")]
    [InlineData("test \"t\" { output.text = \"x\"  output.tokens = -5  expect allow }", "AIRS0140")]
    [InlineData("test \"t\" { input.text = \"x\"  expect block by nothing }", "AIRS0143")]
    public void Each_mistake_is_reported_with_its_code(string item, string code)
    {
        var compilation = Compilation.FromText("bad.airs", $$"""
            policy p {
              tier low
              tool "orders.refund" { args { order_id: string, amount: number } }
              {{item}}
            }
            """);
        Assert.Contains(code, compilation.Diagnostics.Select(d => d.Code));
        Assert.True(compilation.HasErrors || code == "AIRS0184"); // AIRS0184 is a warning
    }
}
