using System.Net;
using System.Text;
using System.Text.Json;
using Airs.Runtime.AspNetCore.Tests.Guarding;
using Microsoft.AspNetCore.Http;

namespace Airs.Runtime.AspNetCore.Tests.Streaming;

/// <summary>
/// An endpoint's answer is held (JSON, text) or partly held (an event stream's unreleased text, the whole answer for
/// its last decision) before it is checked: without a bound, the endpoint decided how much memory one request took,
/// and an event that never ended grew the pending buffer, re-read on every write, without limit. Over
/// <c>MaxResponseBytes</c> a held answer is a 502 problem and a stream ends with an error event, as the gateway's
/// <c>MaxAnswerBytes</c> bounds an upstream's.
/// </summary>
public sealed class MiddlewareAnswerSizeTests
{
    private const string Ask = """{"messages": [{"role": "user", "content": "What is my balance?"}]}""";

    [Theory]
    [InlineData("application/json")]
    [InlineData("text/plain")]
    [InlineData("application/x-ndjson")]
    public async Task A_held_answer_larger_than_the_bound_is_a_502_problem(string type)
    {
        await using var fixture = await GuardFixture.CreateAsync();
        await using var server = await AnswerServer.StartAsync(fixture, async http =>
        {
            http.Response.ContentType = type;
            await http.Response.WriteAsync("{\"content\":\"");
            for (var i = 0; i < 16; i++)
            {
                await http.Response.WriteAsync(new string('a', 255) + " ");
            }
            await http.Response.WriteAsync("\"}\n");
        }, o => o.MaxResponseBytes = 2048);

        using var response = await server.PostAsync(Ask);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(HttpStatusCode.BadGateway == response.StatusCode, $"{(int)response.StatusCode}: {body[..Math.Min(200, body.Length)]}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("larger than 2048 bytes", JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(await fixture.DecisionsAsync(), d => d.Stage == "output");
    }

    [Fact]
    public async Task A_held_answer_within_the_bound_is_checked_as_before()
    {
        await using var fixture = await GuardFixture.CreateAsync();
        await using var server = await AnswerServer.StartAsync(fixture, async http =>
        {
            http.Response.ContentType = "text/plain";
            await http.Response.WriteAsync("Write to jane.doe@example.com for help.");
        }, o => o.MaxResponseBytes = 39);

        using var response = await server.PostAsync(Ask);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Write to [REDACTED] for help.", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(false)] // many events
    [InlineData(true)] // one event that never ends
    public async Task A_stream_larger_than_the_bound_ends_with_an_error_event(bool unended)
    {
        await using var fixture = await GuardFixture.CreateAsync();
        await using var server = await AnswerServer.StartAsync(fixture, async http =>
        {
            http.Response.ContentType = "text/event-stream";
            for (var i = 0; i < 64; i++)
            {
                var text = $"Sentence number {i} of a long answer. ";
                await http.Response.WriteAsync(unended ? text : $$"""data: {"id":"c1","choices":[{"index":0,"delta":{"content":"{{text}}"},"finish_reason":null}]}""" + "\n\n");
                await http.Response.Body.FlushAsync();
            }
            await http.Response.WriteAsync("\n\ndata: [DONE]\n\n");
        }, o => o.MaxResponseBytes = 1024);

        using var response = await server.PostAsync(Ask, streamed: true);
        var events = MiddlewareSseFramingTests.ClientEvents(await response.Content.ReadAsStringAsync());

        using var error = JsonDocument.Parse(events[^1]);
        Assert.Contains("larger than 1024 bytes", error.RootElement.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("[DONE]", events);
        Assert.True(Encoding.UTF8.GetByteCount(string.Concat(events)) < 2048);
    }
}
