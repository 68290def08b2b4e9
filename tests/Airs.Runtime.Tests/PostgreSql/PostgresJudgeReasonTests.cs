using System.Text.Json;
using Airs.Runtime.Audit;
using Airs.Runtime.Decisions;
using Airs.Runtime.Engine;
using Airs.Runtime.Judges;
using Airs.Runtime.PostgreSql;
using Airs.Runtime.Tests.Engine;
using Airs.Runtime.Tests.Stores;
using Microsoft.Extensions.AI;
using static Airs.Runtime.Tests.Engine.EngineSpecs;
using FakeClock = Airs.Runtime.Tests.Bundles.FakeTimeProvider;

namespace Airs.Runtime.Tests.PostgreSql;

/// <summary>A judge's reason with a NUL, on the store that keeps no NUL in text.</summary>
[Collection(PostgresCollection.Name)]
[NeedsPostgres]
public sealed class PostgresJudgeReasonTests(PostgresServer server)
{
    /// <summary>
    /// The summary's insert failed on the NUL, and with it the decision (the sidecar's 500) — or, for a judge in the
    /// background, the ticket, logged and never opened. Now both tickets open, their summaries carry the reason quoted
    /// and escaped, and the decision's and the verdicts' audit records are stored (they hold the reason only as a hash).
    /// </summary>
    [StoreFact]
    public async Task A_judges_reason_with_a_NUL_opens_its_ticket()
    {
        await using var store = await PostgresAirsStore.OpenAsync(await server.CreateDatabaseAsync());
        var clients = new Dictionary<string, IChatClient>(StringComparer.Ordinal) { ["judge"] = Models.Replying(JudgeReasonReviewTests.Reply) };
        await using var engine = await PolicyEngine.CreateAsync(ScriptedPolicy.AllowAll(),
            Spec(judges: [Judge(), Judge("background", blocking: false)]), store, new DictionaryJudgeClientProvider(clients), EngineHarness.Sensitive, new FakeClock());

        var decision = await engine.DecideAsync(Stage.Output, Output("Your refund of 4000 EUR was issued."));
        await engine.WhenIdleAsync();

        Assert.Equal(Outcome.Escalate, decision.Outcome);
        var tickets = await engine.Reviews.ListPendingAsync();
        Assert.Equal(2, tickets.Count);
        Assert.Equal($"output escalated: judge `grounded` returned fail; {JudgeReasonReviewTests.Quoted}",
            tickets.Single(t => t.Id == decision.ReviewTicketId).Summary);
        Assert.Equal($"output released, then: judge `background` returned fail; {JudgeReasonReviewTests.Quoted}",
            tickets.Single(t => t.Id != decision.ReviewTicketId).Summary);
        Assert.Single(await AuditReading.OfKindAsync(store, AuditKinds.Decision));
        var verdicts = await AuditReading.OfKindAsync(store, AuditKinds.JudgeVerdict);
        Assert.Equal(2, verdicts.Length);
        Assert.All(verdicts, v => Assert.Equal(StageText.Sha256(JudgeReasonReviewTests.RawReason),
            JsonDocument.Parse(v.Payload).RootElement.GetProperty("reason_sha256").GetString()));
    }
}
