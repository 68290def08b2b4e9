using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using Airs.Compiler.Emit;
using Airs.Compiler.Interpretation;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using FsCheck;
using FsCheck.Fluent;
using Outcome = Airs.Runtime.Decisions.Outcome;

namespace Airs.Compiler.Tests.Emit;

/// <summary>
/// Issue 15.1: tool arguments fail closed. Random argument objects — every JSON type, extra, misspelt and
/// missing fields, numeric strings, huge numbers, NaN and Infinity as strings, nested objects, repeated names —
/// go through both engines. Neither may allow a call unless an independent oracle finds it exactly as declared
/// and under the guard's limit; and the two engines must agree.
/// </summary>
public sealed class ToolArgumentFuzzTests
{
    private const string Source = """
        policy refunds {
          tier high
          tools ["refunds.issue"]
          review desk { sla 1h }
          tool "refunds.issue" {
            args { order_id: string pattern /^A-[0-9]+$/, amount: number min 0, note?: string, tags?: [string] }
            writes
          }
          guard refund_limit on tool_call {
            when tool.name == "refunds.issue" and tool.args.amount > 100
            escalate desk
          }
        }
        """;

    private static readonly string[] Keys = ["amount", "ammount", "Amount", "amount ", "order_id", "note", "tags", "extra", "__proto__", ""];

    private static readonly string[] Values =
    [
        "5000", "150", "100", "100.0", "100.00000000000001", "99.99", "0", "-0", "-1", "1e2", "1E400", "-1e400", "1e-400", "123456789012345678901234567890",
        "\"5000\"", "\"5,000\"", "\"150\"", "\"abc\"", "\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "\"1e400\"", "\"\"", "\" 50\"",
        "\"A-1\"", "\"A-99\"", "\"B-1\"", "\"A-1\\n\"", "null", "true", "false", "[]", "[5000]", "[\"x\"]", "[\"a\", 1]",
        "{}", "{\"amount\": 5000}", "{\"value\": {\"deep\": [1, {\"x\": null}]}}",
    ];

    [Fact]
    public void No_argument_object_is_allowed_past_the_guard_by_either_engine()
    {
        var policy = EmitTestSupport.Compile("refunds.airs", Source);
        var emitted = PolicyEmitter.Emit(policy);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        using var loaded = LoadedEvaluators.Load(emitted);
        var compiled = loaded.Create(emitted.TypeName);

        var member = Gen.Zip(Gen.Elements(Keys), Gen.Elements(Values));
        var valid = Gen.Zip(Gen.Elements(Values.Where(v => v.StartsWith("\"A-", StringComparison.Ordinal)).ToArray()), Gen.Elements(Values))
            .Select(p => new[] { ("order_id", p.Item1), ("amount", p.Item2) });
        // Two in three objects start from the declared shape, half of those with nothing added, so the guard's own
        // limit is reached on both sides in every run (a random tail alone almost always adds a refused member).
        var members = Gen.OneOf(
            member.ListOf(),
            Gen.Zip(valid, member.ListOf()).Select(p => p.Item1.Concat(p.Item2).ToList()),
            valid.Select(p => p.ToList()));
        var allowed = 0;
        var escalated = 0;
        Prop.ForAll(Arb.From(members), list =>
        {
            var json = Object(list);
            RequestContext context;
            try
            {
                context = RequestContext.FromJson("""{"tool": {"name": "refunds.issue", "args": """ + json + "}}");
            }
            catch (ContextFormatException)
            {
                return true; // refused before any engine sees it (a repeated name): nothing was allowed
            }
            var interpreted = Interpreter.Evaluate(policy, Stage.ToolCall, context, EvaluationOptions.Default);
            var fromCompiled = compiled.Evaluate(Stage.ToolCall, context, EvaluationOptions.Default);
            Assert.Equal(EmitTestSupport.Canonical(interpreted), EmitTestSupport.Canonical(fromCompiled));
            var oracle = Oracle(json);
            if (interpreted.Outcome == Outcome.Allow)
            {
                Assert.True(oracle == Verdict.Allow, $"allowed {json}");
                allowed++;
            }
            else
            {
                Assert.True(oracle != Verdict.Allow, $"{interpreted.Outcome} for the valid {json}: {interpreted.Message}");
                Assert.Equal(oracle == Verdict.Escalate ? Outcome.Escalate : Outcome.Block, interpreted.Outcome);
                escalated += oracle == Verdict.Escalate ? 1 : 0;
            }
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(3_000));
        Assert.True(allowed > 0 && escalated > 0, $"the generator should reach both sides of the limit: {allowed} allowed, {escalated} escalated");
    }

    private enum Verdict { Allow, Escalate, Block }

    private static string Object(IEnumerable<(string Key, string Value)> members)
    {
        var b = new StringBuilder("{");
        foreach (var (key, value) in members)
        {
            b.Append(b.Length > 1 ? ", " : "").Append(JsonSerializer.Serialize(key)).Append(": ").Append(value);
        }
        return b.Append('}').ToString();
    }

    // Written from the declaration, not from the runtime's code: exactly the declared names, each once, of the
    // declared JSON type, order_id matching as a whole value (`$` is its end: "A-1\n" does not), amount a finite number of at least 0 that its double holds exactly.
    private static Verdict Oracle(string json)
    {
        using var document = JsonDocument.Parse(json);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var amount = double.NaN;
        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                return Verdict.Block;
            }
            var value = property.Value;
            switch (property.Name)
            {
                case "order_id" when value.ValueKind == JsonValueKind.String && System.Text.RegularExpressions.Regex.IsMatch(value.GetString()!, @"^A-[0-9]+\z"):
                    break;
                case "amount" when value.ValueKind == JsonValueKind.Number
                    && double.TryParse(value.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number) && number >= 0
                    && IsExactly(value.GetRawText(), number):
                    amount = number;
                    break;
                case "note" when value.ValueKind == JsonValueKind.String:
                    break;
                case "tags" when value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(i => i.ValueKind == JsonValueKind.String):
                    break;
                default:
                    return Verdict.Block;
            }
        }
        if (!seen.Contains("order_id") || double.IsNaN(amount))
        {
            return Verdict.Block;
        }
        return amount > 100 ? Verdict.Escalate : Verdict.Allow;
    }

    // Whether the double, written back in its shortest form, is the value the JSON text sent (a tool reads the text):
    // both compared as exact decimals, digits × 10^e, so `1e-400` (read as 0) and a 30-digit integer are not, while
    // `99.99`, `100.0` and `1e2` are.
    private static bool IsExactly(string text, double number) =>
        Decimal(text) == Decimal(number.ToString("R", CultureInfo.InvariantCulture));

    private static (BigInteger Digits, int Exponent) Decimal(string text)
    {
        var exponentAt = text.IndexOfAny(['e', 'E']);
        var exponent = exponentAt < 0 ? 0 : int.Parse(text[(exponentAt + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var mantissa = exponentAt < 0 ? text : text[..exponentAt];
        var point = mantissa.IndexOf('.');
        if (point >= 0)
        {
            exponent -= mantissa.Length - point - 1;
            mantissa = mantissa.Remove(point, 1);
        }
        var digits = BigInteger.Abs(BigInteger.Parse(mantissa, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
        if (digits.IsZero)
        {
            return (0, 0);
        }
        while (digits % 10 == 0)
        {
            digits /= 10;
            exponent++;
        }
        return (digits, exponent);
    }
}
