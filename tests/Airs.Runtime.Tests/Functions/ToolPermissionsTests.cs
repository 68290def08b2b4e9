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
