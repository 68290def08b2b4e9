using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Functions;
using Airs.Runtime.Policy;

namespace Airs.Runtime.Tests.Functions;

public sealed class ToolArgumentsTests
{
    private static readonly PolicySpec Spec = new("p", "1", Tier.High, null, [], [], [], [],
        [
            new ToolSpec("refunds.issue",
            [
                new ToolArgSpec("order_id", ArgType.String) { Rules = new ValueRules { Pattern = "^A-[0-9]+$" } },
                new ToolArgSpec("amount", ArgType.Number) { Rules = new ValueRules { Min = 0, Max = 5000 } },
                new ToolArgSpec("method", ArgType.String) { Rules = new ValueRules { Optional = true, OneOf = ["card", "bank"] } },
                new ToolArgSpec("notify", ArgType.Bool) { Rules = new ValueRules { Optional = true } },
                new ToolArgSpec("tags", ArgType.StringList) { Rules = new ValueRules { Optional = true } },
                new ToolArgSpec("scores", ArgType.NumberList) { Rules = new ValueRules { Optional = true } },
            ], true),
        ],
        [], ["refunds.issue"], []);

    private static Evaluation Check(string args)
    {
        var context = RequestContext.FromJson("""{"tool": {"name": "refunds.issue", "args": """ + args + "}}");
        var builder = new EvaluationBuilder();
        new ToolArguments(Spec).Check(Stage.ToolCall, context, builder);
        return builder.Build();
    }

    [Theory]
    [InlineData("""{"order_id": "A-1", "amount": 150}""")]
    [InlineData("""{"order_id": "A-1", "amount": 0, "method": "bank", "notify": false, "tags": []}""")]
    [InlineData("""{"order_id": "A-77", "amount": 5000, "tags": ["vip", "late"]}""")]
    public void Declared_well_typed_arguments_pass(string args) => Assert.Equal(Outcome.Allow, Check(args).Outcome);

    [Theory]
    [InlineData("""{"order_id": "A-1", "ammount": 5000}""", "argument `ammount` is not declared; argument `amount` is missing")]
    [InlineData("""{"order_id": "A-1", "amount": "5,000"}""", "argument `amount` must be a number, not a string")]
    [InlineData("""{"order_id": "A-1", "amount": "150"}""", "argument `amount` must be a number, not a string")]
    [InlineData("""{"order_id": "A-1"}""", "argument `amount` is missing")]
    [InlineData("""{"order_id": "A-1", "amount": null}""", "argument `amount` must be a number, not null")]
    [InlineData("""{"order_id": "A-1", "amount": {"value": 5000}}""", "argument `amount` must be a number, not an object")]
    [InlineData("""{"order_id": "A-1", "amount": 1e400}""", "argument `amount` is a number out of range")]
    [InlineData("""{"order_id": "A-1", "amount": 5001}""", "argument `amount` is above the maximum 5000")]
    [InlineData("""{"order_id": "A-1", "amount": -1}""", "argument `amount` is below the minimum 0")]
    [InlineData("""{"order_id": "B-1", "amount": 1}""", "argument `order_id` does not match the pattern /^A-[0-9]+$/")]
    [InlineData("""{"order_id": "A-1", "amount": 1, "method": "cash"}""", "argument `method` is not one of \"card\", \"bank\"")]
    [InlineData("""{"order_id": "A-1", "amount": 1, "notify": "true"}""", "argument `notify` must be `true` or `false`, not a string")]
    [InlineData("""{"order_id": "A-1", "amount": 1, "tags": ["a", 2]}""", "argument `tags` item 1: must be a string, not a number")]
    [InlineData("""{"order_id": "A-1", "amount": 1, "tags": "a"}""", "argument `tags` must be a list of strings, not a string")]
    public void Undeclared_mistyped_missing_or_out_of_rule_arguments_block_with_the_argument_and_tool_named(string args, string problem)
    {
        var evaluation = Check(args);
        Assert.Equal(Outcome.Block, evaluation.Outcome);
        var finding = Assert.Single(evaluation.Findings);
        Assert.Equal(ToolArguments.Control, finding.Control);
        Assert.Equal($"tool `refunds.issue`: {problem}", finding.Message);
        Assert.Equal(finding.Message, evaluation.Message);
    }

    /// <summary>
    /// A number is checked as the value sent, not as the double it rounds to: a tool that parses decimals or 64-bit
    /// integers would read another value than the one checked against `max`, `min` or a guard. A number whose double
    /// does not write back as the same value is refused; one that does (0.1, 2^53, 1e2, -0) is compared exactly.
    /// </summary>
    [Theory]
    [InlineData("""{"order_id": "A-1", "amount": 5000.0000000000001}""", "amount`")]
    [InlineData("""{"order_id": "A-1", "amount": -1e-400}""", "amount`")]
    [InlineData("""{"order_id": "A-1", "amount": 4999.99999999999999999}""", "amount`")]
    [InlineData("""{"order_id": "A-1", "amount": 1, "scores": [1, 9007199254740993]}""", "scores` item 1:")]
    public void A_number_a_double_does_not_hold_as_sent_is_refused_not_rounded_into_the_bounds(string args, string argument)
    {
        var evaluation = Check(args);
        Assert.Equal(Outcome.Block, evaluation.Outcome);
        Assert.Equal($"tool `refunds.issue`: argument `{argument} is a number with more digits than a double holds",
            Assert.Single(evaluation.Findings).Message);
    }

    [Theory]
    [InlineData("""{"order_id": "A-1", "amount": 4999.99, "scores": [0.1, 0.30000000000000004, 9007199254740992, 1e2, 123456789012345e-4]}""")]
    [InlineData("""{"order_id": "A-1", "amount": -0, "scores": [-0.0, 0e-400, 5E-324, 1.7976931348623157e308]}""")]
    public void A_number_a_double_holds_as_sent_passes(string args) => Assert.Equal(Outcome.Allow, Check(args).Outcome);

    [Fact]
    public void Many_problems_are_named_up_to_five_and_the_rest_counted()
    {
        var evaluation = Check("""{"a": 1, "b": 1, "c": 1, "d": 1, "e": 1, "f": 1, "g": 1}""");
        Assert.Equal("tool `refunds.issue`: argument `a` is not declared; argument `b` is not declared; argument `c` is not declared; "
            + "argument `d` is not declared; argument `e` is not declared; and 4 more", Assert.Single(evaluation.Findings).Message);
    }

    [Fact]
    public void A_tool_the_policy_does_not_declare_is_left_to_tool_permission()
    {
        var builder = new EvaluationBuilder();
        new ToolArguments(Spec).Check(Stage.ToolCall, RequestContext.FromJson("""{"tool": {"name": "other", "args": {"x": 1}}}"""), builder);
        Assert.Equal(Outcome.Allow, builder.Build().Outcome);
    }

    [Fact]
    public void A_repeated_argument_name_is_a_format_error_not_a_choice_between_values()
    {
        var e = Assert.Throws<ContextFormatException>(() =>
            RequestContext.FromJson("""{"tool": {"name": "refunds.issue", "args": {"amount": 1, "amount": 5000}}}"""));
        Assert.Equal("`tool.args.amount` appears twice", e.Message);
    }

    [Fact]
    public void A_well_typed_call_allocates_nothing_unless_a_rule_reads_the_text()
    {
        var spec = Spec with
        {
            Tools = [Spec.Tools[0] with { Args = [.. Spec.Tools[0].Args.Select(a => a.Name == "order_id" ? a with { Rules = ValueRules.None } : a)] }],
        };
        var arguments = new ToolArguments(spec);
        var context = RequestContext.FromJson("""{"tool": {"name": "refunds.issue", "args": {"order_id": "A-1", "amount": 150, "notify": true}}}""");
        var builder = new EvaluationBuilder();
        arguments.Check(Stage.ToolCall, context, builder);
        var before = GC.GetAllocatedBytesForCurrentThread();
        arguments.Check(Stage.ToolCall, context, builder);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}

public sealed class ContextAttributesTests
{
    private static readonly PolicySpec Spec = new("p", "1", Tier.High, null, [], [], [], [], [], [], [], [])
    {
        Attributes =
        [
            new AttributeSpec("user.email", ArgType.String) { Rules = new ValueRules { Sensitive = true } },
            new AttributeSpec("user.tier", ArgType.String) { Rules = new ValueRules { Optional = true, OneOf = ["free", "pro"] } },
        ],
    };

    private static Evaluation Check(PolicySpec spec, string json)
    {
        EvaluationBuilder? builder = null;
        new ContextAttributes(spec).Check(RequestContext.FromJson(json), trace: false, ref builder);
        return builder?.Build() ?? Evaluation.Allowed;
    }

    [Fact]
    public void Attributes_under_user_and_session_are_read_as_sent_and_other_unknown_fields_stay_format_errors()
    {
        var context = RequestContext.FromJson("""{"user": {"id": "u1", "email": "a@b.example"}, "session": {"channel": "web"}}""");
        Assert.Equal("u1", context.UserId);
        Assert.Equal("a@b.example", context.Attributes["user.email"].GetString());
        Assert.Equal("web", context.Attributes["session.channel"].GetString());
        Assert.Throws<ContextFormatException>(() => RequestContext.FromJson("""{"input": {"lang": "en"}}"""));
        Assert.Throws<ContextFormatException>(() => RequestContext.FromJson("""{"user": {"email": "a", "email": "b"}}"""));
    }

    [Theory]
    [InlineData("""{"user": {"email": "a@b.example"}}""", null)]
    [InlineData("""{"user": {"email": "a@b.example", "tier": "pro"}}""", null)]
    [InlineData("""{"user": {"email": "a@b.example", "tier": "gold"}}""", "context attribute `user.tier` is not one of \"free\", \"pro\"")]
    [InlineData("""{"user": {"email": 7}}""", "context attribute `user.email` must be a string, not a number")]
    [InlineData("""{"user": {"tier": "pro"}}""", "context attribute `user.email` is missing")]
    [InlineData("""{"user": {"email": "a@b.example"}, "session": {"channel": "web"}}""", "context attribute `session.channel` is not declared")]
    public void Undeclared_mistyped_or_missing_attributes_block(string json, string? problem)
    {
        var evaluation = Check(Spec, json);
        if (problem is null)
        {
            Assert.Equal(Outcome.Allow, evaluation.Outcome);
            return;
        }
        Assert.Equal(Outcome.Block, evaluation.Outcome);
        var finding = Assert.Single(evaluation.Findings);
        Assert.Equal(ContextAttributes.Control, finding.Control);
        Assert.Equal(problem, finding.Message);
    }

    [Fact]
    public void A_policy_without_a_context_block_blocks_any_attribute_and_passes_requests_without_one()
    {
        var bare = new PolicySpec("p", "1", Tier.Low, null, [], [], [], [], [], [], [], []);
        Assert.Equal(Outcome.Allow, Check(bare, """{"user": {"id": "u1"}}""").Outcome);
        Assert.Equal(Outcome.Block, Check(bare, """{"user": {"id": "u1", "email": "a@b.example"}}""").Outcome);
    }
}
