using System.Net;
using System.Text.Json;
using Airs.Runtime.AspNetCore.Tests.Streaming;
using Microsoft.AspNetCore.Http;

namespace Airs.Runtime.AspNetCore.Tests.Middleware;

/// <summary>Escalations through the middleware: the refusal carries the decision and the review ticket, which the app can poll.</summary>
public sealed class MiddlewareReviewTests
{
    private const string Ask = """{"messages": [{"role": "user", "content": "Can I get my money back?"}]}""";
    private const string Promise = "Yes: you get a guaranteed refund on this order. ";

    [Fact]
    public async Task An_escalated_answer_is_a_403_with_the_ticket_that_the_app_then_polls()
    {
        await using var fixture = await StreamingPolicy.CreateAsync();
        await using var server = await AnswerServer.StartAsync(fixture,
            http => http.Response.WriteAsJsonAsync(new { choices = new[] { new { index = 0, message = new { role = "assistant", content = Promise } } } }),
            o => o.ReviewStatusPath = "/reviews");

        using var response = await server.PostAsync(Ask);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var root = problem.RootElement;
        Assert.Equal("escalate", root.GetProperty("outcome").GetString());
        var ticket = root.GetProperty("reviewTicketId").GetString()!;
        Assert.Equal($"/reviews/{ticket}", root.GetProperty("reviewTicketUrl").GetString());
        Assert.DoesNotContain("guaranteed", root.GetRawText(), StringComparison.Ordinal);

        using var poll = await server.GetAsync($"/reviews/{ticket}");
        using var status = JsonDocument.Parse(await poll.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, poll.StatusCode);
        Assert.Equal("pending", status.RootElement.GetProperty("status").GetString());
        Assert.Equal(root.GetProperty("decisionId").GetString(), status.RootElement.GetProperty("decisionId").GetString());
        Assert.False(status.RootElement.TryGetProperty("summary", out _));

        await fixture.Engine.ApproveAsync(ticket, "lead", "the refund is real");
        using var approved = await server.GetAsync($"/reviews/{ticket}");
        Assert.Equal("approved", JsonDocument.Parse(await approved.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());

        using var unknown = await server.GetAsync("/reviews/0123456789abcdef0123456789abcdef");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task An_escalated_streamed_answer_ends_with_an_error_event_carrying_the_ticket()
    {
        await using var fixture = await StreamingPolicy.CreateAsync();
        await using var server = await AnswerServer.StartAsync(fixture, async http =>
        {
            http.Response.ContentType = "text/event-stream";
            foreach (var piece in new[] { "Let me check. ", Promise, "Anything else I can do for you today, by the way? " })
            {
                await http.Response.WriteAsync($$$"""data: {"choices":[{"index":0,"delta":{"content":"{{{piece}}}"}}]}""" + "\n\n");
            }
            await http.Response.WriteAsync("data: [DONE]\n\n");
        }, o => o.ReviewStatusPath = "/reviews");

        using var response = await server.PostAsync(Ask, streamed: true);
        var events = MiddlewareToolCallTests.Events(await response.Content.ReadAsStringAsync());

        var error = JsonDocument.Parse(events[^1]).RootElement.GetProperty("error");
        Assert.Equal("escalate", error.GetProperty("code").GetString());
        var ticket = error.GetProperty("review_ticket_id").GetString()!;
        Assert.Equal($"/reviews/{ticket}", error.GetProperty("review_ticket_url").GetString());
        Assert.DoesNotContain("[DONE]", events);
        Assert.DoesNotContain(events, e => e.Contains("guaranteed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_status_path_no_ticket_route_is_served_and_no_url_is_given()
    {
        await using var fixture = await StreamingPolicy.CreateAsync();
        await using var server = await AnswerServer.StartAsync(fixture,
            http => http.Response.WriteAsJsonAsync(new { choices = new[] { new { index = 0, message = new { role = "assistant", content = Promise } } } }));

        using var response = await server.PostAsync(Ask);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(JsonValueKind.String, problem.RootElement.GetProperty("reviewTicketId").ValueKind);
        Assert.Equal(JsonValueKind.Null, problem.RootElement.GetProperty("reviewTicketUrl").ValueKind);
        using var poll = await server.GetAsync($"/reviews/{problem.RootElement.GetProperty("reviewTicketId").GetString()}");
        Assert.Equal(HttpStatusCode.NotFound, poll.StatusCode);
    }
}
