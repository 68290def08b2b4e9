using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Airs.Runtime.AI;
using Airs.Runtime.Judges;
using Airs.Runtime.Policy;
using Microsoft.Extensions.AI;

namespace Airs.Runtime.Tests.Judges;

/// <summary>The OpenAI-compatible client against a real HTTP server on loopback.</summary>
public sealed class OpenAiCompatibleChatClientTests
{
    private const string Completion = """
        {"id": "chatcmpl-42", "object": "chat.completion", "created": 1750000000, "model": "judge-small-2025-06",
         "choices": [{"index": 0, "message": {"role": "assistant", "content": "{\"verdict\": \"pass\", \"confidence\": 0.9}"}, "finish_reason": "stop"}],
         "usage": {"prompt_tokens": 57, "completion_tokens": 11, "total_tokens": 68}}
        """;

    private static OpenAiCompatibleChatClient Client(FakeOpenAiServer server, string? apiKey = "sk-test") =>
        new(new OpenAiCompatibleOptions { BaseUrl = server.BaseUrl, DefaultModel = "judge-small", ApiKey = apiKey, ProviderName = "vllm" });

    private static readonly ChatMessage[] Messages = [new(ChatRole.System, "be strict"), new(ChatRole.User, "grade this")];

    [Fact]
    public async Task A_completion_is_requested_and_mapped()
    {
        await using var server = FakeOpenAiServer.Json(200, Completion);
        using var client = Client(server);
        var response = await client.GetResponseAsync(Messages, new ChatOptions { Temperature = 0, MaxOutputTokens = 64 });

        Assert.Equal("{\"verdict\": \"pass\", \"confidence\": 0.9}", response.Text);
        Assert.Equal(ChatRole.Assistant, response.Messages.Single().Role);
        Assert.Equal("judge-small-2025-06", response.ModelId);
        Assert.Equal("chatcmpl-42", response.ResponseId);
        Assert.Equal(ChatFinishReason.Stop, response.FinishReason);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1750000000), response.CreatedAt);
        Assert.Equal((57L, 11L, 68L), (response.Usage!.InputTokenCount!.Value, response.Usage.OutputTokenCount!.Value, response.Usage.TotalTokenCount!.Value));

        var request = Assert.Single(server.Requests);
        Assert.Equal(("POST", "/v1/chat/completions", "Bearer sk-test"), (request.Method, request.Path, request.Authorization));
        using var body = JsonDocument.Parse(request.Body);
        var root = body.RootElement;
        Assert.Equal("judge-small", root.GetProperty("model").GetString());
        Assert.Equal(0, root.GetProperty("temperature").GetDouble());
        Assert.Equal(64, root.GetProperty("max_tokens").GetInt32());
        Assert.False(root.TryGetProperty("response_format", out _));
        Assert.False(root.TryGetProperty("stream", out _));
        var messages = root.GetProperty("messages").EnumerateArray().Select(m => (m.GetProperty("role").GetString(), m.GetProperty("content").GetString())).ToArray();
        Assert.Equal([("system", "be strict"), ("user", "grade this")], messages);
    }

    [Fact]
    public async Task Json_mode_asks_for_a_json_object_and_model_id_overrides_the_default()
    {
        await using var server = FakeOpenAiServer.Json(200, Completion);
        using var client = Client(server, apiKey: null);
        await client.GetResponseAsync(Messages, new ChatOptions { ResponseFormat = ChatResponseFormat.Json, ModelId = "other-model" });

        var request = Assert.Single(server.Requests);
        Assert.Null(request.Authorization);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("json_object", body.RootElement.GetProperty("response_format").GetProperty("type").GetString());
        Assert.Equal("other-model", body.RootElement.GetProperty("model").GetString());
    }

    [Fact]
    public async Task A_server_error_is_one_line_with_status_and_the_servers_message()
    {
        await using var server = FakeOpenAiServer.Json(500, """{"error": {"message": "model overloaded\nplease retry", "type": "server_error", "trace": "x"}}""");
        using var client = Client(server);
        var e = await Assert.ThrowsAsync<OpenAiCompatibleException>(() => client.GetResponseAsync(Messages));
        Assert.Equal("chat completion failed: HTTP 500 (Internal Server Error): model overloaded please retry", e.Message);
        Assert.Equal(HttpStatusCode.InternalServerError, e.StatusCode);
    }

    [Fact]
    public async Task A_server_error_that_echoes_the_api_key_is_quoted_without_it()
    {
        await using var server = FakeOpenAiServer.Json(400, """{"error": {"message": "bad header Authorization: Bearer sk-test-0123456789abcdef", "type": "invalid_request_error"}}""");
        using var client = Client(server, apiKey: "sk-test-0123456789abcdef");
        var e = await Assert.ThrowsAsync<OpenAiCompatibleException>(() => client.GetResponseAsync(Messages));
        Assert.Equal("chat completion failed: HTTP 400 (Bad Request): bad header Authorization: Bearer [api key]", e.Message);
    }

    [Fact]
    public async Task A_non_json_error_body_is_not_dumped()
    {
        await using var server = new FakeOpenAiServer((ctx, _) => FakeOpenAiServer.Write(ctx, 401, "text/html", "<html><body>secret internal page</body></html>"));
        using var client = Client(server);
        var e = await Assert.ThrowsAsync<OpenAiCompatibleException>(() => client.GetResponseAsync(Messages));
        Assert.Equal("chat completion failed: HTTP 401 (Unauthorized)", e.Message);
    }

    [Theory]
    [InlineData("this is not json", "chat completion response is not valid JSON")]
    [InlineData("""{"id": "x", "choices": []}""", "chat completion response has no choices")]
    [InlineData("""{"choices": [{"index": 0}]}""", "chat completion response has no message")]
    public async Task A_garbage_body_is_a_one_line_error(string body, string message)
    {
        await using var server = FakeOpenAiServer.Json(200, body);
        using var client = Client(server);
        var e = await Assert.ThrowsAsync<OpenAiCompatibleException>(() => client.GetResponseAsync(Messages));
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public async Task A_slow_server_is_abandoned_on_cancellation()
    {
        FakeOpenAiServer? self = null;
        await using var server = self = new FakeOpenAiServer(async (ctx, _) =>
        {
            await Task.Delay(Timeout.Infinite, self!.Stopping);
        });
        using var client = Client(server);
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        var watch = Stopwatch.StartNew();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetResponseAsync(Messages, cancellationToken: cts.Token));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task A_stream_is_read_until_done()
    {
        await using var server = new FakeOpenAiServer(async (ctx, _) =>
        {
            ctx.Response.StatusCode = 200;
            ctx.Response.ContentType = "text/event-stream";
            ctx.Response.SendChunked = true;
            string[] events =
            [
                ": keep-alive",
                """data: {"id":"c1","model":"judge-small","choices":[{"index":0,"delta":{"role":"assistant","content":""}}]}""",
                """data: {"id":"c1","model":"judge-small","choices":[{"index":0,"delta":{"content":"{\"verdict\": "}}]}""",
                """data: {"id":"c1","model":"judge-small","choices":[{"index":0,"delta":{"content":"\"fail\"}"},"finish_reason":"stop"}]}""",
                """data: {"id":"c1","model":"judge-small","choices":[],"usage":{"prompt_tokens":9,"completion_tokens":4,"total_tokens":13}}""",
                "data: [DONE]",
            ];
            foreach (var e in events)
            {
                await ctx.Response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes(e + "\n\n"));
                await ctx.Response.OutputStream.FlushAsync();
            }
            ctx.Response.Close();
        });
        using var client = Client(server);
        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in client.GetStreamingResponseAsync(Messages))
        {
            updates.Add(update);
        }

        var response = updates.ToChatResponse();
        Assert.Equal("{\"verdict\": \"fail\"}", response.Text);
        Assert.Equal(ChatFinishReason.Stop, response.FinishReason);
        Assert.Equal(13, response.Usage?.TotalTokenCount);
        Assert.Equal(ChatRole.Assistant, updates[0].Role);
        using var body = JsonDocument.Parse(Assert.Single(server.Requests).Body);
        Assert.True(body.RootElement.GetProperty("stream").GetBoolean());
        Assert.Equal("text/event-stream", server.Requests.Single().Accept);
    }

    [Fact]
    public async Task A_stream_cut_before_done_is_an_error()
    {
        await using var server = new FakeOpenAiServer((ctx, _) => FakeOpenAiServer.Write(ctx, 200, "text/event-stream",
            """data: {"id":"c1","choices":[{"index":0,"delta":{"content":"{\"verd"}}]}""" + "\n\n"));
        using var client = Client(server);
        var e = await Assert.ThrowsAsync<OpenAiCompatibleException>(async () =>
        {
            await foreach (var _ in client.GetStreamingResponseAsync(Messages))
            {
            }
        });
        Assert.Equal("chat completion stream ended before `[DONE]`", e.Message);
    }

    [Fact]
    public async Task A_stream_with_a_bad_event_or_an_error_status_fails_in_one_line()
    {
        await using var bad = new FakeOpenAiServer((ctx, _) => FakeOpenAiServer.Write(ctx, 200, "text/event-stream", "data: {oops\n\n"));
        using var badClient = Client(bad);
        var e1 = await Assert.ThrowsAsync<OpenAiCompatibleException>(async () => await badClient.GetStreamingResponseAsync(Messages).ToListAsync());
        Assert.Equal("chat completion stream has an invalid event", e1.Message);

        await using var limited = FakeOpenAiServer.Json(429, """{"error": {"message": "rate limit exceeded"}}""");
        using var limitedClient = Client(limited);
        var e2 = await Assert.ThrowsAsync<OpenAiCompatibleException>(async () => await limitedClient.GetStreamingResponseAsync(Messages).ToListAsync());
        Assert.Equal("chat completion failed: HTTP 429 (Too Many Requests): rate limit exceeded", e2.Message);
    }

    [Fact]
    public async Task Metadata_names_the_provider_and_default_model()
    {
        await using var server = FakeOpenAiServer.Json(200, Completion);
        using var client = Client(server);
        var metadata = client.GetService<ChatClientMetadata>()!;
        Assert.Equal(("vllm", "judge-small", server.BaseUrl), (metadata.ProviderName, metadata.DefaultModelId, metadata.ProviderUri));
        Assert.Same(client, client.GetService<OpenAiCompatibleChatClient>());
    }

    [Fact]
    public async Task A_judge_runs_end_to_end_over_http()
    {
        var reply = JsonSerializer.Serialize(new
        {
            id = "c9",
            model = "judge-small",
            choices = new[] { new { index = 0, message = new { role = "assistant", content = "```json\n{\"verdict\": \"fail\", \"confidence\": 0.7, \"reason\": \"amount differs\"}\n```" }, finish_reason = "stop" } },
        });
        await using var server = FakeOpenAiServer.Json(200, reply);
        using var client = Client(server);
        var runner = new JudgeRunner(new DictionaryJudgeClientProvider(new Dictionary<string, IChatClient> { ["judge"] = client }));
        var result = await runner.RunAsync(Judge.Spec(), Judge.Context(), "dec-http", Tier.High, default);

        var failed = Assert.IsType<JudgeResult.Failed>(result);
        Assert.Equal("amount differs", failed.Verdict.Reason);
        using var body = JsonDocument.Parse(Assert.Single(server.Requests).Body);
        Assert.Equal("json_object", body.RootElement.GetProperty("response_format").GetProperty("type").GetString());
        var messages = body.RootElement.GetProperty("messages");
        Assert.Contains("<<<UNTRUSTED-", messages[1].GetProperty("content").GetString());
        // The system message goes out in parts around its nonce; the server reads the one text the judge is tuned to.
        var system = messages[0].GetProperty("content").GetString()!;
        var nonce = system[(system.IndexOf("<<<UNTRUSTED-", StringComparison.Ordinal) + "<<<UNTRUSTED-".Length)..][..16];
        Assert.Equal(JudgePromptBuilder.SystemMessage(nonce), system);
    }

    [Fact]
    public async Task A_message_of_several_text_parts_is_sent_as_its_text()
    {
        await using var server = FakeOpenAiServer.Json(200, Completion);
        using var client = Client(server);
        // Escapes, a surrogate pair cut between two parts, and an empty part.
        ChatMessage parts = new(ChatRole.System, [new TextContent("say \"hi\"\n\ud83d"), new TextContent(""), new TextContent("\ude00 <b> & done")]);
        ChatMessage empty = new(ChatRole.User, [new DataContent(new byte[] { 1 }, "image/png")]);
        await client.GetResponseAsync([parts, empty]);

        using var body = JsonDocument.Parse(Assert.Single(server.Requests).Body);
        var messages = body.RootElement.GetProperty("messages");
        Assert.Equal("say \"hi\"\n\ud83d\ude00 <b> & done", messages[0].GetProperty("content").GetString());
        Assert.Equal(parts.Text, messages[0].GetProperty("content").GetString());
        Assert.Equal("", messages[1].GetProperty("content").GetString());
    }
}
