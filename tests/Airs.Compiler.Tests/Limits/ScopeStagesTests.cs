using System.Collections.Frozen;
using Airs.Compiler.Binding;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Limits;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Tests.Limits;

/// <summary>
/// "The scope exists at that stage": vacuous with today's schema (the ids are on every stage), so it is tested
/// through its function with a schema where <c>user.id</c> exists on <c>input</c> only.
/// </summary>
public sealed class ScopeStagesTests
{
    private static readonly IReadOnlyList<ContextFieldInfo> UserIdOnInputOnly =
        [.. ContextSchema.Fields.Select(f => f.Field == ContextField.UserId ? f with { Stages = new[] { Stage.Input }.ToFrozenSet() } : f)];

    [Fact]
    public void A_scope_whose_id_is_missing_on_a_counted_stage_is_reported_with_that_stage()
    {
        var user = ScopeStages.FieldOf(LimitScope.User);
        Assert.Equal([Stage.ToolCall], ScopeStages.Missing(user, LimitRules.StagesOf(LimitMeasure.Sum), UserIdOnInputOnly));
        Assert.Equal([Stage.Output], ScopeStages.Missing(user, LimitRules.StagesOf(LimitMeasure.Cost), UserIdOnInputOnly));
        Assert.Empty(ScopeStages.Missing(user, LimitRules.StagesOf(LimitMeasure.Requests), UserIdOnInputOnly));
        Assert.Equal(Stages.All.Where(s => s != Stage.Input),
            ScopeStages.Missing(ScopeStages.FieldOf(BreakerScope.User), Stages.All, UserIdOnInputOnly));
        Assert.Empty(ScopeStages.Missing(ScopeStages.FieldOf(LimitScope.Global), Stages.All, UserIdOnInputOnly));
    }

    [Fact]
    public void The_stages_of_a_measure_are_those_the_runtime_charges_on()
    {
        var context = new RequestContext { ToolName = "t" };
        foreach (var measure in Enum.GetValues<LimitMeasure>())
        {
            var limit = new LimitSpec("l", "l", measure, 5, TimeSpan.FromMinutes(1), LimitScope.User, ControlMode.Enforce, new ActionSpec(Outcome.Block))
            {
                Tool = "t",
                Argument = "a",
            };
            var charged = Stages.All.Where(stage => LimitRules.Charges("p", [limit], [], stage, context, DateTimeOffset.UnixEpoch).Count > 0);
            Assert.Equal(LimitRules.StagesOf(measure).Order(), charged.Order());
        }
    }

    [Fact]
    public void Every_scope_exists_on_every_stage_today()
    {
        foreach (var scope in Enum.GetValues<LimitScope>())
        {
            Assert.Empty(ScopeStages.Missing(ScopeStages.FieldOf(scope), Stages.All, ContextSchema.Fields));
        }
        foreach (var scope in Enum.GetValues<BreakerScope>())
        {
            Assert.Empty(ScopeStages.Missing(ScopeStages.FieldOf(scope), Stages.All, ContextSchema.Fields));
        }
    }
}
