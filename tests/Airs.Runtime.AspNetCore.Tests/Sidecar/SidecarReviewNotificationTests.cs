using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Airs.Runtime.AspNetCore.Sidecar;
using Microsoft.AspNetCore.Http;

namespace Airs.Runtime.AspNetCore.Tests.Sidecar;

/// <summary>Issue 15.7: a host hears that a review ticket opened, by long poll or by a signed webhook, instead of polling the list.</summary>
public sealed class SidecarReviewNotificationTests
{
    private const string WebhookSecret = "whsec-0123456789abcdef";

    /// <summary>Guards against a hang only; every wait below ends on an event, not on this.</summary>
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_long_poll_answers_when_a_ticket_opens_and_the_cursor_moves_past_it()
    {
        var directory = SidecarTestHost.NewDirectory();
        SidecarTestHost.WriteBundleFromSource(SidecarPolicies.Desk, directory);
        await using var sidecar = await SidecarTestHost.StartAsync(directory, ["desk_bot"]);

        var empty = await WaitAsync(sidecar, "timeout=0");
        Assert.Empty(empty.GetProperty("tickets").EnumerateArray());
        Assert.False(empty.TryGetProperty("next", out _));

        var waiting = WaitAsync(sidecar, "timeout=120");
        var decision = await sidecar.DecideAsync("/v1/decisions/desk_bot/input", SidecarPolicies.Context("I want a refund"));
        var woken = await waiting.WaitAsync(Guard);

        var ticketId = decision.GetProperty("reviewTicketId").GetString();
        var ticket = Assert.Single(woken.GetProperty("tickets").EnumerateArray());
        Assert.Equal(ticketId, ticket.GetProperty("id").GetString());
        Assert.Equal("pending", ticket.GetProperty("status").GetString());
        Assert.Equal(ticketId, woken.GetProperty("next").GetString());

        // Past the cursor: nothing new yet; a second ticket comes alone.
        var after = await WaitAsync(sidecar, $"after={ticketId}&timeout=0");
        Assert.Empty(after.GetProperty("tickets").EnumerateArray());
        Assert.Equal(ticketId, after.GetProperty("next").GetString());
        var second = await sidecar.DecideAsync("/v1/decisions/desk_bot/input", SidecarPolicies.Context("another refund", "u2"));
        var next = await WaitAsync(sidecar, $"after={ticketId}&timeout=120&policy=desk_bot");
        Assert.Equal([second.GetProperty("reviewTicketId").GetString()], next.GetProperty("tickets").EnumerateArray().Select(t => t.GetProperty("id").GetString()));
    }

    [Theory]
    [InlineData("timeout=abc", 400, "`timeout` must be a whole number of seconds from 0 to 120")]
    [InlineData("timeout=121", 400, "`timeout` must be a whole number of seconds from 0 to 120")]
    [InlineData("timeout=1&timeout=2", 400, "`timeout` must be given once")]
    [InlineData("after=nope", 400, "`after`: there is no review ticket `nope`")]
    [InlineData("policy=nobody", 404, "policy `nobody` is not served here")]
    public async Task A_bad_long_poll_query_is_a_problem(string query, int status, string detail)
    {
        var directory = SidecarTestHost.NewDirectory();
        SidecarTestHost.WriteBundleFromSource(SidecarPolicies.Desk, directory);
        await using var sidecar = await SidecarTestHost.StartAsync(directory, ["desk_bot"]);

        using var response = await sidecar.SendAsync(HttpMethod.Get, "/v1/reviews/wait?" + query, token: SidecarTestHost.AdminSecret);
        await SidecarErrorTests.AssertProblemAsync(response, status, detail);

        using var anonymous = await sidecar.SendAsync(HttpMethod.Get, "/v1/reviews/wait?timeout=0");
        await SidecarErrorTests.AssertProblemAsync(anonymous, 401, "Bearer");
    }

    [Fact]
    public async Task The_webhook_gets_a_signed_notice_retried_through_failures()
    {
        var attempts = 0;
        var delivered = new TaskCompletionSource<LocalServer.Received>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var receiver = await LocalServer.StartAsync((http, request) =>
        {
            if (Interlocked.Increment(ref attempts) <= 2)
            {
                http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            }
            else
            {
                delivered.TrySetResult(request);
            }
            return Task.CompletedTask;
        });
        var directory = SidecarTestHost.NewDirectory();
        SidecarTestHost.WriteBundleFromSource(SidecarPolicies.Desk, directory);
        await using var sidecar = await SidecarTestHost.StartAsync(directory, ["desk_bot"], configure: o => o with
        {
            ReviewWebhook = new ReviewWebhookOptions(new Uri(receiver.Address, "hooks/airs"), WebhookSecret) { RetryDelay = TimeSpan.Zero },
        });

        var decision = await sidecar.DecideAsync("/v1/decisions/desk_bot/input", SidecarPolicies.Context("I want a refund"));
        var notice = await delivered.Task.WaitAsync(Guard);

        Assert.Equal(3, receiver.Requests.Count);
        Assert.All(receiver.Requests, r => Assert.Equal(("POST", "/hooks/airs"), (r.Method, r.Path)));
        Assert.Single(receiver.Requests.Select(r => r.Header("X-Airs-Delivery")).Distinct());
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(WebhookSecret), notice.Body));
        Assert.Equal(expected, notice.Header("X-Airs-Signature-256"));
        Assert.Equal("review.opened", notice.Header("X-Airs-Event"));
        var body = JsonDocument.Parse(notice.Body).RootElement;
        Assert.Equal("review.opened", body.GetProperty("event").GetString());
        Assert.Equal(notice.Header("X-Airs-Delivery"), body.GetProperty("deliveryId").GetString());
        Assert.Equal(decision.GetProperty("reviewTicketId").GetString(), body.GetProperty("ticket").GetProperty("id").GetString());
        Assert.DoesNotContain(sidecar.Logs.Entries, e => e.Message.Contains(WebhookSecret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_receiver_that_refuses_is_not_retried_and_the_refusal_is_logged()
    {
        var refused = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var receiver = await LocalServer.StartAsync((http, _) =>
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return Task.CompletedTask;
        });
        var directory = SidecarTestHost.NewDirectory();
        SidecarTestHost.WriteBundleFromSource(SidecarPolicies.Desk, directory);
        var sidecar = await SidecarTestHost.StartAsync(directory, ["desk_bot"], configure: o => o with
        {
            ReviewWebhook = new ReviewWebhookOptions(receiver.Address, WebhookSecret) { RetryDelay = TimeSpan.Zero },
        });
        await sidecar.DecideAsync("/v1/decisions/desk_bot/input", SidecarPolicies.Context("I want a refund"));
        await sidecar.DisposeAsync(); // drains the webhook queue

        Assert.Single(receiver.Requests);
        Assert.Contains(sidecar.Logs.Entries, e => e.Message.Contains("answered HTTP 400", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_redirect_is_not_followed_the_signed_notice_goes_only_where_it_was_configured()
    {
        // The configured receiver answers 307, which HttpClient would follow with the same body and signature.
        await using var elsewhere = await LocalServer.StartAsync((_, _) => Task.CompletedTask);
        await using var receiver = await LocalServer.StartAsync((http, _) =>
        {
            http.Response.StatusCode = StatusCodes.Status307TemporaryRedirect;
            http.Response.Headers.Location = new Uri(elsewhere.Address, "internal/admin").ToString();
            return Task.CompletedTask;
        });
        var directory = SidecarTestHost.NewDirectory();
        SidecarTestHost.WriteBundleFromSource(SidecarPolicies.Desk, directory);
        var sidecar = await SidecarTestHost.StartAsync(directory, ["desk_bot"], configure: o => o with
        {
            ReviewWebhook = new ReviewWebhookOptions(receiver.Address, WebhookSecret) { RetryDelay = TimeSpan.Zero },
        });
        await sidecar.DecideAsync("/v1/decisions/desk_bot/input", SidecarPolicies.Context("I want a refund"));
        await sidecar.DisposeAsync(); // drains the webhook queue

        Assert.Single(receiver.Requests);
        Assert.Empty(elsewhere.Requests);
        Assert.Contains(sidecar.Logs.Entries, e => e.Message.Contains("answered HTTP 307", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_receivers_answer_body_is_not_read_a_2xx_ends_the_delivery_at_once()
    {
        // 200, then a body that never ends: the status is the answer; buffering the body would wait (and hold memory)
        // until the attempt's timeout, and then send the notice again.
        var abandoned = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var receiver = await LocalServer.StartAsync(async (http, _) =>
        {
            http.Response.StatusCode = StatusCodes.Status200OK;
            var chunk = new byte[64 * 1024];
            try
            {
                while (!http.RequestAborted.IsCancellationRequested)
                {
                    await http.Response.Body.WriteAsync(chunk, http.RequestAborted);
                    await Task.Delay(10, http.RequestAborted);
                }
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException)
            {
                // the sidecar let go
            }
            abandoned.TrySetResult();
        });
        var directory = SidecarTestHost.NewDirectory();
        SidecarTestHost.WriteBundleFromSource(SidecarPolicies.Desk, directory);
        var sidecar = await SidecarTestHost.StartAsync(directory, ["desk_bot"], configure: o => o with
        {
            ReviewWebhook = new ReviewWebhookOptions(receiver.Address, WebhookSecret) { RetryDelay = TimeSpan.Zero, AttemptTimeout = TimeSpan.FromSeconds(30) },
        });
        await sidecar.DecideAsync("/v1/decisions/desk_bot/input", SidecarPolicies.Context("I want a refund"));

        await abandoned.Task.WaitAsync(TimeSpan.FromSeconds(15)); // well before the attempt's 30 s
        await sidecar.DisposeAsync();
        Assert.Single(receiver.Requests);
        Assert.DoesNotContain(sidecar.Logs.Entries, e => e.Category == "Airs.Sidecar.Webhook");
    }

    [Theory]
    [InlineData("ftp://127.0.0.1/hook", WebhookSecret, "must be an http or https address")]
    [InlineData("http://127.0.0.1/hook", "short", "at least 16 characters")]
    public async Task A_bad_webhook_is_refused_at_startup(string url, string secret, string message)
    {
        var directory = SidecarTestHost.NewDirectory();
        SidecarTestHost.WriteBundleFromSource(SidecarPolicies.Desk, directory);
        var error = await Assert.ThrowsAsync<SidecarConfigurationException>(() => SidecarTestHost.StartAsync(directory, ["desk_bot"],
            configure: o => o with { ReviewWebhook = new ReviewWebhookOptions(new Uri(url), secret) }));
        Assert.Contains(message, error.Message);
    }

    private static async Task<JsonElement> WaitAsync(SidecarTestHost sidecar, string query)
    {
        using var response = await sidecar.SendAsync(HttpMethod.Get, "/v1/reviews/wait?" + query, token: SidecarTestHost.AdminSecret);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
