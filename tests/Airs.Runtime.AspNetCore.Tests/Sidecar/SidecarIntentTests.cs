using System.Text.Json;
using Airs.Runtime.AI.Models;

namespace Airs.Runtime.AspNetCore.Tests.Sidecar;

/// <summary>
/// Issue 18: over HTTP the host says where in its workflow a decision is (<c>workflow.point</c> in the context); a judge
/// that evaluates per phase runs only when a phase ends, and its prompt carries the workflow's intent, fenced.
/// </summary>
public sealed class SidecarIntentTests
{
    private const string ApiKey = "sk-test-0123456789abcdef";
    private const string KeyVariable = "AIRS_TEST_INTENT_JUDGE_KEY";

    private const string Policy = """"
        policy phased_bot {
          version "1.0.0"
          tier medium
          model "judge"

          agent desk { intent { goal "answer billing questions"  success { answered: "the question is answered" } } }
          workflow billing {
            agents [desk]
            intent { goal "Settle the billing question."  success { answered: "the question is answered" } }
          }

          judge phase_check on output {
            model "judge"
            sample 100%
            blocking
            intent { goal "grade each finished phase"  evaluate per_phase }
            prompt """
              Does the PHASE RESULT serve the GOAL? Reply as JSON
              {"verdict": "pass" | "fail", "confidence": 0..1, "reason": "..."}.
              GOAL: {{ workflow.intent.goal }}
              PHASE: {{ workflow.phase }}
              PHASE RESULT: {{ output.text }}
              """
            on fail escalate desk_review
          }

          review desk_review { sla 4h }
        }
        """";

    [Fact]
    public async Task A_per_phase_judge_runs_when_the_host_ends_a_phase_and_reads_the_workflows_intent()
    {
        await using var upstream = await FakeOpenAi.StartAsync(ApiKey, () => FakeOpenAi.Fail);
        var directory = SidecarTestHost.NewDirectory();
        SidecarTestHost.WriteBundleFromSource(Policy, directory);
        var path = Path.Combine(directory, "models.json");
        File.WriteAllText(path, JsonSerializer.Serialize(new
        {
            models = new Dictionary<string, object> { ["judge"] = new { endpoint = new Uri(upstream.Address, "v1").ToString(), model = "gpt-test", apiKeyEnv = KeyVariable } },
        }));
        using var models = JudgeModels.Load(path, name => name == KeyVariable ? ApiKey : null);
        await using var sidecar = await SidecarTestHost.StartAsync(directory, ["phased_bot"], configure: o => o with { Models = models });

        var action = await sidecar.DecideAsync("/v1/decisions/phased_bot/output",
            """{"output":{"text":"Looking up your invoice."},"agent":{"id":"desk"},"workflow":{"name":"billing","phase":"lookup"}}""");
        Assert.Equal("allow", action.GetProperty("outcome").GetString());
        Assert.False(action.GetProperty("judgesRan").GetBoolean());
        Assert.DoesNotContain(upstream.Requests, r => r.Path == "/v1/chat/completions");

        var phaseEnd = await sidecar.DecideAsync("/v1/decisions/phased_bot/output",
            """{"output":{"text":"Invoice found: 40 EUR."},"agent":{"id":"desk"},"workflow":{"name":"billing","phase":"lookup","point":"phase_end"}}""");
        Assert.Equal("escalate", phaseEnd.GetProperty("outcome").GetString());
        Assert.True(phaseEnd.GetProperty("judgesRan").GetBoolean());
        var call = Assert.Single(upstream.Requests, r => r.Path == "/v1/chat/completions");
        var prompt = JsonDocument.Parse(call.Body).RootElement.GetProperty("messages")[1].GetProperty("content").GetString()!;
        Assert.Matches(@"GOAL: <<<UNTRUSTED-[0-9a-f]{16}>>>\nSettle the billing question\.\n<<<END-", prompt);
        Assert.Contains("lookup", prompt, StringComparison.Ordinal);
    }
}
