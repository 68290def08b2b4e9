using System.Net;
using System.Text;
using System.Text.Json;
using Airs.Runtime.AspNetCore.Tests.Guarding;
using Microsoft.AspNetCore.Http;

namespace Airs.Runtime.AspNetCore.Tests.Streaming;

/// <summary>
/// JSON the middleware cannot read as text — a duplicate key (two copies of one field: which one a client reads is its
/// parser's choice), a string that is not UTF-8, a lone surrogate escape — is an answer it refuses as unreadable, as
/// <c>airs gateway</c> refuses an upstream's: a held answer with a 502 problem, an event stream with an error event.
/// It was a 500 with an empty body (the parser threw where a string or key was first read) and, in a stream, a cut
/// connection without the error event.
/// </summary>
public sealed class MiddlewareUnreadableJsonTests
{
    private const string Ask = """{"messages": [{"role": "user", "content": "What is my balance?"}]}""";
    private const string Canary = "SECRET-CANARY";

    public static TheoryData<string, byte[]> Answers() => new()
    {
        { "duplicate key", Encoding.UTF8.GetBytes($$"""{"choices":[{"index":0,"message":{"role":"assistant","content":"{{Canary}}","content":"All good."},"finish_reason":"stop"}]}""") },
        { "lone surrogate", Encoding.UTF8.GetBytes($$"""{"choices":[{"index":0,"message":{"role":"assistant","content":"\ud800 {{Canary}}"},"finish_reason":"stop"}]}""") },
        { "lone surrogate key", Encoding.UTF8.GetBytes($$"""{"choices":[{"index":0,"message":{"role":"assistant","content":"{{Canary}}"},"\udc00":1,"finish_reason":"stop"}]}""") },
        { "not UTF-8", [.. Encoding.UTF8.GetBytes($$"""{"choices":[{"index":0,"message":{"role":"assistant","content":"{{Canary}} """), 0xff, .. "\"},\"finish_reason\":\"stop\"}]}"u8.ToArray()] },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task A_held_json_answer_that_is_not_readable_text_is_a_502_problem(string what, byte[] answer)
    {
        await using var fixture = await GuardFixture.CreateAsync();
        await using var server = await AnswerServer.StartAsync(fixture, async http =>
        {
            http.Response.ContentType = "application/json";
            await http.Response.Body.WriteAsync(answer);
        });

        using var response = await server.PostAsync(Ask);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.BadGateway, $"{what}: {(int)response.StatusCode} {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal("response not checked", problem.RootElement.GetProperty("title").GetString());
        Assert.DoesNotContain(Canary, body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"id":"c1","choices":[{"index":0,"delta":{"content":"All good. ","content":"SECRET-CANARY. "},"finish_reason":null}]}""")]
    [InlineData("""{"id":"c1","choices":[{"index":0,"delta":{"content":"All good. \ud800 SECRET-CANARY. "},"finish_reason":null}]}""")]
    public async Task A_streamed_chunk_that_is_not_readable_text_ends_the_stream_with_an_error_event(string chunk)
    {
        await using var fixture = await GuardFixture.CreateAsync();
        await using var server = await AnswerServer.StartAsync(fixture, async http =>
        {
            http.Response.ContentType = "text/event-stream";
            await http.Response.WriteAsync("""data: {"id":"c1","choices":[{"index":0,"delta":{"content":"Your balance is 40 pounds. "},"finish_reason":null}]}""" + "\n\n");
            await http.Response.WriteAsync($"data: {chunk}\n\n");
            await http.Response.WriteAsync("""data: {"id":"c1","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}""" + "\n\ndata: [DONE]\n\n");
        });

        using var response = await server.PostAsync(Ask, streamed: true);
        var events = MiddlewareSseFramingTests.ClientEvents(await response.Content.ReadAsStringAsync()); // threw: the connection was cut

        using var error = JsonDocument.Parse(events[^1]);
        Assert.Equal("unreadable", error.RootElement.GetProperty("error").GetProperty("code").GetString());
        Assert.DoesNotContain(events, e => e.Contains(Canary, StringComparison.Ordinal) || e == "[DONE]");
    }
}
