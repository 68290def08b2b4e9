using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Airs.Runtime.AspNetCore.Tests.Guarding;
using Microsoft.AspNetCore.Http;

namespace Airs.Runtime.AspNetCore.Tests.Streaming;

/// <summary>
/// JSON in a media type the middleware held as plain text — JSON lines (NDJSON, as Ollama streams its answers; JSONL;
/// a JSON text sequence) and JSON's other names (<c>text/json</c>, <c>application/x-json</c>) — was checked as its raw
/// text, escapes and all, while the client parses it: <c>\u0053ECRET-CANARY</c> or System.Text.Json's default escaping
/// of <c>+</c> and every non-ASCII letter hid the words from the policy. Each record is now read as JSON, its strings
/// checked in one decision as a JSON answer's are, redactions written back.
/// </summary>
public sealed class MiddlewareJsonLinesTests
{
    private const string Ask = """{"messages": [{"role": "user", "content": "What is my balance?"}]}""";

    private static string Line(string content) =>
        """{"model":"llama3","message":{"role":"assistant","content":"CONTENT"},"done":false}""".Replace("CONTENT", content, StringComparison.Ordinal);

    [Theory]
    [InlineData("application/x-ndjson", "\n")]
    [InlineData("application/jsonl; charset=utf-8", "\r\n")]
    [InlineData("application/json-seq", "\n\u001e")]
    [InlineData("text/json", null)]
    [InlineData("application/x-json", null)]
    public async Task An_escaped_blocked_phrase_in_json_held_as_text_is_read_as_the_client_reads_it(string type, string? separator)
    {
        await using var fixture = await GuardFixture.CreateAsync();
        var escaped = Line("All good. \\u0053ECRET-CANARY");
        var body = separator is null ? escaped : string.Join(separator, Line("Your balance "), escaped, Line("is 40 pounds.")) + separator;
        if (type == "application/json-seq")
        {
            body = "\u001e" + body;
        }
        await using var server = await AnswerServer.StartAsync(fixture, async http =>
        {
            http.Response.ContentType = type;
            await http.Response.WriteAsync(body);
        });

        using var response = await server.PostAsync(Ask);
        var text = await response.Content.ReadAsStringAsync();

        Assert.True(HttpStatusCode.Forbidden == response.StatusCode, $"{(int)response.StatusCode}: {text}");
        Assert.DoesNotContain("CANARY", text, StringComparison.Ordinal);
    }

    /// <summary>
    /// A key is text the endpoint writes as freely as a value, and the client reads it: a blocked phrase in one is refused,
    /// text the policy would redact in one refuses the answer (a key cannot be redacted), and keys that read as
    /// ordinary text pass unchanged. Before, only string values were checked.
    /// </summary>
    [Theory]
    [InlineData("application/json", "{\"KEY\": 1}", "SECRET-CANARY here", HttpStatusCode.Forbidden)]
    [InlineData("application/x-ndjson", "{\"ok\": true}\n{\"totals\": {\"KEY\": 1}}\n", "SECRET-CANARY here", HttpStatusCode.Forbidden)]
    [InlineData("application/json", "{\"rows\": [{\"KEY\": 2}]}", "mail jane@example.com", HttpStatusCode.BadGateway)]
    [InlineData("application/x-ndjson", "{\"KEY\": 2}\n", "mail jane@example.com", HttpStatusCode.BadGateway)]
    [InlineData("application/json", "{\"KEY\": 3}", "Opening hours", HttpStatusCode.OK)]
    public async Task Keys_are_read_as_the_client_reads_them(string type, string shape, string key, HttpStatusCode expected)
    {
        await using var fixture = await GuardFixture.CreateAsync();
        var body = shape.Replace("KEY", key, StringComparison.Ordinal);
        await using var server = await AnswerServer.StartAsync(fixture, async http =>
        {
            http.Response.ContentType = type;
            await http.Response.WriteAsync(body);
        });

        using var response = await server.PostAsync(Ask);
        var text = await response.Content.ReadAsStringAsync();

        Assert.True(expected == response.StatusCode, $"{(int)response.StatusCode}: {text}");
        if (expected == HttpStatusCode.OK)
        {
            Assert.Equal(body, text);
        }
        else
        {
            Assert.DoesNotContain("CANARY", text, StringComparison.Ordinal);
            Assert.DoesNotContain("jane@", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Json_lines_redactions_are_written_back_to_each_record_and_the_rest_is_kept_as_written()
    {
        await using var fixture = await GuardFixture.CreateAsync();
        // System.Text.Json's default encoder writes `+` as \u002B: the address never appeared in the raw text.
        var lines = new[] { new { message = new { content = "Write to jane+help@example.com." } }, new { message = new { content = "Or call us." } } };
        var body = string.Concat(lines.Select(l => JsonSerializer.Serialize(l) + "\n"));
        Assert.Contains("\\u002B", body, StringComparison.Ordinal);
        await using var server = await AnswerServer.StartAsync(fixture, async http =>
        {
            http.Response.ContentType = "application/x-ndjson";
            await http.Response.WriteAsync(body);
        });

        using var response = await server.PostAsync(Ask);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var records = text.Split('\n');
        Assert.Equal(3, records.Length);
        Assert.Equal("Write to [REDACTED].", JsonNode.Parse(records[0])!["message"]!["content"]!.GetValue<string>());
        Assert.Equal(JsonSerializer.Serialize(lines[1]), records[1]); // untouched: as the endpoint wrote it
        Assert.Equal("", records[2]);
        Assert.Equal(Encoding.UTF8.GetByteCount(text), response.Content.Headers.ContentLength);
    }

    [Fact]
    public async Task A_json_lines_record_that_is_not_json_is_a_502_problem()
    {
        await using var fixture = await GuardFixture.CreateAsync();
        await using var server = await AnswerServer.StartAsync(fixture, async http =>
        {
            http.Response.ContentType = "application/x-ndjson";
            await http.Response.WriteAsync(Line("fine") + "\nnot json SECRET-CANARY\n");
        });

        using var response = await server.PostAsync(Ask);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("CANARY", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>
    /// A tool call in a JSON-lines record was read as output text only, so a call the policy refuses (tools are
    /// default-deny) reached the client with no <c>tool_call</c> decision. A chat completion's is now checked as the JSON
    /// answer's calls are: the refused call is removed, a sentence says why.
    /// </summary>
    [Fact]
    public async Task A_tool_call_in_a_json_lines_record_is_checked_as_a_tool_call()
    {
        const string record = """{"id":"c1","choices":[{"index":0,"message":{"role":"assistant","content":null,"tool_calls":[{"id":"call_rm","type":"function","function":{"name":"shell.run","arguments":"{\"command\":\"rm -rf /\"}"}}]},"finish_reason":"tool_calls"}]}""";
        await using var fixture = await GuardFixture.CreateAsync();
        await using var server = await AnswerServer.StartAsync(fixture, async http =>
        {
            http.Response.ContentType = "application/x-ndjson";
            await http.Response.WriteAsync(Line("Running it now.") + "\n" + record + "\n");
        });

        using var response = await server.PostAsync(Ask);
        var text = await response.Content.ReadAsStringAsync();

        Assert.True(HttpStatusCode.OK == response.StatusCode, $"{(int)response.StatusCode}: {text}");
        Assert.DoesNotContain("rm -rf", text, StringComparison.Ordinal);
        Assert.DoesNotContain("tool_calls", text, StringComparison.Ordinal);
        Assert.Contains("Running it now.", text, StringComparison.Ordinal);
        Assert.Contains(await fixture.DecisionsAsync(), d => d.Stage == "tool_call" && d.Outcome == "block");
    }

    /// <summary>Ollama's chat record and a stream's delta carry calls this reader does not check: the answer is refused.</summary>
    [Theory]
    [InlineData("""{"model":"llama3","message":{"role":"assistant","content":"","tool_calls":[{"function":{"name":"shell.run","arguments":{"command":"rm -rf /"}}}]},"done":true}""")]
    [InlineData("""{"id":"c1","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"id":"call_rm","type":"function","function":{"name":"shell.run","arguments":"{\"command\":\"rm -rf /\"}"}}]}}]}""")]
    public async Task A_tool_call_in_a_json_lines_record_where_no_reader_checks_it_refuses_the_answer(string record)
    {
        await using var fixture = await GuardFixture.CreateAsync();
        await using var server = await AnswerServer.StartAsync(fixture, async http =>
        {
            http.Response.ContentType = "application/x-ndjson";
            await http.Response.WriteAsync(Line("Running it now.") + "\n" + record + "\n");
        });

        using var response = await server.PostAsync(Ask);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("rm -rf", text, StringComparison.Ordinal);
    }
}
