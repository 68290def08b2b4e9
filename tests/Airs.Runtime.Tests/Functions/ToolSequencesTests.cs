using System.Collections.Frozen;
using System.Text.Json;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Functions;
using Airs.Runtime.Policy;
using Airs.Runtime.Sequences;

namespace Airs.Runtime.Tests.Functions;

public sealed class ToolSequencesTests
{
    private static readonly PolicySpec Spec = new("p", "1", Tier.High, null, [], [], [], [],
        [
            new ToolSpec("orders.lookup", [new ToolArgSpec("order_id", ArgType.Number)], false),
            new ToolSpec("orders.refund", [new ToolArgSpec("order_id", ArgType.Number)], true),
        ],
        [], ["orders.lookup", "orders.refund"], [])
    {
        Sequences = [new SequenceSpec("orders.refund", "orders.lookup", ["order_id"], TimeSpan.FromMinutes(30), SequenceScope.Session)],
    };

    private static RequestContext Call(string tool, string orderId) => new()
    {
        ToolName = tool,
        SessionId = "s-1",
        ToolArgs = new Dictionary<string, JsonElement> { ["order_id"] = JsonDocument.Parse(orderId).RootElement.Clone() }.ToFrozenDictionary(),
    };

    /// <summary>
    /// `same` compares numbers by their exact value: a lookup of one order does not let through a refund of another whose
    /// id only a double cannot tell apart (a 64-bit id such as a snowflake), while `1`, `1.0` and `10e-1` are one number.
    /// </summary>
    [Theory]
    [InlineData("9007199254740992", "9007199254740993", Outcome.Block)]
    [InlineData("1234567890123456789", "1234567890123456790", Outcome.Block)]
    [InlineData("0.1", "0.10000000000000001", Outcome.Block)]
    [InlineData("1", "1.0", Outcome.Allow)]
    [InlineData("1", "10e-1", Outcome.Allow)]
    [InlineData("120", "1.2E2", Outcome.Allow)]
    [InlineData("0", "-0", Outcome.Allow)]
    [InlineData("0", "0e-400", Outcome.Allow)]
    [InlineData("-5", "5", Outcome.Block)]
    [InlineData("1234567890123456789", "1234567890123456789", Outcome.Allow)]
    public void Same_compares_numbers_by_their_exact_value(string looked, string refunded, Outcome expected)
    {
        var sequences = new ToolSequences(Spec);
        var now = new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
        var lookup = sequences.EventFor(Call("orders.lookup", looked), now.AddMinutes(-1))!;
        var builder = new EvaluationBuilder();
        var options = new EvaluationOptions { History = new ToolHistory(now, [lookup]) };
        sequences.Check(Stage.ToolCall, Call("orders.refund", refunded), options, builder);
        Assert.Equal(expected, builder.Outcome);
    }

    /// <summary>
    /// `same` reads numbers as the rest of the runtime does (<see cref="ExactNumbers"/>, one normaliser): a zero is zero
    /// whatever its exponent, and a number that reader refuses (more than 24 significant digits, an exponent past
    /// 100,000) matches nothing, not even itself, so no value the runtime cannot read exactly lets a call through.
    /// </summary>
    [Theory]
    [InlineData("0", "0e-99999999999999999999999", Outcome.Allow)]
    [InlineData("0e99999999999999999999999", "-0.0", Outcome.Allow)]
    [InlineData("1234567890123456789012345", "1234567890123456789012345", Outcome.Block)]
    [InlineData("1e100001", "1e100001", Outcome.Block)]
    [InlineData("1e9999999999999999999999", "1e9999999999999999999999", Outcome.Block)]
    [InlineData("123456789012345678901234", "123456789012345678901234e0", Outcome.Allow)]
    public void Same_reads_numbers_as_the_exact_reader_does_and_fails_closed_on_what_it_refuses(string looked, string refunded, Outcome expected)
    {
        var sequences = new ToolSequences(Spec);
        var now = new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
        var lookup = sequences.EventFor(Call("orders.lookup", looked), now.AddMinutes(-1))!;
        var builder = new EvaluationBuilder();
        var options = new EvaluationOptions { History = new ToolHistory(now, [lookup]) };
        sequences.Check(Stage.ToolCall, Call("orders.refund", refunded), options, builder);
        Assert.Equal(expected, builder.Outcome);
    }
}
