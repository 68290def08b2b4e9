using Airs.Runtime.Audit;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Engine;
using Airs.Runtime.Functions;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Tests.Engine;

/// <summary>Issue 17.4: containing one agent (per-agent breakers, PACE actions on one agent, routes and depth of delegation, authority per level).</summary>
public sealed class ContainmentEngineTests
{
    private const string Policy = """
        policy crew {
          tier high
          max depth 2
          review desk { sla 1h }
          tool "docs.read" { args { id: string } }
          tool "docs.write" { args { id: string }  writes }
          agent lead { tools ["docs.read", "docs.write"]  delegates writer with ["docs.read", "docs.write"]  delegates mailer with ["docs.read"] }
          agent writer { tools ["docs.read", "docs.write"]  delegates helper with ["docs.read", "docs.write"]  backup spare }
          agent helper { tools ["docs.read", "docs.write"] }
          agent mailer { tools ["docs.read"] }
          agent spare { tools ["docs.read"] }
          breaker refusals {
            trip when blocked >= 2 within 10m per agent
            cooldown 10m
            fallback "This agent is paused."
          }
          pace {
            alternate manual { isolate mailer }
            contingency manual { read_only writer  handover writer }
            emergency manual { authority ["ops-lead"]  halt }
          }
        }
        """;

    private static string Chain(string[] chain) =>
        $"\"agent\": {{\"id\": \"{chain[^1]}\", \"chain\": [{string.Join(", ", chain.Select(a => $"\"{a}\""))}]}}";

    private static RequestContext Call(string tool, params string[] chain) => RequestContext.FromJson(
        $"{{\"session\": {{\"id\": \"s-1\"}}, {Chain(chain)}, \"tool\": {{\"name\": \"{tool}\", \"args\": {{\"id\": \"d-1\"}}}}}}");

    private static RequestContext Message(string from, string to, params string[] chain) => RequestContext.FromJson(
        $"{{\"session\": {{\"id\": \"s-1\"}}, {Chain(chain)}, \"message\": {{\"text\": \"please read d-1\", \"from\": \"{from}\", \"to\": \"{to}\"}}}}");

    private static string Why(Decision decision) => Assert.Single(decision.Findings).Message;

    [Fact]
    public async Task A_per_agent_breaker_pauses_that_agent_only()
    {
        await using var s = await ScenarioEngine.FromTextAsync(Policy, ScenarioEngine.Sensitive);
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(Outcome.Block, (await s.Engine.DecideAsync(Stage.ToolCall, Call("docs.write", "mailer"))).Outcome); // not granted
        }
        Assert.True(await s.Engine.Breakers.IsOpenAsync("refusals", "agent:mailer"));
        var paused = await s.Engine.DecideAsync(Stage.ToolCall, Call("docs.read", "mailer"));
        Assert.Equal((Outcome.Block, "This agent is paused."), (paused.Outcome, paused.Message));
        Assert.Equal(Outcome.Allow, (await s.Engine.DecideAsync(Stage.ToolCall, Call("docs.read", "lead"))).Outcome);
        Assert.Equal(PaceLevel.Primary, s.Engine.Pace.Level);
    }

    [Fact]
    public async Task Isolate_refuses_the_agent_and_messages_to_it_and_leaves_the_others_running()
    {
        await using var s = await ScenarioEngine.FromTextAsync(Policy, ScenarioEngine.Sensitive);
        Assert.True((await s.Engine.Pace.DowngradeAsync(PaceLevel.Alternate, "ops-lead", "mailer leaks")).Applied);
        var call = await s.Engine.DecideAsync(Stage.ToolCall, Call("docs.read", "lead", "mailer"));
        Assert.Equal(Outcome.Block, call.Outcome);
        Assert.Equal((ToolPermissions.ContainmentControl, "agent `mailer` is isolated by PACE `alternate`"), (call.Findings[0].Control, Why(call)));
        Assert.Equal("agent `mailer` is isolated by PACE `alternate`", Why(await s.Engine.DecideAsync(Stage.AgentMessage, Message("lead", "mailer", "lead"))));
        Assert.Equal(Outcome.Allow, (await s.Engine.DecideAsync(Stage.ToolCall, Call("docs.write", "lead", "writer"))).Outcome);
    }

    [Fact]
    public async Task Read_only_and_handover_contain_the_writer_and_its_backup_takes_the_delegation_never_more()
    {
        await using var s = await ScenarioEngine.FromTextAsync(Policy, ScenarioEngine.Sensitive);
        Assert.True((await s.Engine.Pace.DowngradeAsync(PaceLevel.Contingency, "ops-lead", "writer drifts")).Applied);
        Assert.Equal("agent `writer` is handed over to `spare` by PACE `contingency`: send its work to `spare`",
            Why(await s.Engine.DecideAsync(Stage.ToolCall, Call("docs.read", "lead", "writer"))));
        Assert.Equal(Outcome.Allow, (await s.Engine.DecideAsync(Stage.ToolCall, Call("docs.read", "lead", "spare"))).Outcome);
        // The backup holds only docs.read, so the writer's delegated docs.write does not pass to it.
        Assert.Equal(ToolPermissions.PermissionControl, Assert.Single((await s.Engine.DecideAsync(Stage.ToolCall, Call("docs.write", "lead", "spare"))).Findings).Control);
        Assert.Equal(Outcome.Allow, (await s.Engine.DecideAsync(Stage.ToolCall, Call("docs.write", "lead"))).Outcome);

        // Back to primary: the spare has no delegation of its own, so the lead's chain through it is refused again.
        Assert.True((await s.Engine.Pace.UpgradeAsync(PaceLevel.Primary, "ops-lead", "writer fixed")).Applied);
        Assert.Equal("agent `lead` does not delegate to `spare`", Why(await s.Engine.DecideAsync(Stage.ToolCall, Call("docs.read", "lead", "spare"))));
    }

    [Fact]
    public async Task Read_only_refuses_the_agents_writes_along_its_chains()
    {
        const string readOnly = """
            policy crew {
              tier high
              tool "docs.read" { args { id: string } }
              tool "docs.write" { args { id: string }  writes }
              agent lead { tools ["docs.read", "docs.write"]  delegates writer with ["docs.read", "docs.write"] }
              agent writer { tools ["docs.read", "docs.write"] }
              pace { alternate manual { read_only writer } }
            }
            """;
        await using var s = await ScenarioEngine.FromTextAsync(readOnly, ScenarioEngine.Sensitive);
        Assert.True((await s.Engine.Pace.DowngradeAsync(PaceLevel.Alternate, "ops-lead", "writer under review")).Applied);
        var write = await s.Engine.DecideAsync(Stage.ToolCall, Call("docs.write", "lead", "writer"));
        Assert.Equal((ToolPermissions.ReadOnlyControl, "tool `docs.write` may write and PACE `alternate` makes agent `writer` read-only"),
            (write.Findings[0].Control, Why(write)));
        Assert.Equal(Outcome.Allow, (await s.Engine.DecideAsync(Stage.ToolCall, Call("docs.read", "lead", "writer"))).Outcome);
        Assert.Equal(Outcome.Allow, (await s.Engine.DecideAsync(Stage.ToolCall, Call("docs.write", "lead"))).Outcome);
    }

    [Fact]
    public async Task A_chain_deeper_than_max_depth_is_refused()
    {
        await using var s = await ScenarioEngine.FromTextAsync(Policy, ScenarioEngine.Sensitive);
        Assert.Equal(Outcome.Allow, (await s.Engine.DecideAsync(Stage.ToolCall, Call("docs.read", "lead", "writer", "helper"))).Outcome);
        const string shallow = """
            policy crew {
              tier high
              max depth 1
              tool "docs.read" { args { id: string } }
              agent lead { tools ["docs.read"]  delegates writer with ["docs.read"] }
              agent writer { tools ["docs.read"]  delegates helper with ["docs.read"] }
              agent helper { tools ["docs.read"] }
            }
            """;
        await using var t = await ScenarioEngine.FromTextAsync(shallow, ScenarioEngine.Sensitive);
        Assert.Equal("`agent.chain` delegates 2 times and the policy allows at most 1 (`max depth 1`)",
            Why(await t.Engine.DecideAsync(Stage.ToolCall, Call("docs.read", "lead", "writer", "helper"))));
        Assert.Equal(Outcome.Allow, (await t.Engine.DecideAsync(Stage.ToolCall, Call("docs.read", "lead", "writer"))).Outcome);
    }

    [Fact]
    public async Task A_message_travels_only_along_a_delegation_either_way_and_the_acting_agent_sends_or_receives_it()
    {
        await using var s = await ScenarioEngine.FromTextAsync(Policy, ScenarioEngine.Sensitive);
        Assert.Equal(Outcome.Allow, (await s.Engine.DecideAsync(Stage.AgentMessage, Message("lead", "writer", "lead"))).Outcome);
        Assert.Equal(Outcome.Allow, (await s.Engine.DecideAsync(Stage.AgentMessage, Message("writer", "lead", "lead", "writer"))).Outcome);
        Assert.Equal("agent `mailer` may not message `writer`: neither delegates to the other",
            Why(await s.Engine.DecideAsync(Stage.AgentMessage, Message("mailer", "writer", "lead", "mailer"))));
        Assert.Equal(Outcome.Allow, (await s.Engine.DecideAsync(Stage.AgentMessage, Message("lead", "writer", "lead", "writer"))).Outcome); // the receiver acts
        Assert.Equal("the message goes from `lead` to `mailer`, and the acting agent `writer` is neither",
            Why(await s.Engine.DecideAsync(Stage.AgentMessage, Message("lead", "mailer", "lead", "writer"))));
        Assert.Equal("`message.to` names `ghost`, which is not a declared agent",
            Why(await s.Engine.DecideAsync(Stage.AgentMessage, Message("lead", "ghost", "lead"))));
    }

    [Fact]
    public async Task Only_the_principals_a_level_names_may_move_into_or_out_of_it()
    {
        await using var s = await ScenarioEngine.FromTextAsync(Policy, ScenarioEngine.Sensitive with { PacePrincipals = ["ops-lead", "sre-oncall"] });
        var refused = await s.Engine.Pace.DowngradeAsync(PaceLevel.Emergency, "sre-oncall", "stop everything");
        Assert.Equal("`sre-oncall` may not move PACE from `primary` to `emergency`", refused.Refusal);
        Assert.Single(await s.AuditAsync(AuditKinds.PaceRefused));
        Assert.True((await s.Engine.Pace.DowngradeAsync(PaceLevel.Contingency, "sre-oncall", "writer drifts")).Applied);
        Assert.True((await s.Engine.Pace.DowngradeAsync(PaceLevel.Emergency, "ops-lead", "stop everything")).Applied);
        Assert.True((await s.Engine.Pace.UpgradeAsync(PaceLevel.Primary, "sre-oncall", "all clear")).IsRefused);
        Assert.True((await s.Engine.Pace.UpgradeAsync(PaceLevel.Primary, "ops-lead", "all clear")).Applied);
    }

    [Fact]
    public async Task The_refund_workflow_hands_the_executor_over_to_its_standby()
    {
        await using var s = await ScenarioEngine.ExampleAsync("refund_workflow");
        Assert.True((await s.Engine.Pace.DowngradeAsync(PaceLevel.Contingency, "ops-lead", "refund surge")).Applied);
        var issue = RequestContext.FromJson("""
            {"session": {"id": "s-1"}, "agent": {"id": "executor_standby", "chain": ["intake", "planner", "executor_standby"]},
             "tool": {"name": "refunds.issue", "args": {"order_id": "A-1", "amount": 20, "reason": "damaged"}}}
            """);
        var decision = await s.Engine.DecideAsync(Stage.ToolCall, issue);
        Assert.Equal(Outcome.Block, decision.Outcome); // intake delegates no refunds.issue to planner: authority never widens
        // A refund only after a lookup of the same order in the session (the example's sequence rule).
        var lookup = await s.Engine.DecideAsync(Stage.ToolCall, RequestContext.FromJson("""
            {"session": {"id": "s-1"}, "agent": {"id": "executor_standby", "chain": ["planner", "executor_standby"]},
             "tool": {"name": "orders.lookup", "args": {"order_id": "A-1"}}}
            """));
        Assert.Equal(Outcome.Allow, lookup.Outcome);
        var direct = RequestContext.FromJson("""
            {"session": {"id": "s-1"}, "agent": {"id": "executor_standby", "chain": ["planner", "executor_standby"]},
             "tool": {"name": "refunds.issue", "args": {"order_id": "A-1", "amount": 20, "reason": "damaged"}}}
            """);
        var approved = await s.Engine.DecideAsync(Stage.ToolCall, direct);
        Assert.Equal(Outcome.Escalate, approved.Outcome);
        Assert.Equal(ToolPermissions.ApprovalControl, approved.Findings.Single(f => f.Enforced).Control);
    }

    /// <summary>
    /// A backup that stands in for a handed-over agent does that agent's work under that agent's approvals: a tool the
    /// handed-over agent could only call with a person's approval still needs one when its backup calls it in its place.
    /// </summary>
    [Fact]
    public async Task A_backup_standing_in_under_handover_needs_the_approvals_of_the_agent_it_replaces()
    {
        await using var s = await ScenarioEngine.FromTextAsync("""
            policy relay {
              tier high
              review desk { sla 1h }
              tool "docs.read" { args { id: string } }
              tool "docs.write" { args { id: string }  writes }
              agent lead { tools ["docs.read", "docs.write"]  delegates writer with ["docs.read", "docs.write"] }
              agent writer { tools ["docs.read", "docs.write"]  approval ["docs.write"]  backup spare }
              agent spare { tools ["docs.read", "docs.write"] }
              pace {
                contingency manual { handover writer }
                emergency manual { authority ["ops-lead"]  halt }
              }
            }
            """, ScenarioEngine.Sensitive);
        Assert.Equal(Outcome.Escalate, (await s.Engine.DecideAsync(Stage.ToolCall, Call("docs.write", "lead", "writer"))).Outcome);
        Assert.True((await s.Engine.Pace.DowngradeAsync(PaceLevel.Contingency, "ops-lead", "writer drifts")).Applied);
        var standIn = await s.Engine.DecideAsync(Stage.ToolCall, Call("docs.write", "lead", "spare"));
        Assert.Equal(Outcome.Escalate, standIn.Outcome);
        Assert.Equal(ToolPermissions.ApprovalControl, standIn.Findings.Single(f => f.Enforced).Control);
        Assert.Equal(Outcome.Allow, (await s.Engine.DecideAsync(Stage.ToolCall, Call("docs.read", "lead", "spare"))).Outcome);
        // Its own work, not on the handed-over agent's behalf, stays under its own list.
        Assert.Equal(Outcome.Allow, (await s.Engine.DecideAsync(Stage.ToolCall, Call("docs.write", "spare"))).Outcome);
    }

    /// <summary>
    /// `agent.id` is checked against the declared agents only where a chain is (tool calls, agent messages): on the other
    /// stages an id the policy does not declare is no agent of its own, so it shares the `anonymous` key, as a request
    /// without an id does. A host (or a gateway header) naming a fresh agent per request gets no fresh count.
    /// </summary>
    [Fact]
    public async Task An_undeclared_agent_id_gets_no_per_agent_count_of_its_own()
    {
        await using var s = await ScenarioEngine.FromTextAsync("""
            policy crew_chat {
              tier low
              tool "docs.read" { args { id: string } }
              agent lead { tools ["docs.read"] }
              limit chat {
                count requests
                max 2 within 1m per agent
              }
            }
            """, ScenarioEngine.Sensitive);
        async Task<Outcome> AskAs(string agent) => (await s.Engine.DecideAsync(Stage.Input,
            RequestContext.FromJson($$$"""{"input": {"text": "hi"}, "agent": {"id": "{{{agent}}}"}}"""))).Outcome;
        Assert.Equal([Outcome.Allow, Outcome.Allow, Outcome.Block], [await AskAs("lead"), await AskAs("lead"), await AskAs("lead")]);
        Assert.Equal([Outcome.Allow, Outcome.Allow, Outcome.Block], [await AskAs("ghost-1"), await AskAs("ghost-2"), await AskAs("ghost-3")]);
        var anonymous = await s.Engine.DecideAsync(Stage.Input, RequestContext.FromJson("""{"input": {"text": "hi"}}"""));
        Assert.Equal(Outcome.Block, anonymous.Outcome);
        Assert.Contains(anonymous.Findings, f => f.Message.Contains("`agent:anonymous`", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_undeclared_agent_id_does_not_escape_a_per_agent_breaker()
    {
        await using var s = await ScenarioEngine.FromTextAsync("""
            policy crew_chat {
              tier low
              tool "docs.read" { args { id: string } }
              agent lead { tools ["docs.read"] }
              guard bad on input {
                when input.text == "bad"
                block
              }
              breaker refusals {
                trip when blocked >= 2 within 10m per agent
                cooldown 10m
                fallback "This agent is paused."
              }
            }
            """, ScenarioEngine.Sensitive);
        async Task<Decision> SayAs(string agent, string text) => await s.Engine.DecideAsync(Stage.Input,
            RequestContext.FromJson($$$"""{"input": {"text": "{{{text}}}"}, "agent": {"id": "{{{agent}}}"}}"""));
        Assert.Equal(Outcome.Block, (await SayAs("ghost-1", "bad")).Outcome);
        Assert.Equal(Outcome.Block, (await SayAs("ghost-2", "bad")).Outcome);
        var paused = await SayAs("ghost-3", "hi");
        Assert.Equal((Outcome.Block, "This agent is paused."), (paused.Outcome, paused.Message));
        Assert.Equal(Outcome.Allow, (await SayAs("lead", "hi")).Outcome);
    }
}
