using Airs.Compiler.Lowering;
using Airs.Runtime.Decisions;
using Airs.Runtime.Functions;
using FsCheck;
using Outcome = Airs.Runtime.Decisions.Outcome;
using FsCheck.Fluent;
using static Airs.Compiler.Tests.Interpretation.Policies;

namespace Airs.Compiler.Tests.Interpretation;

public sealed class PermissionTests
{
    // The design's support bot: the planner may only pass `orders.lookup` on to the executor.
    private static readonly PolicyIR Agents = Policy(Spec(
        tools: [Tool("faq.search", false), Tool("orders.lookup", false), Tool("orders.refund", true)],
        agents:
        [
            Agent("planner", ["faq.search", "orders.lookup"], [("executor", ["orders.lookup"])]),
            Agent("executor", ["orders.lookup", "orders.refund"], approval: ["orders.refund"]),
        ]));

    private static Finding Denied(Evaluation result, string control)
    {
        Assert.Equal(Outcome.Block, result.Outcome);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(control, finding.Control);
        Assert.Equal(Layer.Permission, finding.Layer);
        Assert.True(finding.Enforced);
        Assert.Equal(finding.Message, result.Message);
        return finding;
    }

    [Fact]
    public void Without_agents_the_policy_tools_grant_and_everything_else_is_denied()
    {
        var policy = Policy(Spec(policyTools: ["faq.search"]));
        Assert.Equal(Outcome.Allow, Run(policy, Stage.ToolCall, ToolCall("faq.search")).Outcome);
        var finding = Denied(Run(policy, Stage.ToolCall, ToolCall("shell.exec")), ToolPermissions.PermissionControl);
        Assert.Equal("tool `shell.exec` is not granted by the policy", finding.Message);
        Denied(Run(Policy(Spec()), Stage.ToolCall, ToolCall("faq.search")), ToolPermissions.PermissionControl);
    }

    [Fact]
    public void The_permission_control_runs_only_on_tool_calls_and_agent_messages()
    {
        var policy = Policy(Spec());
        Assert.Equal(Outcome.Allow, Run(policy, Stage.Input, ToolCall("shell.exec")).Outcome);
        Assert.Equal(Outcome.Allow, Run(policy, Stage.ToolResult, ToolCall("shell.exec")).Outcome);
    }

    [Fact]
    public void Along_a_chain_the_grant_is_the_intersection_of_every_hop()
    {
        var chain = new[] { "planner", "executor" };
        Assert.Equal(Outcome.Allow, Run(Agents, Stage.ToolCall, ToolCall("orders.lookup", "executor", chain)).Outcome);
        // The executor holds orders.refund, but the planner did not delegate it.
        var refund = Denied(Run(Agents, Stage.ToolCall, ToolCall("orders.refund", "executor", chain)), ToolPermissions.PermissionControl);
        Assert.Equal("tool `orders.refund` is not granted along the chain `planner > executor`", refund.Message);
        // The planner holds faq.search, but the executor does not.
        Denied(Run(Agents, Stage.ToolCall, ToolCall("faq.search", "executor", chain)), ToolPermissions.PermissionControl);
        Assert.Equal(Outcome.Allow, Run(Agents, Stage.ToolCall, ToolCall("faq.search", "planner", ["planner"])).Outcome);
    }

    [Theory]
    [InlineData(null, "the request carries no `agent.chain` and the policy declares agents")]
    [InlineData(new[] { "planner", "ghost" }, "agent `ghost` is not declared")]
    [InlineData(new[] { "executor", "planner" }, "agent `executor` does not delegate to `planner`")]
    [InlineData(new[] { "planner" }, "`agent.chain` ends in `planner`, not in the acting agent `executor`")]
    public void Malformed_chains_are_denied_with_a_clear_finding(string[]? chain, string message)
    {
        Assert.Equal(message, Denied(Run(Agents, Stage.ToolCall, ToolCall("orders.lookup", "executor", chain)), ToolPermissions.PermissionControl).Message);
        Assert.Equal(message, Denied(Run(Agents, Stage.AgentMessage, ToolCall("", "executor", chain)), ToolPermissions.PermissionControl).Message);
    }

    [Fact]
    public void A_valid_chain_may_send_agent_messages()
    {
        Assert.Equal(Outcome.Allow, Run(Agents, Stage.AgentMessage, ToolCall("", "executor", ["planner", "executor"])).Outcome);
    }

    [Fact]
    public void Tools_under_approval_escalate_to_the_first_review()
    {
        var result = Run(Agents, Stage.ToolCall, ToolCall("orders.refund", "executor", ["executor"]));
        Assert.Equal(Outcome.Escalate, result.Outcome);
        Assert.Equal(["support_review"], result.Escalations.ToArray());
        Assert.Equal(ToolPermissions.ApprovalControl, Assert.Single(result.Findings).Control);

        var noReview = Policy(Agents.Spec with { Reviews = [] });
        Denied(Run(noReview, Stage.ToolCall, ToolCall("orders.refund", "executor", ["executor"])), ToolPermissions.ApprovalControl);
    }

    [Fact]
    public void Read_only_denies_tools_that_write_or_are_not_declared()
    {
        var readOnly = new EvaluationOptions(ToolsReadOnly: true);
        Assert.Equal(Outcome.Allow, Run(Agents, Stage.ToolCall, ToolCall("orders.lookup", "executor", ["executor"]), readOnly).Outcome);
        Denied(Run(Agents, Stage.ToolCall, ToolCall("orders.refund", "executor", ["executor"]), readOnly), ToolPermissions.ReadOnlyControl);
        var undeclared = Policy(Spec(policyTools: ["mystery.tool"]));
        Assert.Equal(Outcome.Allow, Run(undeclared, Stage.ToolCall, ToolCall("mystery.tool")).Outcome);
        Denied(Run(undeclared, Stage.ToolCall, ToolCall("mystery.tool"), readOnly), ToolPermissions.ReadOnlyControl);
    }

    [Fact]
    public void Guards_still_run_after_the_permission_control()
    {
        var guard = Ir.Guard("no_shell", Stage.ToolCall, Ir.Eq(Ir.Field("tool.name"), Ir.Str("shell.exec")), new ActionIR.Halt());
        var result = Run(Policy(Spec(), guard), Stage.ToolCall, ToolCall("shell.exec"), new EvaluationOptions(Trace: true));
        Assert.Equal(Outcome.Halt, result.Outcome);
        Assert.Equal([ToolPermissions.PermissionControl, "no_shell"], result.Findings.Select(f => f.Control));
    }

    /// <summary>Against a naive model: the tool is allowed exactly when every hop's own and delegated grant contains it.</summary>
    [Fact]
    public void Permission_is_the_intersection_along_random_chains()
    {
        string[] names = ["a", "b", "c"];
        string[] tools = ["t1", "t2", "t3"];
        var subset = Gen.SubListOf(tools).Select(l => l.ToArray());
        var agents = (from own in Gen.ArrayOf(subset, names.Length)
                      from delegated in Gen.ArrayOf(Gen.ArrayOf(Gen.OneOf(Gen.Constant<string[]?>(null), subset.Select(s => (string[]?)s)), names.Length), names.Length)
                      select (own, delegated));
        var cases = (from a in agents
                     from chain in Gen.NonEmptyListOf(Gen.Elements(names)).Select(c => c.Take(4).ToArray())
                     from tool in Gen.Elements(tools)
                     select (a.own, a.delegated, chain, tool)).ToArbitrary();

        Prop.ForAll(cases, c =>
        {
            var specs = names.Select((n, i) => Agent(n, c.own[i],
                [.. names.Select((to, j) => (to, c.delegated[i][j])).Where(d => d.Item2 is not null).Select(d => (d.to, d.Item2))])).ToArray();
            var policy = Policy(Spec(agents: [.. specs], tools: [Tool("t1", false), Tool("t2", false), Tool("t3", false)]));
            var index = names.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i);
            var allowed = c.own[index[c.chain[0]]].Contains(c.tool);
            for (var h = 1; h < c.chain.Length; h++)
            {
                var delegation = c.delegated[index[c.chain[h - 1]]][index[c.chain[h]]];
                allowed = allowed && delegation is not null && delegation.Contains(c.tool) && c.own[index[c.chain[h]]].Contains(c.tool);
            }
            var result = Run(policy, Stage.ToolCall, ToolCall(c.tool, c.chain[^1], c.chain));
            return (result.Outcome == Outcome.Allow) == allowed;
        }).QuickCheckThrowOnFailure();
    }
}
