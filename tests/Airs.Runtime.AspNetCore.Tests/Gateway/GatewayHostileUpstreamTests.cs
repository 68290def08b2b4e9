using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Airs.Runtime.AspNetCore.Tests.Gateway;

/// <summary>
/// A hostile or broken upstream (<see cref="FakeUpstream.Hostile"/>) in front of a real gateway on 127.0.0.1: the
/// gateway bounds the time and memory an answer takes, and lets nothing through that it did not check, whatever the
/// upstream sends. Every wait is bounded (<see cref="Patience"/>), so a gateway that hangs fails the test instead.
/// </summary>
public sealed class GatewayHostileUpstreamTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private const string Canary = "SECRET-CANARY";

    private static string Chat(bool stream) => JsonSerializer.Serialize(new
    {
        model = "gpt-test",
        stream,
        messages = new[] { new { role = "user", content = "Where is my order?" } },
    });

    private static string Chunk(string content, int index = 0) => new JsonObject
    {
        ["id"] = "chatcmpl-9",
        ["object"] = "chat.completion.chunk",
        ["created"] = 1700000000,
        ["model"] = "gpt-test",
        ["choices"] = new JsonArray(new JsonObject { ["index"] = index, ["delta"] = new JsonObject { ["content"] = content }, ["finish_reason"] = null }),
    }.ToJsonString();

    /// <summary>Posts a streamed request and returns the <c>data:</c> of every event the gateway sends, once it has ended.</summary>
    private static async Task<List<string>> StreamAsync(GatewayTestHost gateway, string json, string path = "/v1/chat/completions")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        using var response = await gateway.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead).WaitAsync(Patience);
        Assert.Equal(200, (int)response.StatusCode);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        var data = new List<string>();
        while (await reader.ReadLineAsync().WaitAsync(Patience) is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data.Add(line["data: ".Length..]);
            }
        }
        return data;
    }

    /// <summary>The <c>code</c> of a chat stream's error event (<c>{"error": {…}}</c>) or a Responses one (<c>{"type": "error", …}</c>).</summary>
    private static string? ErrorCode(string data)
    {
        if (data == "[DONE]")
        {
            return null;
        }
        var root = JsonDocument.Parse(data).RootElement;
        return root.TryGetProperty("error", out var error) ? error.GetProperty("code").GetString()
            : root.TryGetProperty("type", out var type) && type.GetString() == "error" ? root.GetProperty("code").GetString()
            : null;
    }

    private static async Task<(int Status, string Body)> PostAsync(GatewayTestHost gateway, string json, string path = "/v1/chat/completions")
    {
        using var response = await gateway.Client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json")).WaitAsync(Patience);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static string Code(string body) => JsonDocument.Parse(body).RootElement.GetProperty("error").GetProperty("code").GetString()!;

    // ---- time --------------------------------------------------------------------------------------------

    [Fact]
    public async Task A_stream_that_stalls_ends_with_a_timeout_error_within_the_upstream_timeout()
    {
        await using var gateway = await GatewayTestHost.StartAsync(g => g with { UpstreamTimeout = TimeSpan.FromSeconds(2) });
        gateway.Upstream.Deltas.Writer.TryWrite("Your order shipped today. ");
        gateway.Upstream.Deltas.Writer.TryWrite("And then the upstream says nothing more, for ever and ever");

        var events = await StreamAsync(gateway, Chat(stream: true));

        Assert.Equal("upstream_timeout", ErrorCode(events[^1]));
        Assert.DoesNotContain("[DONE]", events);
        Assert.DoesNotContain(events, e => e.Contains("for ever", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_whole_answer_that_stalls_mid_body_is_a_504()
    {
        await using var gateway = await GatewayTestHost.StartAsync(g => g with { UpstreamTimeout = TimeSpan.FromSeconds(2) });
        gateway.Upstream.Hostile = async http =>
        {
            http.Response.ContentType = "application/json";
            var body = Encoding.UTF8.GetBytes(GatewayTestHost.Completion("Hello.").ToJsonString());
            http.Response.ContentLength = body.Length;
            await http.Response.Body.WriteAsync(body.AsMemory(0, body.Length / 2));
            await http.Response.Body.FlushAsync();
            await Task.Delay(Timeout.Infinite, http.RequestAborted);
        };

        var (status, body) = await PostAsync(gateway, Chat(stream: false));

        Assert.Equal(504, status);
        Assert.Equal("upstream_timeout", Code(body));
    }

    [Fact]
    public async Task A_whole_answer_that_breaks_off_is_a_502()
    {
        await using var gateway = await GatewayTestHost.StartAsync();
        gateway.Upstream.Hostile = async http =>
        {
            var body = Encoding.UTF8.GetBytes(GatewayTestHost.Completion("Hello.").ToJsonString());
            http.Response.ContentType = "application/json";
            http.Response.ContentLength = body.Length;
            await http.Response.Body.WriteAsync(body.AsMemory(0, body.Length / 2));
            await http.Response.Body.FlushAsync();
            await Task.Delay(300); // most often the gateway is reading the body by now, past SendAsync
            http.Abort(); // fewer bytes than it said
        };

        var (status, body) = await PostAsync(gateway, Chat(stream: false));

        // Whether the reset comes before the headers are read (SendAsync's failure) or after (the body's) is the network's.
        Assert.Equal(502, status);
        Assert.Contains(Code(body), new[] { "upstream_failed", "upstream_unreachable" });
    }

    // ---- size --------------------------------------------------------------------------------------------

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_whole_answer_larger_than_the_limit_is_a_502_not_held_in_memory(bool lengthKnown)
    {
        await using var gateway = await GatewayTestHost.StartAsync(g => g with { MaxAnswerBytes = 256 * 1024 });
        gateway.Upstream.Hostile = async http =>
        {
            var answer = GatewayTestHost.Completion("Hello.");
            answer["padding"] = new string('x', 1024 * 1024); // dropped from the answer, but read and parsed first
            var body = Encoding.UTF8.GetBytes(answer.ToJsonString());
            http.Response.ContentType = "application/json";
            if (lengthKnown)
            {
                http.Response.ContentLength = body.Length;
            }
            await http.Response.Body.WriteAsync(body, http.RequestAborted);
        };

        var (status, body) = await PostAsync(gateway, Chat(stream: false));

        Assert.Equal(502, status);
        Assert.Equal("upstream_too_large", Code(body));
    }

    [Theory]
    [InlineData("/v1/chat/completions")]
    [InlineData("/v1/responses")]
    public async Task A_stream_line_that_never_ends_is_cut_at_the_limit_instead_of_read_for_ever(string path)
    {
        await using var gateway = await GatewayTestHost.StartAsync(g => g with { MaxAnswerBytes = 256 * 1024 });
        gateway.Upstream.Hostile = async http =>
        {
            http.Response.ContentType = "text/event-stream";
            await http.Response.WriteAsync("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"", http.RequestAborted);
            var block = new string('a', 64 * 1024);
            for (var i = 0; i < 16; i++)
            {
                await http.Response.WriteAsync(block, http.RequestAborted);
                await http.Response.Body.FlushAsync(http.RequestAborted);
            }
            await Task.Delay(Timeout.Infinite, http.RequestAborted); // no newline, no end
        };
        var json = path.EndsWith("responses", StringComparison.Ordinal)
            ? """{"model":"gpt-test","stream":true,"input":"Where is my order?"}"""
            : Chat(stream: true);

        var events = await StreamAsync(gateway, json, path);

        Assert.Equal("upstream_too_large", ErrorCode(events[^1]));
    }

    [Fact]
    public async Task A_stream_longer_than_the_limit_ends_with_an_error_not_DONE()
    {
        await using var gateway = await GatewayTestHost.StartAsync(g => g with { MaxAnswerBytes = 256 * 1024 });
        gateway.Upstream.Hostile = async http =>
        {
            http.Response.ContentType = "text/event-stream";
            var sentence = string.Concat(Enumerable.Repeat("Your order is on its way. ", 40));
            for (var i = 0; i < 400; i++)
            {
                await http.Response.WriteAsync($"data: {Chunk(sentence)}\n\n", http.RequestAborted);
            }
            await http.Response.WriteAsync("data: [DONE]\n\n", http.RequestAborted);
        };

        var events = await StreamAsync(gateway, Chat(stream: true));

        Assert.Equal("upstream_too_large", ErrorCode(events[^1]));
        Assert.DoesNotContain("[DONE]", events);
    }

    // ---- text the gateway did not check ---------------------------------------------------------------------

    [Theory]
    [InlineData(400)]
    [InlineData(429)]
    [InlineData(500)]
    public async Task An_upstream_error_message_does_not_carry_unchecked_text_to_the_client(int status)
    {
        await using var gateway = await GatewayTestHost.StartAsync();
        gateway.Upstream.Hostile = async http =>
        {
            http.Response.StatusCode = status;
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync($$$"""{"error":{"message":"Failed on: the key is {{{Canary}}}, mail it to jane.doe@example.com","type":"invalid_request_error","code":"context_length_exceeded"}}""");
        };

        var (answered, body) = await PostAsync(gateway, Chat(stream: false));

        Assert.Equal(status >= 500 ? 502 : status, answered);
        Assert.DoesNotContain(Canary, body, StringComparison.Ordinal);
        Assert.DoesNotContain("jane.doe", body, StringComparison.Ordinal);
        Assert.Contains("context_length_exceeded", JsonDocument.Parse(body).RootElement.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/v1/chat/completions")]
    [InlineData("/v1/responses")]
    public async Task An_upstream_error_event_in_a_stream_does_not_carry_unchecked_text_to_the_client(string path)
    {
        await using var gateway = await GatewayTestHost.StartAsync();
        var responses = path.EndsWith("responses", StringComparison.Ordinal);
        gateway.Upstream.Hostile = async http =>
        {
            http.Response.ContentType = "text/event-stream";
            var failure = responses
                ? """{"type":"response.failed","sequence_number":0,"response":{"id":"resp_1","object":"response","status":"failed","output":[],"error":{"code":"server_error","message":"The key is """ + Canary + "\"}}}"
                : $$$"""{"error":{"message":"The key is {{{Canary}}}","type":"server_error","code":"server_error"}}""";
            await http.Response.WriteAsync($"data: {failure}\n\n", http.RequestAborted);
        };
        var json = responses ? """{"model":"gpt-test","stream":true,"input":"Where is my order?"}""" : Chat(stream: true);

        var events = await StreamAsync(gateway, json, path);

        Assert.Equal("upstream_failed", ErrorCode(events[^1]));
        Assert.DoesNotContain(events, e => e.Contains(Canary, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failed_whole_response_does_not_carry_its_unchecked_error_message_to_the_client()
    {
        await using var gateway = await GatewayTestHost.StartAsync();
        gateway.Upstream.Hostile = http => http.Response.WriteAsync($$$"""
            {"id":"resp_1","object":"response","status":"failed","output":[],"error":{"code":"server_error","message":"The key is {{{Canary}}}"},
             "usage":{"input_tokens":1,"output_tokens":1,"total_tokens":2}}
            """);

        var (status, body) = await PostAsync(gateway, """{"model":"gpt-test","input":"Where is my order?"}""", "/v1/responses");

        Assert.Equal(502, status);
        Assert.DoesNotContain(Canary, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_model_list_passes_on_identifiers_and_numbers_only()
    {
        await using var gateway = await GatewayTestHost.StartAsync();
        gateway.Upstream.Hostile = http => http.Response.WriteAsync($$$"""
            {"object":"list","data":[{"id":"gpt-test","object":"model","created":0,"owned_by":"Call us: {{{Canary}}} <script>alert(1)</script>"}]}
            """);

        using var response = await gateway.Client.GetAsync("/v1/models").WaitAsync(Patience);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(200, (int)response.StatusCode);
        Assert.DoesNotContain(Canary, body, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", body, StringComparison.Ordinal);
        Assert.Equal("gpt-test", JsonDocument.Parse(body).RootElement.GetProperty("data")[0].GetProperty("id").GetString());
    }

    /// <summary>
    /// The fields the gateway passes on unread (usage, a model list, a response's details) keep identifiers and numbers:
    /// their keys too, which are text the upstream chooses as freely as any value.
    /// </summary>
    [Theory]
    [InlineData("chat")]
    [InlineData("chat-stream")]
    [InlineData("responses")]
    [InlineData("models")]
    public async Task Keys_of_passed_on_fields_carry_no_unchecked_text(string kind)
    {
        await using var gateway = await GatewayTestHost.StartAsync();
        var key = $"Call us on 0800 123 456: {Canary}";
        var usage = new JsonObject { ["prompt_tokens"] = 10, ["completion_tokens"] = 5, ["total_tokens"] = 15, [key] = 1 };
        gateway.Upstream.Hostile = async http =>
        {
            http.Response.ContentType = kind == "chat-stream" ? "text/event-stream" : "application/json";
            var answer = kind switch
            {
                "chat" => GatewayTestHost.Completion("Hello.").ToJsonString().Replace("\"total_tokens\":15", $"\"total_tokens\":15,\"{key}\":1", StringComparison.Ordinal),
                "chat-stream" => $"data: {Chunk("Hello.")}\n\ndata: {new JsonObject { ["id"] = "chatcmpl-9", ["choices"] = new JsonArray(), ["usage"] = usage }.ToJsonString()}\n\ndata: [DONE]\n\n",
                "responses" => new JsonObject
                {
                    ["id"] = "resp_1", ["object"] = "response", ["status"] = "incomplete", ["model"] = "gpt-test",
                    ["incomplete_details"] = new JsonObject { ["reason"] = "max_output_tokens", [key] = "x" },
                    ["output"] = new JsonArray(FakeUpstream.ResponseMessage("Hello.")),
                    ["usage"] = usage.DeepClone(),
                }.ToJsonString(),
                _ => $$"""{"object":"list","data":[{"id":"gpt-test","object":"model","created":0,"{{key}}":1}]}""",
            };
            await http.Response.WriteAsync(answer, http.RequestAborted);
        };

        string body;
        if (kind == "chat-stream")
        {
            var json = JsonNode.Parse(Chat(stream: true))!.AsObject();
            json["stream_options"] = new JsonObject { ["include_usage"] = true };
            var events = await StreamAsync(gateway, json.ToJsonString());
            Assert.Equal("[DONE]", events[^1]);
            body = string.Join("\n", events);
        }
        else
        {
            int status;
            (status, body) = kind switch
            {
                "models" => await GetAsync(gateway, "/v1/models"),
                "responses" => await PostAsync(gateway, """{"model":"gpt-test","input":"Hello?"}""", "/v1/responses"),
                _ => await PostAsync(gateway, Chat(stream: false)),
            };
            Assert.Equal(200, status);
        }

        Assert.DoesNotContain(Canary, body, StringComparison.Ordinal);
        Assert.DoesNotContain("0800", body, StringComparison.Ordinal);
        Assert.Contains(kind == "models" ? "gpt-test" : "\"total_tokens\":15", body, StringComparison.Ordinal);
    }

    /// <summary>
    /// A streamed message that ends under an id the stream never opened leaves its whole-message decision unmade: the
    /// client is told with an error event, not left with a stream that stopped, which an SDK reads as a complete answer.
    /// </summary>
    [Fact]
    public async Task A_streamed_response_whose_message_ends_under_an_unknown_id_ends_with_an_error_not_in_silence()
    {
        await using var gateway = await GatewayTestHost.StartAsync();
        gateway.Upstream.Hostile = async http =>
        {
            http.Response.ContentType = "text/event-stream";
            var sequence = 0;
            async Task SendAsync(string type, JsonObject data)
            {
                data["type"] = type;
                data["sequence_number"] = sequence++;
                await http.Response.WriteAsync($"event: {type}\ndata: {data.ToJsonString()}\n\n", http.RequestAborted);
            }
            await SendAsync("response.created", new JsonObject { ["response"] = new JsonObject { ["id"] = "resp_1", ["status"] = "in_progress", ["output"] = new JsonArray() } });
            await SendAsync("response.output_item.added", new JsonObject { ["output_index"] = 0, ["item"] = FakeUpstream.ResponseMessage("", "in_progress") });
            await SendAsync("response.output_text.delta", new JsonObject { ["item_id"] = "msg_up_1", ["output_index"] = 0, ["content_index"] = 0, ["delta"] = "Your order shipped today. It will arrive on Monday. " });
            var other = FakeUpstream.ResponseMessage("Your order shipped today. It will arrive on Monday. ");
            other["id"] = "msg_up_2";
            await SendAsync("response.output_item.done", new JsonObject { ["output_index"] = 0, ["item"] = other });
            await SendAsync("response.completed", new JsonObject { ["response"] = new JsonObject { ["id"] = "resp_1", ["status"] = "completed", ["output"] = new JsonArray() } });
        };

        var events = await StreamAsync(gateway, """{"model":"gpt-test","input":"Where is my order?","stream":true}""", "/v1/responses");

        Assert.Equal("unreadable_upstream_response", ErrorCode(events[^1]));
    }

    [Fact]
    public async Task A_model_list_that_is_not_JSON_is_a_502()
    {
        await using var gateway = await GatewayTestHost.StartAsync();
        gateway.Upstream.Hostile = http =>
        {
            http.Response.ContentType = "text/html";
            return http.Response.WriteAsync($"<html><body>{Canary}</body></html>");
        };

        using var response = await gateway.Client.GetAsync("/v1/models").WaitAsync(Patience);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(502, (int)response.StatusCode);
        Assert.DoesNotContain(Canary, body, StringComparison.Ordinal);
    }

    // ---- elsewhere ---------------------------------------------------------------------------------------

    /// <summary>
    /// An upstream's redirect is not followed: the gateway would send the checked request, or a GET, wherever the
    /// upstream points (a service on the gateway's own network, a cloud metadata address) and take that answer as the
    /// model's.
    /// </summary>
    [Theory]
    [InlineData("/v1/chat/completions", 307)]
    [InlineData("/v1/chat/completions", 302)]
    [InlineData("/v1/models", 302)]
    public async Task An_upstream_redirect_is_not_followed(string path, int status)
    {
        await using var elsewhere = await Sidecar.LocalServer.StartAsync((http, _) => http.Response.WriteAsync(GatewayTestHost.Completion("From elsewhere.").ToJsonString()));
        await using var gateway = await GatewayTestHost.StartAsync();
        gateway.Upstream.Hostile = http =>
        {
            http.Response.StatusCode = status;
            http.Response.Headers.Location = new Uri(elsewhere.Address, "/internal").ToString();
            return Task.CompletedTask;
        };

        var (answered, body) = path == "/v1/models" ? await GetAsync(gateway, path) : await PostAsync(gateway, Chat(stream: false));

        Assert.Empty(elsewhere.Requests);
        Assert.Equal(502, answered);
        Assert.Equal("upstream_failed", Code(body));
    }

    // ---- odd streams -------------------------------------------------------------------------------------

    [Fact]
    public async Task A_stream_event_with_a_lone_surrogate_ends_the_stream_with_an_error_event()
    {
        await using var gateway = await GatewayTestHost.StartAsync();
        gateway.Upstream.Hostile = async http =>
        {
            http.Response.ContentType = "text/event-stream";
            await http.Response.WriteAsync($"data: {Chunk("Fine. ")}\n\n", http.RequestAborted);
            await http.Response.WriteAsync("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"then \\ud800 broken\"}}]}\n\n", http.RequestAborted);
            await http.Response.WriteAsync("data: [DONE]\n\n", http.RequestAborted);
        };

        var events = await StreamAsync(gateway, Chat(stream: true));

        Assert.Equal("unreadable_upstream_response", ErrorCode(events[^1]));
        Assert.DoesNotContain("[DONE]", events);
    }

    [Theory]
    [InlineData("bad \\ud800 text", "/v1/chat/completions")]
    [InlineData("bad \\uDC00 text", "/v1/chat/completions")]
    [InlineData("bad \xff text", "/v1/chat/completions")]
    [InlineData("bad \\ud800 text", "/v1/models")]
    public async Task A_whole_answer_with_a_string_that_is_not_text_is_an_unreadable_502(string content, string path)
    {
        await using var gateway = await GatewayTestHost.StartAsync();
        gateway.Upstream.Hostile = async http =>
        {
            var json = path == "/v1/models" ? """{"object":"list","data":[{"id":"x"}]}""" : GatewayTestHost.Completion("x").ToJsonString();
            var parts = json.Split("\"x\"");
            // Latin-1 keeps the \xff byte as the one byte it is: not UTF-8.
            var bytes = Encoding.UTF8.GetBytes(parts[0] + "\"").Concat(Encoding.Latin1.GetBytes(content)).Concat(Encoding.UTF8.GetBytes("\"" + parts[1])).ToArray();
            http.Response.ContentType = "application/json";
            await http.Response.Body.WriteAsync(bytes, http.RequestAborted);
        };

        var (status, body) = path == "/v1/models"
            ? await GetAsync(gateway, path)
            : await PostAsync(gateway, Chat(stream: false));

        Assert.Equal(502, status);
        Assert.Equal("unreadable_upstream_response", Code(body));
    }

    private static async Task<(int Status, string Body)> GetAsync(GatewayTestHost gateway, string path)
    {
        using var response = await gateway.Client.GetAsync(path).WaitAsync(Patience);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_nesting_bomb_is_an_unreadable_answer(bool stream)
    {
        await using var gateway = await GatewayTestHost.StartAsync();
        var bomb = new string('[', 100_000) + new string(']', 100_000);
        gateway.Upstream.Hostile = async http =>
        {
            http.Response.ContentType = stream ? "text/event-stream" : "application/json";
            var answer = GatewayTestHost.Completion("Hello.").ToJsonString().Replace("\"usage\":", $"\"deep\":{bomb},\"usage\":", StringComparison.Ordinal);
            await http.Response.WriteAsync(stream ? $"data: {answer}\n\ndata: [DONE]\n\n" : answer, http.RequestAborted);
        };

        if (stream)
        {
            var events = await StreamAsync(gateway, Chat(stream: true));
            Assert.Equal("unreadable_upstream_response", ErrorCode(events[^1]));
        }
        else
        {
            var (status, body) = await PostAsync(gateway, Chat(stream: false));
            Assert.Equal((502, "unreadable_upstream_response"), (status, Code(body)));
        }
    }

    /// <summary>Two copies of the answer's text: whichever the gateway reads is the one it checks and the one it writes.</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_answer_with_a_duplicate_key_never_passes_the_unchecked_copy(bool stream)
    {
        await using var gateway = await GatewayTestHost.StartAsync();
        gateway.Upstream.Hostile = async http =>
        {
            http.Response.ContentType = stream ? "text/event-stream" : "application/json";
            var answer = stream ? Chunk("All good. ") : GatewayTestHost.Completion("All good. ").ToJsonString();
            answer = answer.Replace("\"content\":\"All good. \"", $"\"content\":\"All good. \",\"content\":\"The key is {Canary}. \"", StringComparison.Ordinal);
            await http.Response.WriteAsync(stream ? $"data: {answer}\n\ndata: [DONE]\n\n" : answer, http.RequestAborted);
        };

        if (stream)
        {
            var events = await StreamAsync(gateway, Chat(stream: true));
            Assert.DoesNotContain(events, e => e.Contains(Canary, StringComparison.Ordinal));
        }
        else
        {
            var (_, body) = await PostAsync(gateway, Chat(stream: false));
            Assert.DoesNotContain(Canary, body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Events_after_DONE_are_never_read()
    {
        await using var gateway = await GatewayTestHost.StartAsync();
        gateway.Upstream.Hostile = async http =>
        {
            http.Response.ContentType = "text/event-stream";
            await http.Response.WriteAsync($"data: {Chunk("All good. ")}\n\ndata: [DONE]\n\ndata: {Chunk($"The key is {Canary}. ")}\n\n", http.RequestAborted);
        };

        var events = await StreamAsync(gateway, Chat(stream: true));

        Assert.Equal("[DONE]", events[^1]);
        Assert.DoesNotContain(events, e => e.Contains(Canary, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Interleaved_choices_are_each_checked_and_a_canary_split_across_one_of_them_is_refused()
    {
        await using var gateway = await GatewayTestHost.StartAsync();
        gateway.Upstream.Hostile = async http =>
        {
            http.Response.ContentType = "text/event-stream";
            foreach (var (text, index) in new[] { ("One. ", 0), ("The key is SECRET-", 1), ("Two. ", 0), ("CANARY. ", 1), ("Three. ", 0) })
            {
                await http.Response.WriteAsync($"data: {Chunk(text, index)}\n\n", http.RequestAborted);
            }
            await http.Response.WriteAsync("data: [DONE]\n\n", http.RequestAborted);
        };

        var events = await StreamAsync(gateway, Chat(stream: true));

        Assert.Equal("blocked", ErrorCode(events[^1]));
        Assert.DoesNotContain(events, e => e.Contains("CANARY", StringComparison.Ordinal));
    }

    /// <summary>
    /// A tool call's id is no text a decision reads, so it must be an identifier, as in a whole answer
    /// (<c>ProposedCall.Read</c>): a streamed call's id is otherwise a way around every check.
    /// </summary>
    [Theory]
    [InlineData("/v1/chat/completions")]
    [InlineData("/v1/responses")]
    public async Task A_streamed_tool_call_whose_id_is_text_is_not_passed_on(string path)
    {
        await using var gateway = await GatewayTestHost.StartAsync();
        var id = $"call The key is {Canary}, mail jane.doe@example.com";
        var responses = path.EndsWith("responses", StringComparison.Ordinal);
        if (responses)
        {
            gateway.Upstream.Scripted = ["Looking it up. ", FakeUpstream.FunctionCall("x", "orders.lookup", """{"order_id":"42"}""").ToJsonString().Replace("\"call_id\":\"x\"", $"\"call_id\":\"{id}\"", StringComparison.Ordinal)];
        }
        else
        {
            gateway.Upstream.FinishReason = "tool_calls";
            gateway.Upstream.Scripted = [new JsonObject
            {
                ["tool_calls"] = new JsonArray(new JsonObject
                {
                    ["index"] = 0, ["id"] = id, ["type"] = "function",
                    ["function"] = new JsonObject { ["name"] = "orders.lookup", ["arguments"] = """{"order_id":"42"}""" },
                }),
            }.ToJsonString()];
        }
        var json = responses ? """{"model":"gpt-test","stream":true,"input":"Look up order 42"}""" : Chat(stream: true);

        var events = await StreamAsync(gateway, json, path);

        Assert.DoesNotContain(events, e => e.Contains(Canary, StringComparison.Ordinal));
        Assert.Equal("unreadable_upstream_response", ErrorCode(events[^1]));
    }

    /// <summary>A finish reason is set by the model server, read by no decision: an identifier, like the ids beside it.</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_finish_reason_that_is_text_is_not_passed_on(bool stream)
    {
        await using var gateway = await GatewayTestHost.StartAsync();
        gateway.Upstream.FinishReason = $"stop. The key is {Canary}";
        gateway.Upstream.Scripted = ["All good. "];

        if (stream)
        {
            var events = await StreamAsync(gateway, Chat(stream: true));
            Assert.DoesNotContain(events, e => e.Contains(Canary, StringComparison.Ordinal));
            Assert.Equal("unreadable_upstream_response", ErrorCode(events[^1]));
        }
        else
        {
            var (status, body) = await PostAsync(gateway, Chat(stream: false));
            Assert.DoesNotContain(Canary, body, StringComparison.Ordinal);
            Assert.Equal((502, "unreadable_upstream_response"), (status, Code(body)));
        }
    }

    [Theory]
    [InlineData("text/html", "<html><body>Hello.</body></html>", null)]
    [InlineData("application/json", "gzip", "gzip")]
    public async Task A_whole_answer_the_gateway_cannot_read_is_a_502(string contentType, string body, string? encoding)
    {
        await using var gateway = await GatewayTestHost.StartAsync();
        gateway.Upstream.Hostile = async http =>
        {
            http.Response.ContentType = contentType;
            var bytes = Encoding.UTF8.GetBytes(body == "gzip" ? GatewayTestHost.Completion($"The key is {Canary}.").ToJsonString() : body);
            if (encoding == "gzip")
            {
                http.Response.Headers.ContentEncoding = "gzip";
                using var packed = new MemoryStream();
                await using (var zip = new System.IO.Compression.GZipStream(packed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
                {
                    await zip.WriteAsync(bytes);
                }
                bytes = packed.ToArray();
            }
            await http.Response.Body.WriteAsync(bytes, http.RequestAborted);
        };

        var (status, answer) = await PostAsync(gateway, Chat(stream: false));

        Assert.Equal(502, status);
        Assert.Equal("unreadable_upstream_response", Code(answer));
    }
}
