using System.Text.Json;
using Airs.Runtime.AspNetCore.Sidecar;
using Airs.Runtime.Decisions;
using Airs.Runtime.Engine;
using Airs.Runtime.Policy;

namespace Airs.Runtime.AspNetCore.Tests.Sidecar;

/// <summary>The hand-written decision is the serializer's, byte for byte: names, order, enums, escaping, numbers, nulls.</summary>
public sealed class DecisionJsonTests
{
    private static readonly LayerTimings Timings = new(TimeSpan.FromTicks(1234), TimeSpan.FromMilliseconds(1.0 / 3), TimeSpan.Zero,
        TimeSpan.FromTicks(1), TimeSpan.FromSeconds(12345.6789));

    public static TheoryData<string> Cases => [.. Decisions().Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_decision_is_written_as_the_serializer_writes_it(string name)
    {
        var decision = Decisions()[name];
        Assert.Equal(JsonSerializer.Serialize(decision, SidecarJson.Decision), Write(decision));
    }

    [Fact]
    public void Every_enum_value_is_written_as_the_serializer_writes_it()
    {
        foreach (var stage in Enum.GetValues<Stage>())
        {
            foreach (var outcome in Enum.GetValues<Outcome>())
            {
                foreach (var pace in Enum.GetValues<PaceLevel>())
                {
                    var findings = Enum.GetValues<Layer>().SelectMany(layer => Enum.GetValues<ControlMode>().Select(mode =>
                        new Finding("C-1", "c", layer, outcome, mode, "m", []))).ToArray();
                    var decision = new Decision("d", "p", "1", stage, outcome, null, null, [.. findings], null, pace, false, Timings);
                    Assert.Equal(JsonSerializer.Serialize(decision, SidecarJson.Decision), Write(decision));
                }
            }
        }
    }

    [Fact]
    public void Writing_a_decision_allocates_nothing()
    {
        var decision = Decisions()["blocked, findings with evidence, ticket, retry"];
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(64 * 1024);
        using var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Airs.Runtime.Serialization.AirsJson.Options.Encoder });
        DecisionJson.Write(json, decision); // the enum names, once
        json.Flush();

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10; i++)
        {
            buffer.ResetWrittenCount();
            json.Reset(buffer);
            DecisionJson.Write(json, decision);
            json.Flush();
        }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static string Write(Decision decision)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Airs.Runtime.Serialization.AirsJson.Options.Encoder }))
        {
            DecisionJson.Write(json, decision);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static Dictionary<string, Decision> Decisions()
    {
        const string Odd = "quote \" backslash \\ <b>&amp;</b> ' ` tab\t newline\n nul\u0001 é → 𝄞 \u2028 emoji 😀";
        return new Dictionary<string, Decision>(StringComparer.Ordinal)
        {
            ["allowed, released"] = new("019ab3c4d5e67f00a1b2c3d4e5f60718", "summariser", "1.0.0", Stage.Input, Outcome.Allow, null,
                "Notes: we agreed to ship on Friday.", [], null, PaceLevel.Primary, false, Timings),
            ["blocked, findings with evidence, ticket, retry"] = new("id" + Odd, "policy" + Odd, "2.0.0-rc.1", Stage.ToolCall, Outcome.Block,
                "message " + Odd, null,
                [
                    new Finding("SUM-IN-02", "staff_only", Layer.Guardrail, Outcome.Block, ControlMode.Enforce, Odd,
                        [new Evidence("input.text", 0, 12, "label " + Odd), new Evidence("output.text", int.MaxValue, 0, "")]),
                    new Finding("chat_rate", "chat_rate", Layer.Limit, Outcome.Flag, ControlMode.Detect, "limit", []),
                ],
                "ticket" + Odd, PaceLevel.Emergency, true, new LayerTimings(TimeSpan.MaxValue / 4, default, default, default, default))
            {
                RetryAfter = TimeSpan.FromSeconds(22.2),
            },
            ["redacted release, short retry"] = new("d", "p", "1", Stage.Output, Outcome.Redact, "redacted", "[email]", [], null,
                PaceLevel.Alternate, false, Timings)
            {
                RetryAfter = TimeSpan.FromMilliseconds(1),
            },
        };
    }
}
