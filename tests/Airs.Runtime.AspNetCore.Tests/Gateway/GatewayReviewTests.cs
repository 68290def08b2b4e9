using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Airs.Runtime.AspNetCore.Tests.Sidecar;

namespace Airs.Runtime.AspNetCore.Tests.Gateway;

/// <summary>Escalations through the gateway: the answer is an OpenAI error with the decision and the review ticket, which the app polls with its own key.</summary>
public sealed class GatewayReviewTests
{
    private const string Promise = "Yes: you get a guaranteed refund on this order. ";

    [Fact]
    public async Task An_escalated_request_returns_its_ticket_which_the_app_polls_with_its_own_key_until_a_person_decides()
    {
        await using var gateway = await GatewayTestHost.StartAsync();

        var (status, body) = await gateway.PostAsync(GatewayTestHost.Chat(("user", "I want to speak to a manager")));

        Assert.Equal(403, status);
        var error = body.GetProperty("error");
        Assert.Equal("review_required", error.GetProperty("code").GetString());
        var ticket = error.GetProperty("review_ticket").GetString()!;
        var url = error.GetProperty("review_ticket_url").GetString()!;
        Assert.Equal($"/v1/review_tickets/{ticket}", url);
        var pending = await PollAsync(gateway, url);
        Assert.Equal("review_ticket", pending.GetProperty("object").GetString());
        Assert.Equal("pending", pending.GetProperty("status").GetString());
        Assert.Equal(error.GetProperty("decision_id").GetString(), pending.GetProperty("decision_id").GetString());
        Assert.False(pending.TryGetProperty("summary", out _));

        using var approve = await gateway.Sidecar.SendAsync(HttpMethod.Post, $"/v1/reviews/{ticket}/approve", """{"reason":"a manager will call"}""", SidecarTestHost.AdminSecret);
        Assert.Equal(HttpStatusCode.OK, approve.StatusCode);
        Assert.Equal("approved", (await PollAsync(gateway, url)).GetProperty("status").GetString());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_answer_that_needs_review_is_withheld_and_answered_with_its_ticket(bool stream)
    {
        await using var gateway = await GatewayTestHost.StartAsync();
        gateway.Upstream.Answer = new JsonObject { ["role"] = "assistant", ["content"] = Promise };
        foreach (var delta in new[] { "Let me check. ", Promise, "Anything else I can do for you today, by the way? " })
        {
            gateway.Upstream.Deltas.Writer.TryWrite(delta);
        }
        gateway.Upstream.Deltas.Writer.Complete();

        var chat = JsonSerializer.Serialize(new { model = "gpt-test", stream, messages = new[] { new { role = "user", content = "Can I get my money back?" } } });
        using var response = await gateway.Client.PostAsync("/v1/chat/completions", new StringContent(chat, Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();

        var error = stream
            ? JsonDocument.Parse(text.Split('\n').Last(l => l.StartsWith("data: ", StringComparison.Ordinal))["data: ".Length..]).RootElement.GetProperty("error")
            : JsonDocument.Parse(text).RootElement.GetProperty("error");
        Assert.Equal(stream ? HttpStatusCode.OK : HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(("review_required", "output"), (error.GetProperty("code").GetString(), error.GetProperty("stage").GetString()));
        Assert.Equal("pending", (await PollAsync(gateway, error.GetProperty("review_ticket_url").GetString()!)).GetProperty("status").GetString());
        Assert.DoesNotContain("guaranteed", text, StringComparison.Ordinal);
        Assert.DoesNotContain("[DONE]", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ticket_is_read_with_a_decision_token_and_an_unknown_one_is_a_404()
    {
        await using var gateway = await GatewayTestHost.StartAsync();
        using var anonymous = new HttpClient { BaseAddress = gateway.Sidecar.Host.Addresses[0] };

        using var unknown = await gateway.Client.GetAsync("/v1/review_tickets/0123456789abcdef0123456789abcdef");
        using var noKey = await anonymous.GetAsync("/v1/review_tickets/0123456789abcdef0123456789abcdef");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("not_found", JsonDocument.Parse(await unknown.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
    }

    private static async Task<JsonElement> PollAsync(GatewayTestHost gateway, string url)
    {
        using var response = await gateway.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
