using Airs.Compiler.Binding;
using Airs.Compiler.Diagnostics;
using Airs.Compiler.Interpretation;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Functions;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Tests.Checking;

/// <summary>Intent and workflow blocks: bound, checked against grants, tiers and each other, lowered into the spec.</summary>
public sealed class IntentTests
{
    private static Compilation Compile(string source) => Compilation.FromText("intents.airs", source);

    private static string[] Lines(Compilation c) =>
        [.. c.Diagnostics.Select(d => $"{d.Location.Start.Line + 1}: {d.Code} {d.Message}")];

    [Fact]
    public void The_refund_workflow_carries_real_intents_and_its_drift_judge_reads_them()
    {
        var compilation = Compilation.FromFile(RepositoryPaths.Combine("policies", "examples", "refund_workflow.airs"));
        Assert.Empty(compilation.Diagnostics);
        var spec = compilation.Policy!.Spec;
        var executor = spec.Agents.Single(a => a.Name == "executor").Intent!;
        Assert.Equal("Issue the refund the planner approved, and nothing else.", executor.Goal);
        Assert.Equal("refund_issued customer_notified", string.Join(" ", executor.Success.Select(c => c.Name)));
        Assert.Equal(EvaluationFrequency.EveryAction, executor.Evaluate);
        var workflow = Assert.Single(spec.Workflows);
        Assert.Equal("intake planner executor", string.Join(" ", workflow.Agents));
        var drift = spec.Judges.Single(j => j.Name == "task_drift");
        Assert.Contains("{{ agent.intent.goal }}", drift.PromptTemplate, StringComparison.Ordinal);
        Assert.Null(drift.Evaluate); // the acting agent's intent says when
        Assert.Equal(EvaluationFrequency.AfterExecution, spec.Judges.Single(j => j.Name == "refund_outcome").Evaluate);
    }

    [Fact]
    public void A_workflow_criterion_no_agent_has_is_named()
    {
        var compilation = Compile("""
            policy p {
              tier high
              agent intake { intent { goal "collect"  success { recorded: "recorded" } } }
              agent payer { intent { goal "pay"  failure { paid_twice: "paid twice" } } }
              workflow refund {
                agents [intake, payer]
                intent {
                  goal "refund"
                  success { recorded: "understood", refunded: "paid back" }
                  failure { paid_twice: "paid twice", lost: "the request is lost" }
                }
              }
            }
            """);
        Assert.Equal(
            [
                "9: AIRS0200 success criterion `refunded` of workflow `refund` is not covered by any of its agents",
                "10: AIRS0200 failure criterion `lost` of workflow `refund` is not covered by any of its agents",
            ],
            Lines(compilation));
        Assert.Equal("give one of `intake`, `payer` a success criterion named `refunded`", compilation.Diagnostics[0].Help);
    }

    [Fact]
    public void An_intents_tools_agree_with_the_agents_grant()
    {
        var compilation = Compile("""
            policy p {
              tier high
              tool "a" { args { x: string } }
              tool "b" { args { x: string } }
              tool "c" { args { x: string } }
              agent one { tools ["a", "b"]  intent { goal "do a"  tools ["a", "c"] } }
              agent two { tools ["a"]  intent { goal "do a" } }
            }
            """);
        Assert.Equal(
            [
                "6: AIRS0201 the intent of agent `one` permits `c`, which the agent is not granted",
                "6: AIRS0202 agent `one` is granted `b`, which its intent does not permit",
            ],
            Lines(compilation));
    }

    [Theory]
    [InlineData("critical", "every_action", true)]
    [InlineData("critical", "per_phase", false)]
    [InlineData("critical", "after_execution", false)]
    [InlineData("high", "per_phase", true)]
    [InlineData("high", "after_execution", false)]
    [InlineData("medium", "after_execution", true)]
    [InlineData("low", "per_phase", true)]
    public void The_evaluation_frequency_is_bounded_by_the_tier(string tier, string frequency, bool allowed)
    {
        var compilation = Compile($$$"""
            policy p {
              tier {{{tier}}}
              model "m"
              agent a { intent { goal "help"  evaluate {{{frequency}}} } }
              judge j on output { model "m"  prompt "{{ output.text }}"  intent { goal "grade"  evaluate {{{frequency}}} } }
            }
            """);
        Assert.Equal(allowed ? 0 : 2, compilation.Diagnostics.Count(d => d.Code == "AIRS0203"));
    }

    [Fact]
    public void A_judge_of_the_whole_workflow_may_run_at_its_end_at_any_tier()
    {
        var compilation = Compile("""
            policy p {
              tier critical
              model "m"
              agent a { intent { goal "help"  success { helped: "helped" } } }
              workflow w { agents [a]  intent { goal "help"  success { helped: "helped" } } }
              judge outcome on output {
                model "m"
                intent { goal "grade the end"  evaluate after_execution }
                prompt "{{ workflow.intent.success }} {{ output.text }}"
              }
            }
            """);
        Assert.Empty(compilation.Diagnostics);
    }

    [Theory]
    [InlineData("low", EvaluationFrequency.AfterExecution)]
    [InlineData("medium", EvaluationFrequency.PerPhase)]
    [InlineData("high", EvaluationFrequency.EveryAction)]
    [InlineData("critical", EvaluationFrequency.EveryAction)]
    public void An_intent_without_evaluate_takes_the_tiers_default_and_a_judge_without_one_judges_every_action(string tier, EvaluationFrequency expected)
    {
        var compilation = Compile($$$"""
            policy p {
              tier {{{tier}}}
              model "m"
              agent a { intent { goal "help" } }
              judge own on output { model "m"  prompt "{{ output.text }}"  intent { goal "grade" } }
              judge plain on output { model "m"  prompt "{{ output.text }}" }
            }
            """);
        Assert.Empty(compilation.Diagnostics);
        var spec = compilation.Policy!.Spec;
        Assert.Equal(expected, spec.Agents[0].Intent!.Evaluate);
        Assert.Equal(expected, spec.Judges.Single(j => j.Name == "own").Evaluate);
        Assert.Equal(EvaluationFrequency.EveryAction, spec.Judges.Single(j => j.Name == "plain").Evaluate);
    }

    [Fact]
    public void The_deprecated_task_still_reads_as_a_goal_with_a_warning()
    {
        var compilation = Compile("""
            policy p { tier high  agent a { task "answer questions" } }
            """);
        var warning = Assert.Single(compilation.Diagnostics);
        Assert.Equal(("AIRS0205", DiagnosticSeverity.Warning), (warning.Code, warning.Severity));
        Assert.Equal("answer questions", compilation.Policy!.Spec.Agents[0].Intent!.Goal);
    }

    [Fact]
    public void Prompt_placeholders_name_intent_fields_and_an_agent_without_an_intent_is_reported()
    {
        var compilation = Compile("""
            policy p {
              tier high
              model "m"
              agent a { intent { goal "x" } }
              agent b { tools [] }
              judge j on agent_message { model "m"  prompt "{{ agent.intent.goal }} {{ agent.intent.mood }} {{ message.text }}" }
            }
            """);
        Assert.Equal(
            [
                "6: AIRS0130 prompt placeholder `agent.intent.mood` is not an intent field: `agent.intent.` is followed by `data`, `failure`, `goal`, `success`, `tools`",
                "6: AIRS0207 judge `j` reads `agent.intent.goal`, but agent `b` declares no intent",
            ],
            Lines(compilation));
    }

    /// <summary>`airs test`'s path runs the judges of the request's point: a per-phase judge only when a phase (or the workflow) ends.</summary>
    [Theory]
    [InlineData("", Outcome.Allow)]
    [InlineData("action", Outcome.Allow)]
    [InlineData("phase_end", Outcome.Escalate)]
    [InlineData("workflow_end", Outcome.Escalate)]
    public void A_per_phase_judge_decides_only_at_phase_and_workflow_ends(string point, Outcome expected)
    {
        var compilation = Compile("""
            policy p {
              tier medium
              model "m"
              review r { sla 1h }
              judge phase on output {
                model "m"
                blocking
                intent { goal "grade each phase"  evaluate per_phase }
                prompt "{{ output.text }}"
                on fail escalate r
              }
            }
            """);
        Assert.Empty(compilation.Diagnostics);
        var context = new RequestContext { OutputText = "phase done", WorkflowName = "refund", WorkflowPoint = point };
        var evaluation = Interpreter.Decide(compilation.Policy!, Stage.Output, context,
            new Dictionary<string, JudgeVerdict> { ["phase"] = JudgeVerdict.Fail }, EvaluationOptions.Default);
        Assert.Equal(expected, evaluation.Outcome);
    }
}
