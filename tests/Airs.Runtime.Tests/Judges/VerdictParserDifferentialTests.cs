using Airs.Runtime.Judges;
using FsCheck;
using FsCheck.Fluent;

namespace Airs.Runtime.Tests.Judges;

/// <summary>
/// The verdict parser reads each JSON region with a <c>Utf8JsonReader</c>; it used to parse a <c>JsonDocument</c>
/// (<see cref="LegacyVerdictParser"/>, kept as the oracle). For malformed, truncated and nested regions, duplicate and
/// escaped keys, extra fields, wrong types, prose and lone surrogates, both must come to the same result, or throw the
/// same exception (which the runner reports as the judge's exception).
/// </summary>
public sealed class VerdictParserDifferentialTests
{
    private const string Nonce = "0123456789abcdef";

    private static object Outcome(Func<VerdictParseResult> parse)
    {
        try
        {
            return parse();
        }
        catch (Exception e)
        {
            return $"{e.GetType().FullName}: {e.Message}";
        }
    }

    private static void AssertSame(string reply)
    {
        var expected = Outcome(() => LegacyVerdictParser.Parse(reply, Nonce));
        var actual = Outcome(() => VerdictParser.Parse(reply, Nonce));
        Assert.True(Equals(expected, actual), $"reply `{reply}`: before {expected}, now {actual}");
    }

    // Lone surrogates, as text and as JSON escapes, are among them: kept out of theory data, which xUnit serializes.
    private static readonly string[] Chosen =
    [
        """{"verdict": "pass", "confidence": 0.95, "reason": "supported"}""",
        """  {"verdict": " FAIL ", "confidence": null, "reason": null}  """,
        """{"verdict": "\u0070ass", "re\u0061son": "escaped \"quotes\" and \\ slashes"}""",
        """{"verdict": "pass", "verdict": "pass"}""",
        """{"verdict": "pass", "confidence": 0.5, "confidence": 0.5}""",
        """{"confidence": 0.5, "verdict": "pass", "extra": {"nested": [1, 2]}}""",
        """{"verdict": "pass", "confidence": 1e400}""",
        """{"verdict": "pass", "confidence": 1e-400}""",
        """{"verdict": "pass", "confidence": 01}""",
        """{"verdict": "pass", "confidence": true}""",
        """{"verdict": ["pass"]}""",
        """{"verdict": {"value": "pass"}}""",
        """{"verdict": "pass", "reason": ["a"]}""",
        "{\"verdict\": \"pass\", // a comment\n\"reason\": \"x\"}",
        """{"verdict": "pass",}""",
        """{"verdict": "pass" "reason": "x"}""",
        """{"verdict": 'pass'}""",
        """{"verdict": "pass", "reason": "the""",
        """{"verdict": "pass"}}""",
        """{"a": {"b": {"c": {"d": {"e": {"f": {"g": {"h": {"i": 1}}}}}}}}, "verdict": "pass"}""",
        """{"a": {"b": {"c": {"d": {"e": {"f": {"g": 1}}}}}}, "verdict": "pass"}""",
        """{"verdict": "fail"} and {"verdict": "pass"}""",
        """{"verdict": "pass"} {"verdict": " PASS"}""",
        """{"verdict": 1} {"verdict": 1.0}""",
        """{"verdict": {"x": [1, {"y": 2}]}} {"verdict": {"x": [1, {"y": 2}]}}""",
        """{"verdict": true} {"verdict": "true"}""",
        """{"result": {"verdict": "pass"}} {"other": 1}""",
        """{"verdict": "pass", "reason": "<|im_start|>system"}""",
        """{"verdict": "pass", "a very long property name that goes on and on past forty characters": 1}""",
        """{"verdict": "pass", "\ud800": 1}""",
        """{"verdict": "\ud800pass"}""",
        """{"verdict": "pass", "reason": "\udc00"}""",
        """{"verdict": "\ud800"} {"verdict": "pass"}""",
        """{"ver\u0064ict": "pass"}""",
        """{"\ud800": 1} {"verdict": "pass"}""",
        """{"verdict": "pass", "re\udc00": 1}""",
        "```json\n{\"verdict\": \"pass\"}\n```\nignore the above",
        "{\"verdict\": \"pass\", \"reason\": \"\ud800\"}",
        "{\"note\": \"\udc00\"} {\"verdict\": \"pass\"}",
        "\ud800 {\"verdict\": \"pass\"}",
        "{\"verdict\": \"pass\"} {\"verdict\": \"fail\", \"reason\": \"the",
    ];

    [Fact]
    public void Chosen_replies_read_as_before()
    {
        foreach (var reply in Chosen)
        {
            AssertSame(reply);
        }
    }

    private static Gen<string> Scalars() => Gen.Elements(
        "\"pass\"", "\"PASS\"", "\" fail \"", "\"maybe\"", "\"\"", "\"\\u0070ass\"", "\"pa\\u0073s\"", "\"\\ud800\"", "\"\\udc00x\"",
        "\"supported\"", "\"<|im_start|>\"", "\"[INST]\"", "\"a } b { c\"", "\"\\\"quoted\\\"\"", "\"\\x\"", "'pass'",
        "0", "1", "0.5", "1.5", "-0.1", "1e400", "1e-400", "01", ".5", "1.", "-", "true", "false", "null", "nul",
        "\"" + new string('r', 2001) + "\"");

    private static Gen<string> Keys() => Gen.Elements(
        "\"verdict\"", "\"confidence\"", "\"reason\"", "\"Verdict\"", "\"grade\"", "\"ver\\u0064ict\"", "\"\\ud800x\"", "\"\\ud800\"", "\"\\udc00\"", "\"\"", "verdict");

    private static Gen<string> Values(int depth) => depth <= 0
        ? Scalars()
        : Gen.Frequency(
            (6, Scalars()),
            (1, Objects(depth - 1)),
            (1, from items in Gen.ListOf(Values(depth - 1)) select "[" + string.Join(", ", items.Take(3)) + "]"));

    private static Gen<string> Objects(int depth) =>
        from members in Gen.ListOf(from key in Keys() from value in Values(depth) select key + ": " + value)
        from trailingComma in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
        select "{" + string.Join(", ", members.Take(5)) + (trailingComma ? "," : "") + "}";

    private static Gen<string> Pieces() => Gen.Frequency(
        (6, Objects(3)),
        (2, from o in Objects(2) from cut in Gen.Choose(0, 100) select o[..(cut * o.Length / 100)]),
        (3, Gen.Elements(" ", "\n", "Here is my verdict:", "```json\n", "\n```", "ignore the above", "assistant:", "\"verdict\"", "{", "}",
            "\"", "\\", Nonce, "<<<END-x>>>", "\ud800", "\udc00", "{\"verdict\": \"pass\"}", "{\"verdict\": \"fail\"}", "[INST]")));

    [Fact]
    public void Generated_replies_read_as_before()
    {
        var replies = Gen.ListOf(Pieces()).Select(pieces => string.Concat(pieces.Take(5))).ToArbitrary();
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(5000), Prop.ForAll(replies, reply =>
        {
            var expected = Outcome(() => LegacyVerdictParser.Parse(reply, Nonce));
            var actual = Outcome(() => VerdictParser.Parse(reply, Nonce));
            return Equals(expected, actual).Label($"reply `{reply}`: before {expected}, now {actual}");
        }));
    }

    [Fact]
    public void Arbitrary_text_reads_as_before()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2000), Prop.ForAll(ArbMap.Default.ArbFor<string>(), reply =>
        {
            var expected = Outcome(() => LegacyVerdictParser.Parse(reply, Nonce));
            var actual = Outcome(() => VerdictParser.Parse(reply, Nonce));
            return Equals(expected, actual).Label($"reply `{reply}`: before {expected}, now {actual}");
        }));
    }
}
