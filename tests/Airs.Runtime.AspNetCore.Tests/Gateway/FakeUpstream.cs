using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Airs.Runtime.AspNetCore.Tests.Sidecar;
using Microsoft.AspNetCore.Http;

namespace Airs.Runtime.AspNetCore.Tests.Gateway;

/// <summary>
/// An OpenAI-compatible upstream on a real local server, behind one API key. A non-streamed answer is whatever
/// <see cref="Answer"/> says; a streamed one sends each delta the test writes to <see cref="Deltas"/> as its own SSE
/// event, flushed at once, and ends (finish chunk, <c>[DONE]</c>) only when the test completes the channel: the test,
/// not a clock, decides when the upstream has finished.
/// </summary>
internal sealed class FakeUpstream : IAsyncDisposable
{
    public const string Key = "sk-upstream-key-0123456789";

    private FakeUpstream(LocalServer server) => Server = server;

    public LocalServer Server { get; }

    /// <summary>The base URL a client would configure, with <c>/v1</c>.</summary>
    public Uri BaseUrl => new(Server.Address, "/v1");

    /// <summary>The assistant message of the next non-streamed answers (role, content, tool_calls…).</summary>
    public JsonObject Answer { get; set; } = new() { ["role"] = "assistant", ["content"] = "Hello." };

    public string FinishReason { get; set; } = "stop";

    /// <summary>What streamed answers send, one SSE event per item: a text delta, or (starting with <c>{</c>) a raw delta object.</summary>
    public Channel<string> Deltas { get; } = Channel.CreateUnbounded<string>();

    /// <summary>When set, streamed answers send these deltas at once instead of reading <see cref="Deltas"/> (one answer after another).</summary>
    public IReadOnlyList<string>? Scripted { get; set; }

    /// <summary>A streamed answer stops after the deltas, without a finish chunk or <c>[DONE]</c> (a connection cut short).</summary>
    public bool BreakOff { get; set; }

    /// <summary>Completes when a streamed answer has sent its last event (<c>[DONE]</c>).</summary>
    public TaskCompletionSource StreamFinished { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IEnumerable<LocalServer.Received> Completions => Server.Requests.Where(r => r.Path == "/v1/chat/completions");

    public static async Task<FakeUpstream> StartAsync()
    {
        FakeUpstream? upstream = null;
        var server = await LocalServer.StartAsync((http, request) => upstream!.RespondAsync(http, request));
        upstream = new FakeUpstream(server);
        return upstream;
    }

    private async Task RespondAsync(HttpContext http, LocalServer.Received request)
    {
        http.Response.ContentType = "application/json";
        if (request.Header("Authorization") != "Bearer " + Key)
        {
            http.Response.StatusCode = 401;
            await http.Response.WriteAsync("""{"error":{"message":"Incorrect API key provided","type":"invalid_request_error","code":"invalid_api_key"}}""");
            return;
        }
        switch (request.Method, request.Path)
        {
            case ("GET", "/v1/models"):
                await http.Response.WriteAsync("""{"object":"list","data":[{"id":"gpt-test","object":"model","created":0,"owned_by":"tests"}]}""");
                break;
            case ("POST", "/v1/chat/completions"):
                var body = JsonNode.Parse(request.Body)!.AsObject();
                if (body["stream"]?.GetValue<bool>() == true)
                {
                    await StreamAsync(http, body["model"]!.GetValue<string>());
                }
                else
                {
                    await http.Response.WriteAsync(new JsonObject
                    {
                        ["id"] = "chatcmpl-1",
                        ["object"] = "chat.completion",
                        ["created"] = 1700000000,
                        ["model"] = body["model"]!.GetValue<string>(),
                        ["choices"] = new JsonArray(new JsonObject
                        {
                            ["index"] = 0,
                            ["message"] = Answer.DeepClone(),
                            ["logprobs"] = null,
                            ["finish_reason"] = FinishReason,
                        }),
                        ["usage"] = new JsonObject { ["prompt_tokens"] = 10, ["completion_tokens"] = 5, ["total_tokens"] = 15 },
                    }.ToJsonString());
                }
                break;
            default:
                http.Response.StatusCode = 404;
                await http.Response.WriteAsync("""{"error":{"message":"no such route","type":"invalid_request_error"}}""");
                break;
        }
    }

    private async Task StreamAsync(HttpContext http, string model)
    {
        http.Response.ContentType = "text/event-stream";
        async Task SendAsync(JsonObject delta, string? finish)
        {
            var chunk = new JsonObject
            {
                ["id"] = "chatcmpl-2",
                ["object"] = "chat.completion.chunk",
                ["created"] = 1700000000,
                ["model"] = model,
                ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["delta"] = delta, ["logprobs"] = null, ["finish_reason"] = finish }),
            };
            await http.Response.WriteAsync($"data: {chunk.ToJsonString()}\n\n");
            await http.Response.Body.FlushAsync();
        }
        await SendAsync(new JsonObject { ["role"] = "assistant", ["content"] = "" }, null);
        Task SendDeltaAsync(string item) => SendAsync(item.StartsWith('{') ? JsonNode.Parse(item)!.AsObject() : new JsonObject { ["content"] = item }, null);
        if (Scripted is { } script)
        {
            foreach (var item in script)
            {
                await SendDeltaAsync(item);
            }
        }
        else
        {
            await foreach (var item in Deltas.Reader.ReadAllAsync(http.RequestAborted))
            {
                await SendDeltaAsync(item);
            }
        }
        if (BreakOff)
        {
            StreamFinished.TrySetResult();
            return;
        }
        await SendAsync([], FinishReason);
        await http.Response.WriteAsync("data: [DONE]\n\n");
        await http.Response.Body.FlushAsync();
        StreamFinished.TrySetResult();
    }

    public static JsonObject ToolCall(string id, string name, string arguments) => new()
    {
        ["id"] = id,
        ["type"] = "function",
        ["function"] = new JsonObject { ["name"] = name, ["arguments"] = arguments },
    };

    public static string Json(object value) => JsonSerializer.Serialize(value);

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
