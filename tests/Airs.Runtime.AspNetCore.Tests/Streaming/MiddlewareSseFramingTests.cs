using System.Text.Json.Nodes;
using Airs.Runtime.AspNetCore.Tests.Guarding;
using Microsoft.AspNetCore.Http;

namespace Airs.Runtime.AspNetCore.Tests.Streaming;

/// <summary>
/// An event stream read by the middleware as an SSE client reads it (the WHATWG rules the OpenAI SDKs follow): lines end
/// with CR LF, LF or a lone CR, and a field's value loses one leading space only. Where the middleware read the stream
/// otherwise, a chunk the client parses as JSON went through as "plain text": its proposed tool call was never checked
/// as <c>tool_call</c>.
/// </summary>
public sealed class MiddlewareSseFramingTests
{
    private const string Ask = """{"messages": [{"role": "user", "content": "Clean up and find the returns policy"}]}""";
    private const string RmChunk = """{"id":"c1","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"id":"call_rm","type":"function","function":{"name":"shell.run","arguments":"{\"command\":\"rm -rf /\"}"}}]},"finish_reason":null}]}""";
    private const string Finish = """{"id":"c1","choices":[{"index":0,"delta":{},"finish_reason":"tool_calls"}]}""";

    [Theory]
    [InlineData("data: Hello.\r\rdata: {0}\r\rdata: {1}\r\rdata: [DONE]\r\r")] // lone CR line ends
    [InlineData("data: Hello.\r\n\r\ndata: {0}\r\rdata: {1}\n\ndata: [DONE]\r\n\r\n")] // mixed
    [InlineData("data:\t{0}\n\ndata: {1}\n\ndata: [DONE]\n\n")] // JSON after a tab: JSON.parse skips it
    [InlineData("data\ndata: {0}\n\ndata: {1}\n\ndata: [DONE]\n\n")] // `data` without a colon: an empty first line, then JSON
    public async Task A_tool_call_in_an_event_framed_as_a_client_reads_it_is_checked_as_a_tool_call(string framing)
    {
        await using var fixture = await GuardFixture.CreateAsync();
        await using var server = await AnswerServer.StartAsync(fixture, async http =>
        {
            http.Response.ContentType = "text/event-stream";
            // Cut after every CR: a CR LF split across writes is one line end, not two.
            foreach (var piece in string.Format(System.Globalization.CultureInfo.InvariantCulture, framing, RmChunk, Finish).Split('\r'))
            {
                await http.Response.WriteAsync(piece);
                await http.Response.Body.FlushAsync();
                await http.Response.WriteAsync("\r");
            }
        });

        using var response = await server.PostAsync(Ask, streamed: true);
        var body = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain("rm -rf", body, StringComparison.Ordinal);
        Assert.DoesNotContain("call_rm", body, StringComparison.Ordinal);
        foreach (var data in ClientEvents(body))
        {
            Assert.DoesNotContain("shell.run\",\"arguments", data, StringComparison.Ordinal);
        }
        Assert.Contains(await fixture.DecisionsAsync(), d => d.Stage == "tool_call" && d.Outcome == "block");
    }

    [Fact]
    public async Task Crlf_events_split_anywhere_come_out_as_the_lf_stream_would()
    {
        await using var fixture = await GuardFixture.CreateAsync();
        const string Chunk = """{"id":"c1","choices":[{"index":0,"delta":{"content":"Your order ships today."},"finish_reason":"stop"}]}""";
        await using var server = await AnswerServer.StartAsync(fixture, async http =>
        {
            http.Response.ContentType = "text/event-stream";
            var text = $"data: {Chunk}\r\n\r\ndata: [DONE]\r\n\r\n";
            for (var i = 0; i < text.Length; i += 3)
            {
                await http.Response.WriteAsync(text[i..Math.Min(text.Length, i + 3)]);
                await http.Response.Body.FlushAsync();
            }
        });

        using var response = await server.PostAsync(Ask, streamed: true);
        var events = ClientEvents(await response.Content.ReadAsStringAsync());

        Assert.Equal("[DONE]", events[^1]);
        Assert.Equal("Your order ships today.", string.Concat(events.SkipLast(1).Select(e => JsonNode.Parse(e)!["choices"]![0]!["delta"]?["content"]?.GetValue<string>())));
    }

    /// <summary>
    /// A byte-order mark before the first event is not part of its first line, as an SSE client reads the stream (the
    /// WHATWG parser drops one): the first event, read as a field named <c>\uFEFFdata</c>, was dropped with its text.
    /// </summary>
    [Fact]
    public async Task A_byte_order_mark_at_the_start_of_the_stream_does_not_drop_the_first_event()
    {
        await using var fixture = await GuardFixture.CreateAsync();
        const string First = """{"id":"c1","choices":[{"index":0,"delta":{"content":"Your order "},"finish_reason":null}]}""";
        const string Second = """{"id":"c1","choices":[{"index":0,"delta":{"content":"ships today."},"finish_reason":"stop"}]}""";
        await using var server = await AnswerServer.StartAsync(fixture, async http =>
        {
            http.Response.ContentType = "text/event-stream";
            await http.Response.Body.WriteAsync(new byte[] { 0xEF, 0xBB });
            await http.Response.Body.FlushAsync();
            await http.Response.Body.WriteAsync(new byte[] { 0xBF });
            await http.Response.WriteAsync($"data: {First}\n\ndata: {Second}\n\ndata: [DONE]\n\n");
        });

        using var response = await server.PostAsync(Ask, streamed: true);
        var events = ClientEvents(await response.Content.ReadAsStringAsync());

        Assert.Equal("[DONE]", events[^1]);
        Assert.Equal("Your order ships today.", string.Concat(events.SkipLast(1).Select(e => JsonNode.Parse(e)!["choices"]![0]!["delta"]?["content"]?.GetValue<string>())));
    }

    /// <summary>Each event's data as an SSE client reads the stream: CR LF, LF or CR end a line; one leading space is dropped.</summary>
    internal static List<string> ClientEvents(string stream)
    {
        var events = new List<string>();
        List<string>? data = null;
        foreach (var line in stream.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n'))
        {
            if (line.Length == 0)
            {
                if (data is not null)
                {
                    events.Add(string.Join('\n', data));
                }
                data = null;
                continue;
            }
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var field = colon < 0 ? line : line[..colon];
            var value = colon < 0 ? "" : line[(colon + 1)..];
            if (field == "data")
            {
                (data ??= []).Add(value.StartsWith(' ') ? value[1..] : value);
            }
        }
        return events;
    }
}
