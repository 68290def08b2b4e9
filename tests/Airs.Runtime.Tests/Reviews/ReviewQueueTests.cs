using Airs.Runtime.Audit;
using Airs.Runtime.Decisions;
using Airs.Runtime.Policy;
using Airs.Runtime.Reviews;
using Airs.Runtime.Stores;
using Airs.Runtime.Tests.Stores;

namespace Airs.Runtime.Tests.Reviews;

public sealed class ReviewQueueTests
{
    private static readonly ReviewSpec Support = new("support_review", TimeSpan.FromHours(4), new ActionSpec(Outcome.Block, "We couldn't verify this answer in time."));
    private static readonly ReviewSpec Refunds = new("refunds", TimeSpan.FromHours(1), new ActionSpec(Outcome.Allow));

    private static ReviewQueue Queue(IReviewStore store, TimeProvider time, string policy = "support_bot") => new(policy, [Support, Refunds], store, time);

    [Fact]
    public async Task AnOpenedTicketIsPendingUntilDueAtCreationPlusTheSla()
    {
        await using var temp = new TempStore();
        await using var store = await temp.OpenAsync();
        var time = new FakeTimeProvider();
        var queue = Queue(store, time);

        var ticket = await queue.OpenAsync("support_review", "dec-1", "refund answer for order 42");

        Assert.Equal((ReviewStatus.Pending, time.GetUtcNow().AddHours(4)), (ticket.Status, ticket.DueAt));
        Assert.Equal([ticket], await queue.ListPendingAsync());
        Assert.Equal([ticket], await queue.ListPendingAsync("support_review"));
        Assert.Empty(await queue.ListPendingAsync("refunds"));
        Assert.Single(await AuditReading.OfKindAsync(store, AuditKinds.ReviewOpened));
    }

    /// <summary>
    /// A summary is stored as text and shown to people: PostgreSQL keeps no NUL in text (the insert failed, and the
    /// decision that opened the ticket with it), and review tools act on control and format characters. Whoever opens
    /// the ticket, line breaks and tabs become spaces and the rest, invalid UTF-16 included, U+FFFD.
    /// </summary>
    [Fact]
    public async Task ASummaryIsStoredWithoutControlOrFormatCharacters()
    {
        await using var temp = new TempStore();
        await using var store = await temp.OpenAsync();
        var queue = Queue(store, new FakeTimeProvider());

        var ticket = await queue.OpenAsync("support_review", "dec-1", "tool `a\0b` with note \"x\u202Ey\u200Bz\"\r\nnext\tline \ud800 \U0001F600");

        const string Clean = "tool `a\uFFFDb` with note \"x\uFFFDy\uFFFDz\"  next line \uFFFD \U0001F600";
        Assert.Equal(Clean, ticket.Summary);
        Assert.Equal(Clean, (await store.GetTicketAsync(ticket.Id))!.Summary);
    }

    [Fact]
    public async Task ApprovingRecordsTheReviewerAndReasonAndIsAudited()
    {
        await using var temp = new TempStore();
        await using var store = await temp.OpenAsync();
        var time = new FakeTimeProvider();
        var queue = Queue(store, time);
        var ticket = await queue.OpenAsync("support_review", "dec-1", "summary");
        time.Advance(TimeSpan.FromMinutes(30));

        var approved = await queue.ApproveAsync(ticket.Id, "ann@bank.example", "answer is grounded");

        Assert.Equal(ReviewStatus.Approved, approved.Status);
        Assert.Equal(new ReviewResolution("ann@bank.example", "answer is grounded", time.GetUtcNow(), Outcome.Allow), approved.Resolution);
        Assert.Equal(approved, await store.GetTicketAsync(ticket.Id));
        Assert.Empty(await queue.ListPendingAsync());
        var audit = Assert.Single(await AuditReading.OfKindAsync(store, AuditKinds.ReviewApproved));
        Assert.Equal("ann@bank.example", audit.Actor);
        Assert.Contains(ticket.Id, audit.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASecondDecisionIsAnError()
    {
        await using var temp = new TempStore();
        await using var store = await temp.OpenAsync();
        var queue = Queue(store, new FakeTimeProvider());
        var ticket = await queue.OpenAsync("support_review", "dec-1", "summary");
        await queue.RejectAsync(ticket.Id, "ann", "not grounded");

        var error = await Assert.ThrowsAsync<ReviewException>(() => queue.ApproveAsync(ticket.Id, "bob", "looks fine"));

        Assert.Equal($"ticket `{ticket.Id}` is already rejected", error.Message);
        Assert.Equal(ReviewStatus.Rejected, (await store.GetTicketAsync(ticket.Id))?.Status);
        Assert.Empty(await AuditReading.OfKindAsync(store, AuditKinds.ReviewApproved));
    }

    [Fact]
    public async Task ConcurrentDecisionsLetExactlyOneWin()
    {
        await using var temp = new TempStore();
        await using var store = await temp.OpenAsync();
        var queue = Queue(store, new FakeTimeProvider());
        var ticket = await queue.OpenAsync("support_review", "dec-1", "summary");

        var attempts = Enumerable.Range(0, 16).Select(async i =>
        {
            try
            {
                await (i % 2 == 0 ? queue.ApproveAsync(ticket.Id, $"r{i}", "ok") : queue.RejectAsync(ticket.Id, $"r{i}", "no"));
                return true;
            }
            catch (ReviewException)
            {
                return false;
            }
        });

        Assert.Single(await Task.WhenAll(attempts), won => won);
        var decided = (await AuditReading.AllAsync(store)).Count(r => r.Kind is AuditKinds.ReviewApproved or AuditKinds.ReviewRejected);
        Assert.Equal(1, decided);
    }

    [Fact]
    public async Task ExpiryResolvesOverdueTicketsByTheQueuesAction()
    {
        await using var temp = new TempStore();
        await using var store = await temp.OpenAsync();
        var time = new FakeTimeProvider();
        var queue = Queue(store, time);
        var support = await queue.OpenAsync("support_review", "dec-1", "summary");
        var refund = await queue.OpenAsync("refunds", "dec-2", "refund of 900");

        time.Advance(TimeSpan.FromMinutes(59));
        Assert.Empty(await queue.ExpireDueAsync());
        time.Advance(TimeSpan.FromMinutes(1));
        var first = Assert.Single(await queue.ExpireDueAsync());
        Assert.Equal((refund.Id, Outcome.Allow), (first.Ticket.Id, first.Action.Outcome));

        time.Advance(TimeSpan.FromHours(3));
        var second = Assert.Single(await queue.ExpireDueAsync());
        Assert.Equal(support.Id, second.Ticket.Id);
        Assert.Equal(Support.OnExpiry, second.Action);
        Assert.Equal(ReviewStatus.Expired, (await store.GetTicketAsync(support.Id))?.Status);
        Assert.Equal(Outcome.Block, (await store.GetTicketAsync(support.Id))?.Resolution?.Outcome);
        Assert.Empty(await queue.ExpireDueAsync());
        Assert.Equal(2, (await AuditReading.OfKindAsync(store, AuditKinds.ReviewExpired)).Length);
    }

    [Fact]
    public async Task AnOverdueTicketCanNoLongerBeDecided()
    {
        await using var temp = new TempStore();
        await using var store = await temp.OpenAsync();
        var time = new FakeTimeProvider();
        var queue = Queue(store, time);
        var ticket = await queue.OpenAsync("refunds", "dec-1", "summary");
        time.Advance(TimeSpan.FromHours(2));

        var error = await Assert.ThrowsAsync<ReviewException>(() => queue.ApproveAsync(ticket.Id, "ann", "fine"));

        Assert.Equal($"ticket `{ticket.Id}` passed its due time and can only expire", error.Message);
        await queue.ExpireDueAsync();
        var expired = await Assert.ThrowsAsync<ReviewException>(() => queue.ApproveAsync(ticket.Id, "ann", "fine"));
        Assert.Equal($"ticket `{ticket.Id}` is already expired", expired.Message);
    }

    [Fact]
    public async Task BadRequestsAreRefused()
    {
        await using var temp = new TempStore();
        await using var store = await temp.OpenAsync();
        var queue = Queue(store, new FakeTimeProvider());
        var ticket = await queue.OpenAsync("refunds", "dec-1", "summary");

        Assert.Equal("unknown review `nope`", (await Assert.ThrowsAsync<ReviewException>(() => queue.OpenAsync("nope", "d", "s"))).Message);
        Assert.Equal("unknown ticket `t-404`", (await Assert.ThrowsAsync<ReviewException>(() => queue.ApproveAsync("t-404", "ann", "ok"))).Message);
        Assert.Equal("a decision needs a reason", (await Assert.ThrowsAsync<ReviewException>(() => queue.ApproveAsync(ticket.Id, "ann", " "))).Message);
        Assert.Equal("a decision needs a reviewer", (await Assert.ThrowsAsync<ReviewException>(() => queue.RejectAsync(ticket.Id, "", "no"))).Message);
        // Another policy's queue does not see (or decide) this policy's tickets.
        var other = Queue(store, new FakeTimeProvider(), "other_policy");
        Assert.Empty(await other.ListPendingAsync());
        await Assert.ThrowsAsync<ReviewException>(() => other.ApproveAsync(ticket.Id, "ann", "ok"));
    }

    [Fact]
    public async Task PendingTicketsSurviveARestartAndExpireAfterIt()
    {
        await using var temp = new TempStore();
        var time = new FakeTimeProvider();
        ReviewTicket ticket;
        await using (var store = await temp.OpenAsync())
        {
            ticket = await Queue(store, time).OpenAsync("support_review", "dec-1", "summary");
        }

        time.Advance(TimeSpan.FromHours(5));
        await using (var store = await temp.OpenAsync())
        {
            var queue = Queue(store, time);
            Assert.Equal([ticket], await queue.ListPendingAsync());
            Assert.Equal(ticket.Id, Assert.Single(await queue.ExpireDueAsync()).Ticket.Id);
            Assert.True((await AuditVerifier.VerifyAsync(store)).IsValid);
        }
    }
}
