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
