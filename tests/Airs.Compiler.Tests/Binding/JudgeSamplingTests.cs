using Airs.Compiler.Emit;
using Airs.Compiler.Interpretation;
using Airs.Compiler.Lowering;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Functions;
using Airs.Runtime.Policy;
using Compilation = Airs.Compiler.Binding.Compilation;

namespace Airs.Compiler.Tests.Binding;

/// <summary>A judge's <c>when</c>, <c>sample … when … fired</c>, <c>confidence</c>, <c>on uncertain</c> and PACE <c>judges all</c>.</summary>
public sealed class JudgeSamplingTests
{
    private const string Source = """
        policy risky {
          tier high
          model "judge"
          review answers { sla 4h }
          guard refund_talk on output { mode detect  when output.text contains "refund"  flag }
          judge grounded on output {
            model "judge"
            when len(output.text) > 10 and not (output.text contains "hello")
            sample 5%
            sample 100% when refund_talk fired
            confidence 0.6
            on uncertain block "unsure"
            blocking
            prompt "Is it supported? {{ output.text }}"
            on fail escalate answers
          }
          judge always on output { model "judge"  prompt "{{ output.text }}" }
          pace { alternate manual { judges all } }
        }
        """;

    private static PolicyIR Compile(string source)
    {
        var compilation = Compilation.FromText("risky.airs", source);
        Assert.True(compilation.Diagnostics.IsEmpty, string.Join("\n", compilation.Diagnostics));
        return compilation.Policy!;
    }

    private static string[] Codes(string source) =>
        [.. Compilation.FromText("p.airs", source).Diagnostics.Select(d => d.Code)];

    [Fact]
    public void The_risk_items_are_lowered_into_the_spec_and_the_ir()
    {
        var policy = Compile(Source);
        var grounded = policy.Spec.Judges.Single(j => j.Name == "grounded");
        Assert.Equal(0.05, grounded.SampleRate);
        Assert.Equal([new SampleBoost("refund_talk", 1.0)], grounded.SampleWhen.ToArray());
        Assert.Equal(0.6, grounded.MinConfidence);
        Assert.Equal(new ActionSpec(Outcome.Block, "unsure"), grounded.OnUncertain);
        Assert.Equal(["grounded"], policy.JudgeConditions.Select(c => c.Judge));
        Assert.Equal([PaceAction.JudgesAll], policy.Spec.Pace.Single().Actions.ToArray());
        var always = policy.Spec.Judges.Single(j => j.Name == "always");
        Assert.Empty(always.SampleWhen);
        Assert.Null(always.MinConfidence);
        Assert.Contains("sample 1 when refund_talk fired", IrPrinter.Print(policy), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a long answer about the weather", false)]
    [InlineData("short", true)]
    [InlineData("hello, a long answer about the weather", true)]
    public void A_judge_is_idle_exactly_when_its_condition_is_false_in_both_engines(string text, bool idle)
    {
        var policy = Compile(Source);
        var emitted = PolicyEmitter.Emit(policy);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        using var loaded = LoadedEvaluators.Load(emitted);
        var compiled = loaded.Create(emitted.TypeNames[0]);
        var context = new RequestContext { OutputText = text };
        foreach (var options in new[] { EvaluationOptions.Default, new EvaluationOptions(Trace: true) })
        {
            var interpreted = Interpreter.Evaluate(policy, Stage.Output, context, options);
            Assert.Equal(idle ? ["grounded"] : [], interpreted.IdleJudges.ToArray());
            Assert.Null(EvaluationDiff.Describe(interpreted, compiled.Evaluate(Stage.Output, context, options)));
        }
        Assert.Empty(Interpreter.Evaluate(policy, Stage.Input, new RequestContext { InputText = "short" }, EvaluationOptions.Default).IdleJudges);
    }

    [Fact]
    public void An_idle_judge_is_not_asked_in_airs_test()
    {
        var policy = Compile(Source);
        var stubs = new Dictionary<string, JudgeVerdict> { ["grounded"] = JudgeVerdict.Fail };
        var idle = Interpreter.Decide(policy, Stage.Output, new RequestContext { OutputText = "short" }, stubs, new EvaluationOptions(Trace: true));
        Assert.Equal(Outcome.Allow, idle.Outcome);
        Assert.Contains(idle.Trace, t => t.Control == "grounded" && t.Detail == "its `when` condition was false");
        var asked = Interpreter.Decide(policy, Stage.Output, new RequestContext { OutputText = "a long answer about the weather" }, stubs, EvaluationOptions.Default);
        Assert.Equal(Outcome.Escalate, asked.Outcome);
        var unsure = Interpreter.Decide(policy, Stage.Output, new RequestContext { OutputText = "a long answer about the weather" },
            new Dictionary<string, JudgeVerdict> { ["grounded"] = JudgeVerdict.Uncertain }, EvaluationOptions.Default);
        Assert.Equal(Outcome.Block, unsure.Outcome);
        Assert.Equal("unsure", unsure.Message);
    }

    /// <summary>
    /// AIRS0212 quotes the rates as the author wrote them: it printed the double product rounded to two places, so
    /// `sample 0.125% when go fired` was quoted as `sample 0.13% when go fired`, a line that is not in the file.
    /// </summary>
    [Fact]
    public void A_rate_that_does_not_raise_the_sample_is_quoted_as_written()
    {
        const string source = """policy p { tier low  model "m"  guard go on output { when true flag }  judge j on output { model "m"  prompt "x"  sample 0.5%  sample 0.125% when go fired } }""";
        var diagnostic = Assert.Single(Compilation.FromText("p.airs", source).Diagnostics);
        Assert.Equal("`sample 0.125% when go fired` does not raise the judge's sample of 0.5%", diagnostic.Message);
    }

    [Fact]
    public void The_diagnostics_name_what_is_wrong()
    {
        const string head = """policy p { tier low  model "m"  review r { sla 4h }  guard gi on input { when true escalate r }  guard go on output { when true flag }""";
        Assert.Equal(["AIRS0210"], Codes(head + """ judge j on output { model "m"  prompt "x"  sample 100% when nope fired } }"""));
        Assert.Equal(["AIRS0211"], Codes(head + """ judge j on output { model "m"  prompt "x"  sample 100% when gi fired } }"""));
        Assert.Equal(["AIRS0212"], Codes(head + """ judge j on output { model "m"  prompt "x"  sample 50%  sample 10% when go fired } }"""));
        Assert.Equal(["AIRS0213"], Codes(head + """ judge j on output { model "m"  prompt "x"  on uncertain escalate r } }"""));
        Assert.Equal(["AIRS0214"], Codes(head + """ judge j on output { model "m"  prompt "x"  confidence 0 } }"""));
        Assert.Equal(["AIRS0215"], Codes("""policy p { tier low  pace { alternate manual { judges off  judges all } } }"""));
        // a judge's `when` is checked like a guard's: fields of its own stage, and bool
        Assert.Contains("AIRS0104", Codes(head + """ judge j on output { model "m"  prompt "x"  when tool.result == "a" } }"""));
        Assert.Contains("AIRS0138", Codes(head + """ judge j on output { model "m"  prompt "x"  when output.text } }"""));
        // `sample` on one line, the judge's `when` on the next: two items, not one
        Assert.Empty(Codes(head + "\n judge j on output { model \"m\"  prompt \"x\"  sample 10%\n when output.text contains \"a\" } }"));
    }
}
