using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Functions;
using Airs.Runtime.Policy;

namespace Airs.Runtime.Tests.Functions;

public sealed class ToolPermissionsTests
{
    private static readonly PolicySpec Spec = new("p", "1", Tier.High, null, [], [], [], [],
        [new ToolSpec("orders.lookup", [], false)],
        [
            new AgentSpec("planner", ["orders.lookup", "faq.search"], [new DelegationSpec("executor", ["orders.lookup"])], [], null),
            new AgentSpec("executor", ["orders.lookup", "orders.refund"], [], [], null),
        ],
        [], []);

    [Fact]
    public void Granted_is_the_intersection_along_the_chain()
    {
        var permissions = new ToolPermissions(Spec);
        Assert.True(permissions.IsGranted("orders.lookup", ["planner", "executor"]));
        Assert.False(permissions.IsGranted("orders.refund", ["planner", "executor"]));
        Assert.False(permissions.IsGranted("faq.search", ["planner", "executor"]));
        Assert.True(permissions.IsGranted("orders.refund", ["executor"]));
        Assert.False(permissions.IsGranted("orders.lookup", []));
    }

    /// <summary>
    /// An agent that holds a tool only under approval hands it on as it holds it: the approval goes along the chain, as
    /// the grant does, so a delegate cannot make without a person the call its delegator may not.
    /// </summary>
    [Fact]
    public void A_tool_under_approval_anywhere_along_the_chain_needs_approval()
    {
        var spec = new PolicySpec("p", "1", Tier.High, null, [], [],
            [new ReviewSpec("desk", TimeSpan.FromHours(1), new ActionSpec(Outcome.Block))], [],
            [new ToolSpec("orders.refund", [], true)],
            [
                new AgentSpec("planner", ["orders.refund"], [new DelegationSpec("executor", ["orders.refund"])], ["orders.refund"], null),
                new AgentSpec("executor", ["orders.refund"], [], [], null),
            ],
            [], []);
        var permissions = new ToolPermissions(spec);

        Outcome Decide(params string[] chain)
        {
            var builder = new EvaluationBuilder();
            var context = new RequestContext { ToolName = "orders.refund", AgentId = chain[^1], AgentChain = chain };
            permissions.Check(Stage.ToolCall, context, new EvaluationOptions(), builder);
            if (builder.Outcome == Outcome.Escalate)
            {
                Assert.Equal(["desk"], builder.Escalations);
                Assert.Equal(ToolPermissions.ApprovalControl, Assert.Single(builder.Findings).Control);
            }
            return builder.Outcome;
        }

        Assert.Equal(Outcome.Escalate, Decide("planner"));
        Assert.Equal(Outcome.Escalate, Decide("planner", "executor")); // the planner's work, done by its delegate
        Assert.Equal(Outcome.Allow, Decide("executor")); // the executor's own grant holds no approval
    }

    /// <summary>
    /// `isolate` refuses every request the agent takes part in, and `handover` refuses the agent handed over: its model
    /// calls, answers, tool results and retrievals as well as its tool calls and messages.
    /// </summary>
    [Theory]
    [InlineData(Stage.Input)]
    [InlineData(Stage.Output)]
    [InlineData(Stage.ToolResult)]
    [InlineData(Stage.Retrieval)]
    public void An_isolated_or_handed_over_agent_is_refused_on_every_stage(Stage stage)
    {
        var level = new PaceStateSpec(PaceLevel.Contingency, true, [], [], null)
        {
            AgentActions = [new AgentActionSpec(AgentAction.Isolate, "executor"), new AgentActionSpec(AgentAction.Handover, "planner")],
        };
        var spec = Spec with
        {
            Agents = [.. Spec.Agents.Select(a => a.Name == "planner" ? a with { Backup = "executor" } : a), new AgentSpec("clerk", ["orders.lookup"], [], [], null)],
            Pace = [level],
        };
        var controls = new ImplicitControls(spec);
        var options = new EvaluationOptions { Containment = AgentContainment.For(spec, level) };

        Evaluation Decide(string agent, params string[] chain)
        {
            EvaluationBuilder? builder = null;
            controls.Check(stage, new RequestContext { AgentId = agent, AgentChain = chain }, options, ref builder);
            return builder?.Build() ?? Evaluation.Allowed;
        }

        var isolated = Decide("executor", "planner", "executor");
        Assert.Equal(Outcome.Block, isolated.Outcome);
        Assert.Equal(ToolPermissions.ContainmentControl, Assert.Single(isolated.Findings).Control);
        Assert.Equal(Outcome.Block, Decide("executor").Outcome); // named as the acting agent, without a chain
        Assert.Equal(Outcome.Block, Decide("planner", "planner").Outcome);
        Assert.Equal(Outcome.Allow, Decide("").Outcome);
        Assert.Equal(Outcome.Allow, Decide("clerk", "clerk").Outcome); // the others keep working
    }

    [Fact]
    public void An_allowed_call_allocates_nothing()
    {
        var permissions = new ToolPermissions(Spec);
        var context = new RequestContext { ToolName = "orders.lookup", AgentId = "executor", AgentChain = ["planner", "executor"] };
        var builder = new EvaluationBuilder();
        var options = new EvaluationOptions(ToolsReadOnly: true);
        permissions.Check(Stage.ToolCall, context, options, builder);
        var before = GC.GetAllocatedBytesForCurrentThread();
        permissions.Check(Stage.ToolCall, context, options, builder);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(Outcome.Allow, builder.Outcome);
    }
}
