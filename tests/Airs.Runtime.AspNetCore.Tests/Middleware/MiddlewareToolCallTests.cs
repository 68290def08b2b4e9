using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Airs.Runtime.AspNetCore.Tests.Guarding;
using Airs.Runtime.AspNetCore.Tests.Streaming;
using Microsoft.AspNetCore.Http;

namespace Airs.Runtime.AspNetCore.Tests.Middleware;

/// <summary>
/// The tool calls an endpoint's answer proposes, checked by the middleware as <c>tool_call</c> with the gateway's rules,
/// JSON and streamed, behind a real Kestrel host on 127.0.0.1.
/// </summary>
public sealed class MiddlewareToolCallTests
{
    private const string Ask = """{"messages": [{"role": "user", "content": "Clean up and find the returns policy"}]}""";

    private static JsonObject Call(string id, string name, string arguments) =>
        new() { ["id"] = id, ["type"] = "function", ["function"] = new JsonObject { ["name"] = name, ["arguments"] = arguments } };

    private static RequestDelegate Answer(string finish, params JsonObject[] calls) => http =>
        http.Response.WriteAsJsonAsync(new JsonObject
        {
            ["id"] = "chatcmpl-1",
            ["object"] = "chat.completion",
            ["model"] = "fake",
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = null, ["tool_calls"] = new JsonArray([.. calls]) },
                ["finish_reason"] = finish,
            }),
        });

    [Fact]
    public async Task A_refused_tool_call_in_a_json_answer_never_reaches_the_caller_and_an_allowed_one_does()
    {
        await using var fixture = await GuardFixture.CreateAsync();
        await using var server = await AnswerServer.StartAsync(fixture, Answer("tool_calls",
            Call("call_a", "faq.search", """{"query":"returns"}"""),
            Call("call_b", "shell.run", """{"command":"rm -rf /"}"""),
            Call("call_c", "db.drop", "{}")));

        using var response = await server.PostAsync(Ask);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var choice = JsonNode.Parse(text)!["choices"]![0]!;
        var call = Assert.Single(choice["message"]!["tool_calls"]!.AsArray());
        Assert.Equal("call_a", call!["id"]!.GetValue<string>());
        Assert.Equal("""{"query":"returns"}""", call["function"]!["arguments"]!.GetValue<string>());
        Assert.Equal("tool_calls", choice["finish_reason"]!.GetValue<string>());
        var content = choice["message"]!["content"]!.GetValue<string>();
        Assert.Contains("The call to `shell.run` was not made: That command is not allowed.", content, StringComparison.Ordinal);
        Assert.Contains("A call to a tool this policy does not declare was not made", content, StringComparison.Ordinal); // default-deny
        Assert.DoesNotContain("db.drop", content, StringComparison.Ordinal); // the model chose that name: it is not echoed
        Assert.DoesNotContain("call_b", text, StringComparison.Ordinal);
        Assert.DoesNotContain("rm -rf", text, StringComparison.Ordinal);
        Assert.Equal(Encoding.UTF8.GetByteCount(text), response.Content.Headers.ContentLength);
        Assert.Equal(3, (await fixture.DecisionsAsync()).Count(d => d.Stage == "tool_call"));
    }

    [Fact] // a response's function_call items went out unchecked: only chat completions' tool_calls were read
    public async Task A_refused_function_call_in_a_responses_answer_never_reaches_the_caller()
    {
        await using var fixture = await GuardFixture.CreateAsync();
        static JsonObject FunctionCall(string id, string name, string arguments) =>
            new() { ["id"] = $"fc_{id}", ["type"] = "function_call", ["status"] = "completed", ["call_id"] = id, ["name"] = name, ["arguments"] = arguments };
        await using var server = await AnswerServer.StartAsync(fixture, http => http.Response.WriteAsJsonAsync(new JsonObject
        {
            ["id"] = "resp_1",
            ["object"] = "response",
            ["status"] = "completed",
            ["output"] = new JsonArray(
                FunctionCall("call_a", "faq.search", """{"query":"returns"}"""),
                FunctionCall("call_b", "shell.run", """{"command":"rm -rf /"}""")),
        }));

        using var response = await server.PostAsync(Ask);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var output = JsonNode.Parse(text)!["output"]!.AsArray();
        Assert.Equal(["fc_call_a", "msg_airs_tool_calls"], output.Select(item => item!["id"]!.GetValue<string>()));
        Assert.Contains("The call to `shell.run` was not made: That command is not allowed.", output[1]!["content"]![0]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain("rm -rf", text, StringComparison.Ordinal);
        Assert.Equal(2, (await fixture.DecisionsAsync()).Count(d => d.Stage == "tool_call"));
    }

    [Fact]
    public async Task When_every_proposed_call_is_refused_the_turn_ends()
    {
        await using var fixture = await GuardFixture.CreateAsync();
        await using var server = await AnswerServer.StartAsync(fixture, Answer("tool_calls", Call("call_b", "shell.run", """{"command":"rm -rf /"}""")));

        using var response = await server.PostAsync(Ask);

        var choice = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["choices"]![0]!;
        Assert.Null(choice["message"]!["tool_calls"]);
        Assert.Equal("stop", choice["finish_reason"]!.GetValue<string>());
    }

    /// <summary>Arguments that are not text (a lone surrogate escape) are refused before the policy reads them, with a sentence saying so.</summary>
    [Theory]
    [InlineData("""{"query":"\ud800"}""")]
    [InlineData("""{"query":"returns","\udc00":1}""")]
    public async Task A_tool_call_whose_arguments_are_not_text_is_refused_up_front(string arguments)
    {
        await using var fixture = await GuardFixture.CreateAsync();
        await using var server = await AnswerServer.StartAsync(fixture, Answer("tool_calls", Call("call_a", "faq.search", arguments)));

        using var response = await server.PostAsync(Ask);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var choice = JsonNode.Parse(text)!["choices"]![0]!;
        Assert.Null(choice["message"]!["tool_calls"]);
        Assert.Equal("stop", choice["finish_reason"]!.GetValue<string>());
        Assert.Equal("The call to `faq.search` was not made: its arguments are not text (a lone surrogate escape).",
            choice["message"]!["content"]!.GetValue<string>());
        Assert.DoesNotContain(await fixture.DecisionsAsync(), d => d.Stage == "tool_call"); // no reader saw them
    }

    [Theory]
    [InlineData("""{"id":"c1","type":"function","function":{"arguments":"{}"}}""")]
    [InlineData("\"not a call\"")]
    public async Task A_tool_call_that_cannot_be_read_refuses_the_answer(string call)
    {
        await using var fixture = await GuardFixture.CreateAsync();
        await using var server = await AnswerServer.StartAsync(fixture, http =>
        {
            http.Response.ContentType = "application/json";
            return http.Response.WriteAsync($$"""{"choices":[{"index":0,"message":{"role":"assistant","content":null,"tool_calls":[{{call}}]},"finish_reason":"tool_calls"}]}""");
        });

        using var response = await server.PostAsync(Ask);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_refused_streamed_tool_call_never_reaches_the_caller()
    {
        await using var fixture = await GuardFixture.CreateAsync();
        string[] deltas =
        [
            """{"role":"assistant","content":""}""",
            """{"tool_calls":[{"index":0,"id":"call_rm","type":"function","function":{"name":"shell.run","arguments":"{\"command\":\"rm "}}]}""",
            """{"tool_calls":[{"index":1,"id":"call_faq","type":"function","function":{"name":"faq.search","arguments":"{\"query\":"}}]}""",
            """{"tool_calls":[{"index":0,"function":{"arguments":"-rf /\"}"}}]}""",
            """{"tool_calls":[{"index":1,"function":{"arguments":"\"returns\"}"}}]}""",
        ];
        await using var server = await AnswerServer.StartAsync(fixture, async http =>
        {
            http.Response.ContentType = "text/event-stream";
            foreach (var delta in deltas)
            {
                await http.Response.WriteAsync($$"""data: {"id":"c1","choices":[{"index":0,"delta":{{delta}},"finish_reason":null}]}""" + "\n\n");
                await http.Response.Body.FlushAsync();
            }
            await http.Response.WriteAsync("""data: {"id":"c1","choices":[{"index":0,"delta":{},"finish_reason":"tool_calls"}]}""" + "\n\n");
            await http.Response.WriteAsync("data: [DONE]\n\n");
        });

        using var response = await server.PostAsync(Ask, streamed: true);
        var events = Events(await response.Content.ReadAsStringAsync());

        Assert.Equal("[DONE]", events[^1]);
        var chunks = events.SkipLast(1).Select(e => JsonNode.Parse(e)!["choices"]![0]!).ToList();
        var call = Assert.Single(chunks.SelectMany(c => c["delta"]?["tool_calls"]?.AsArray() ?? []));
        Assert.Equal("call_faq", call!["id"]!.GetValue<string>());
        Assert.Equal("""{"query":"returns"}""", call["function"]!["arguments"]!.GetValue<string>());
        Assert.Contains("That command is not allowed.", string.Concat(chunks.Select(c => c["delta"]?["content"]?.GetValue<string>())), StringComparison.Ordinal);
        Assert.Equal("tool_calls", chunks[^1]["finish_reason"]!.GetValue<string>());
        Assert.DoesNotContain(events, e => e.Contains("call_rm", StringComparison.Ordinal) || e.Contains("-rf", StringComparison.Ordinal));
    }

    /// <summary>The data of each event of a whole SSE body.</summary>
    internal static List<string> Events(string body) =>
        [.. body.Split('\n').Where(l => l.StartsWith("data: ", StringComparison.Ordinal)).Select(l => l["data: ".Length..])];
}
