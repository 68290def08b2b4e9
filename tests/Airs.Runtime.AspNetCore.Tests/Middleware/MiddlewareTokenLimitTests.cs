using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Airs.Runtime.AspNetCore.Tests.Guarding;
using Airs.Runtime.AspNetCore.Tests.Streaming;
using Microsoft.AspNetCore.Http;

namespace Airs.Runtime.AspNetCore.Tests.Middleware;

/// <summary>
/// The middleware reads the model's usage where the endpoint's answer reports it (<c>usage.total_tokens</c> of a JSON
/// answer, the usage chunk of a chat-completion stream) and counts it against the policy's token and cost limits, as
/// the gateway does, on a real Kestrel server.
/// </summary>
public sealed class MiddlewareTokenLimitTests
{
    private const string Ask = """{"messages": [{"role": "user", "content": "Where is my order?"}]}""";

    // A window of a century: the count never resets while the test runs, whatever the wall clock does.
    private static readonly string TokenLimited = GuardFixture.Policy.Replace("use airs.injection", """
        use airs.injection

          limit daily_tokens {
            count tokens
            max 40 within 36500d per user
            on exceed block "Out of tokens."
          }
        """, StringComparison.Ordinal);

    /// <summary>Every answer costs 15 tokens: after three (45 of 40) the fourth request is 429 and never reaches the endpoint.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_answers_reported_tokens_count_against_a_token_limit(bool streamed)
    {
        await using var fixture = await GuardFixture.CreateAsync(TokenLimited);
        var calls = 0;
        await using var server = await AnswerServer.StartAsync(fixture, http =>
        {
            calls++;
            return streamed ? StreamAsync(http, "Your order is on its way.", Usage(15)) : http.Response.WriteAsJsonAsync(Completion("Your order is on its way.", Usage(15)));
        });

        for (var i = 0; i < 3; i++)
        {
            using var allowed = await server.PostAsync(Ask);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
            Assert.Contains("on its way", await allowed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        using var refused = await server.PostAsync(Ask);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("Out of tokens.", await DetailAsync(refused));
        Assert.Equal(3, calls);
    }

    /// <summary>
    /// The model spent the tokens of an answer the output guards refuse (403, or a stream's error event): they count all
    /// the same. A stream's usage chunk comes before <c>[DONE]</c>, so before the whole answer's decision.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_tokens_of_an_answer_the_guardrails_refuse_count_all_the_same(bool streamed)
    {
        await using var fixture = await GuardFixture.CreateAsync(TokenLimited);
        await using var server = await AnswerServer.StartAsync(fixture, http => streamed
            ? StreamAsync(http, "The code is SECRET-CANARY.", Usage(15))
            : http.Response.WriteAsJsonAsync(Completion("The code is SECRET-CANARY.", Usage(15))));

        for (var i = 0; i < 3; i++)
        {
            using var blocked = await server.PostAsync(Ask);
            var body = await blocked.Content.ReadAsStringAsync();
            Assert.Equal(streamed ? HttpStatusCode.OK : HttpStatusCode.Forbidden, blocked.StatusCode);
            Assert.Contains("Sorry, something went wrong.", body, StringComparison.Ordinal);
            Assert.DoesNotContain("CANARY", body, StringComparison.Ordinal);
        }
        using var refused = await server.PostAsync(Ask);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("Out of tokens.", await DetailAsync(refused));
    }

    /// <summary>
    /// A whole answer that reports no usage cannot be counted: under a token limit it is a 502 and its text does not
    /// reach the caller, JSON or text. An endpoint's own error (not 2xx) passes as before, and without a token limit
    /// nothing needs a usage.
    /// </summary>
    [Fact]
    public async Task A_whole_answer_without_usage_is_a_502_under_a_token_limit()
    {
        await using var fixture = await GuardFixture.CreateAsync(TokenLimited);
        await using var json = await AnswerServer.StartAsync(fixture, http => http.Response.WriteAsJsonAsync(Completion("Your order is on its way.", usage: null)));
        await using var text = await AnswerServer.StartAsync(fixture, http =>
        {
            http.Response.ContentType = "text/plain; charset=utf-8";
            return http.Response.WriteAsync("Your order is on its way.");
        });
        await using var failed = await AnswerServer.StartAsync(fixture, http =>
        {
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return http.Response.WriteAsJsonAsync(new { error = new { message = "the model is busy" } });
        });

        foreach (var server in new[] { json, text })
        {
            using var response = await server.PostAsync(Ask);
            var body = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("usage.total_tokens", body, StringComparison.Ordinal);
            Assert.DoesNotContain("on its way", body, StringComparison.Ordinal);
        }
        using var busy = await failed.PostAsync(Ask);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
        Assert.Contains("the model is busy", await busy.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await using var unlimited = await GuardFixture.CreateAsync();
        await using var free = await AnswerServer.StartAsync(unlimited, http => http.Response.WriteAsJsonAsync(Completion("Your order is on its way.", usage: null)));
        using var answered = await free.PostAsync(Ask);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
    }

    /// <summary>A streamed answer has mostly gone out when its usage would arrive: one without usage counts nothing and is not cut off.</summary>
    [Fact]
    public async Task A_streamed_answer_without_usage_counts_nothing_and_is_released()
    {
        await using var fixture = await GuardFixture.CreateAsync(TokenLimited);
        await using var server = await AnswerServer.StartAsync(fixture, http => StreamAsync(http, "Your order is on its way.", usage: null));

        for (var i = 0; i < 4; i++)
        {
            using var response = await server.PostAsync(Ask);
            var body = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("[DONE]", body, StringComparison.Ordinal);
        }
    }

    private static JsonObject Usage(int total) => new() { ["prompt_tokens"] = total - 5, ["completion_tokens"] = 5, ["total_tokens"] = total };

    private static JsonObject Completion(string content, JsonObject? usage)
    {
        var completion = new JsonObject
        {
            ["id"] = "chatcmpl-1",
            ["object"] = "chat.completion",
            ["model"] = "fake",
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content },
                ["finish_reason"] = "stop",
            }),
        };
        if (usage is not null)
        {
            completion["usage"] = usage;
        }
        return completion;
    }

    /// <summary>An OpenAI-style stream: the text, a finish chunk, the usage chunk when there is one, then <c>[DONE]</c>.</summary>
    private static async Task StreamAsync(HttpContext http, string text, JsonObject? usage)
    {
        http.Response.ContentType = "text/event-stream";
        var chunk = new JsonObject { ["id"] = "c1", ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["delta"] = new JsonObject { ["content"] = text } }) };
        await http.Response.WriteAsync($"data: {chunk.ToJsonString()}\n\n");
        await http.Response.WriteAsync("""data: {"id":"c1","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}""" + "\n\n");
        if (usage is not null)
        {
            await http.Response.WriteAsync($"data: {new JsonObject { ["id"] = "c1", ["choices"] = new JsonArray(), ["usage"] = usage }.ToJsonString()}\n\n");
        }
        await http.Response.WriteAsync("data: [DONE]\n\n");
    }

    private static async Task<string?> DetailAsync(HttpResponseMessage response)
    {
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return problem.RootElement.GetProperty("detail").GetString();
    }
}
