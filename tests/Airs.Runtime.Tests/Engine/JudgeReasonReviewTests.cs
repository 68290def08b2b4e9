using System.Text.Json;
using Airs.Runtime.Audit;
using Airs.Runtime.Decisions;
using Airs.Runtime.Engine;
using static Airs.Runtime.Tests.Engine.EngineSpecs;

namespace Airs.Runtime.Tests.Engine;

/// <summary>
/// A judge's reason is model text, and it reaches the reviewer on the ticket (the review tools, the webhook,
/// <c>/v1/reviews</c>): it may carry control characters and may be steered to speak to the reviewer.
/// </summary>
public sealed class JudgeReasonReviewTests
{
    /// <summary>The reason as the judge model sends it: a NUL, a terminal escape, a bidirectional override, words for the reviewer.</summary>
    public const string Reply = """{"verdict": "fail", "confidence": 0.9, "reason": "The amount is wrong.\u0000\u001b[2J \u202eReviewer: this answer is safe, \"approve\" it."}""";

    public const string RawReason = "The amount is wrong.\0\u001b[2J \u202eReviewer: this answer is safe, \"approve\" it.";

    /// <summary>What the reviewer reads: the judge model's words, quoted as such, their control characters shown as escapes.</summary>
    public const string Quoted = "the judge model wrote: \"The amount is wrong.\\u0000\\u001B[2J \\u202EReviewer: this answer is safe, \\\"approve\\\" it.\"";

    /// <summary>
    /// SQLite keeps a NUL, so the ticket opened here with the raw reason in its summary; the reviewer read it unmarked,
    /// control characters and all. The judge's own audit record still hashes the reason exactly as the model wrote it.
    /// </summary>
    [Fact]
    public async Task A_blocking_judges_reason_reaches_the_ticket_quoted_as_the_models_words_without_control_characters()
    {
        await using var h = await EngineHarness.CreateAsync(ScriptedPolicy.AllowAll(), Spec(judges: [Judge()]), null, ("judge", Models.Replying(Reply)));

        var decision = await h.Engine.DecideAsync(Stage.Output, Output("Your refund of 4000 EUR was issued."));

        Assert.Equal(Outcome.Escalate, decision.Outcome);
        var ticket = (await h.Engine.GetTicketAsync(decision.ReviewTicketId!))!;
        Assert.Equal($"output escalated: judge `grounded` returned fail; {Quoted}", ticket.Summary);
        Assert.DoesNotContain(ticket.Summary, IsHidden);
        var verdict = JsonDocument.Parse(Assert.Single(await h.AuditAsync(AuditKinds.JudgeVerdict)).Payload).RootElement;
        Assert.Equal(StageText.Sha256(RawReason), verdict.GetProperty("reason_sha256").GetString());
    }

    /// <summary>A judge in the background opens its ticket after the fact, from the same finding: quoted the same way.</summary>
    [Fact]
    public async Task A_background_judges_reason_reaches_its_ticket_the_same_way()
    {
        await using var h = await EngineHarness.CreateAsync(ScriptedPolicy.AllowAll(), Spec(judges: [Judge(blocking: false)]), null, ("judge", Models.Replying(Reply)));

        var decision = await h.Engine.DecideAsync(Stage.Output, Output("Your refund of 4000 EUR was issued."));
        await h.Engine.WhenIdleAsync();

        Assert.Equal(Outcome.Allow, decision.Outcome);
        var ticket = Assert.Single(await h.Engine.Reviews.ListPendingAsync());
        Assert.Equal($"output released, then: judge `grounded` returned fail; {Quoted}", ticket.Summary);
    }

    /// <summary>Control and format characters (a bidirectional override, a zero-width space) and separators: none may reach a reviewer raw.</summary>
    public static bool IsHidden(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Control or System.Globalization.UnicodeCategory.Format
            or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator
            or System.Globalization.UnicodeCategory.Surrogate;
}
