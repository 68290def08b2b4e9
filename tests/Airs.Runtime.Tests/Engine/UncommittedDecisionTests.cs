using System.Text.Json;
using Airs.Runtime.Audit;
using Airs.Runtime.Decisions;
using static Airs.Runtime.Tests.Engine.EngineSpecs;

namespace Airs.Runtime.Tests.Engine;

/// <summary>
/// <c>DecideUncommittedAsync</c>: the decision before its audit record is durable, for hosts that overlap the commit
/// with work that releases nothing (the gateway's upstream call). Once <c>Committed</c> completes, the record is in
/// the log exactly as <c>DecideAsync</c> writes it, and overlapping commits keep one valid chain.
/// </summary>
public sealed class UncommittedDecisionTests
{
    [Fact]
    public async Task Once_committed_the_decision_is_in_the_log_as_DecideAsync_writes_it()
    {
        await using var h = await EngineHarness.CreateAsync(ScriptedPolicy.When("refund", Outcome.Block, message: "No refunds here."), Spec());

        var (decision, committed) = await h.Engine.DecideUncommittedAsync(Stage.Input, Input("I want a refund"));
        await committed;

        Assert.Equal((Outcome.Block, "No refunds here."), (decision.Outcome, decision.Message));
        var record = Assert.Single(await h.AuditAsync(AuditKinds.Decision));
        using var payload = JsonDocument.Parse(record.Payload);
        Assert.Equal(decision.Id, payload.RootElement.GetProperty("decision_id").GetString());
        Assert.Equal("block", payload.RootElement.GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task Overlapping_commits_keep_one_valid_chain()
    {
        await using var h = await EngineHarness.CreateAsync(ScriptedPolicy.AllowAll(), Spec());

        var pending = new List<(string Id, Task Committed)>();
        for (var i = 0; i < 20; i++)
        {
            var (decision, committed) = await h.Engine.DecideUncommittedAsync(Stage.Input, Input($"question {i}"));
            pending.Add((decision.Id, committed));
        }
        await Task.WhenAll(pending.Select(p => p.Committed));

        var ids = (await h.AuditAsync(AuditKinds.Decision)).Select(r => JsonDocument.Parse(r.Payload).RootElement.GetProperty("decision_id").GetString()).ToList();
        Assert.Equal(pending.Select(p => p.Id).Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
        Assert.True((await AuditVerifier.VerifyAsync(h.Store)).IsValid);
    }
}
