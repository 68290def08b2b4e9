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

    /// <summary>The output items of the next non-streamed Responses API answers.</summary>
    public JsonArray ResponseOutput { get; set; } = [ResponseMessage("Hello.")];

    /// <summary>The status of the next non-streamed Responses API answers (<c>failed</c> adds an error).</summary>
    public string ResponseStatus { get; set; } = "completed";

    public IEnumerable<LocalServer.Received> Responses => Server.Requests.Where(r => r.Path == "/v1/responses");

    /// <summary>
    /// When set, answers every authorised request itself, status, headers and bytes: a hostile or broken upstream
    /// (an endless stream, a line without an end, a body past any limit, text where only identifiers belong).
    /// </summary>
    public Func<HttpContext, Task>? Hostile { get; set; }

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
        if (Hostile is { } hostile)
        {
            await hostile(http);
            return;
        }
        switch (request.Method, request.Path)
        {
            case ("GET", "/v1/models"):
                await http.Response.WriteAsync("""{"object":"list","data":[{"id":"gpt-test","object":"model","created":0,"owned_by":"tests"}]}""");
                break;
            case ("POST", "/v1/responses"):
                var input = JsonNode.Parse(request.Body)!.AsObject();
                if (input["stream"]?.GetValue<bool>() == true)
                {
                    await StreamResponseAsync(http, input["model"]!.GetValue<string>());
                }
                else
                {
                    var answer = Response(input["model"]!.GetValue<string>(), ResponseStatus, (JsonArray)ResponseOutput.DeepClone());
                    if (ResponseStatus == "failed")
                    {
                        answer["error"] = new JsonObject { ["code"] = "server_error", ["message"] = "The model crashed." };
                    }
                    await http.Response.WriteAsync(answer.ToJsonString());
                }
                break;
            case ("POST", "/v1/chat/completions"):
                var body = JsonNode.Parse(request.Body)!.AsObject();
                if (body["model"]!.GetValue<string>() is var echo && echo.StartsWith("echo-", StringComparison.Ordinal))
                {
                    // A careless server that quotes its request's credentials in an error, after `padding` characters.
                    http.Response.StatusCode = 400;
                    var quoted = new string('.', int.Parse(echo["echo-".Length..], System.Globalization.CultureInfo.InvariantCulture)) + request.Header("Authorization");
                    await http.Response.WriteAsync(new JsonObject { ["error"] = new JsonObject { ["message"] = $"bad request from {quoted}", ["type"] = "invalid_request_error" } }.ToJsonString());
                    break;
                }
                if (body["stream"]?.GetValue<bool>() == true)
                {
                    await StreamAsync(http, body["model"]!.GetValue<string>(), body["stream_options"]?["include_usage"]?.GetValue<bool>() == true);
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

    /// <param name="includeUsage">As OpenAI does with <c>stream_options.include_usage</c>: a last chunk without choices carries the usage.</param>
    private async Task StreamAsync(HttpContext http, string model, bool includeUsage)
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
        if (!await SendItemsAsync(http, SendDeltaAsync))
        {
            return;
        }
        await SendAsync([], FinishReason);
        if (includeUsage)
        {
            var usage = new JsonObject
            {
                ["id"] = "chatcmpl-2",
                ["object"] = "chat.completion.chunk",
                ["created"] = 1700000000,
                ["model"] = model,
                ["choices"] = new JsonArray(),
                ["usage"] = new JsonObject { ["prompt_tokens"] = 10, ["completion_tokens"] = 5, ["total_tokens"] = 15 },
            };
            await http.Response.WriteAsync($"data: {usage.ToJsonString()}\n\n");
        }
        await http.Response.WriteAsync("data: [DONE]\n\n");
        await http.Response.Body.FlushAsync();
        StreamFinished.TrySetResult();
    }

    /// <summary>
    /// A streamed Responses API answer as OpenAI sends it: <c>response.created</c>, one message whose text deltas are
    /// <see cref="Deltas"/> (or <see cref="Scripted"/>), where an item starting with <c>{</c> is a whole function call
    /// item sent as its added, arguments-delta and done events; then the message's done events and <c>response.completed</c>.
    /// </summary>
    private async Task StreamResponseAsync(HttpContext http, string model)
    {
        http.Response.ContentType = "text/event-stream";
        var sequence = 0;
        async Task SendAsync(string type, JsonObject data)
        {
            data["type"] = type;
            data["sequence_number"] = sequence++;
            await http.Response.WriteAsync($"event: {type}\ndata: {data.ToJsonString()}\n\n");
            await http.Response.Body.FlushAsync();
        }
        var output = new JsonArray();
        var text = new System.Text.StringBuilder();
        await SendAsync("response.created", new JsonObject { ["response"] = Response(model, "in_progress", []) });
        await SendAsync("response.output_item.added", new JsonObject { ["output_index"] = 0, ["item"] = ResponseMessage("", "in_progress") });
        await SendAsync("response.content_part.added", new JsonObject
        {
            ["item_id"] = "msg_up_1", ["output_index"] = 0, ["content_index"] = 0,
            ["part"] = new JsonObject { ["type"] = "output_text", ["text"] = "", ["annotations"] = new JsonArray() },
        });
        async Task SendItemAsync(string item)
        {
            if (!item.StartsWith('{'))
            {
                text.Append(item);
                await SendAsync("response.output_text.delta", new JsonObject { ["item_id"] = "msg_up_1", ["output_index"] = 0, ["content_index"] = 0, ["delta"] = item });
                return;
            }
            var call = JsonNode.Parse(item)!.AsObject();
            var index = output.Count + 1;
            var added = (JsonObject)call.DeepClone();
            added["arguments"] = "";
            await SendAsync("response.output_item.added", new JsonObject { ["output_index"] = index, ["item"] = added });
            await SendAsync("response.function_call_arguments.delta", new JsonObject { ["item_id"] = call["id"]!.DeepClone(), ["output_index"] = index, ["delta"] = call["arguments"]!.DeepClone() });
            await SendAsync("response.output_item.done", new JsonObject { ["output_index"] = index, ["item"] = call.DeepClone() });
            output.Add(call);
        }
        if (!await SendItemsAsync(http, SendItemAsync))
        {
            return;
        }
        await SendAsync("response.output_text.done", new JsonObject { ["item_id"] = "msg_up_1", ["output_index"] = 0, ["content_index"] = 0, ["text"] = text.ToString() });
        await SendAsync("response.output_item.done", new JsonObject { ["output_index"] = 0, ["item"] = ResponseMessage(text.ToString()) });
        output.Insert(0, ResponseMessage(text.ToString()));
        await SendAsync("response.completed", new JsonObject { ["response"] = Response(model, "completed", output) });
        StreamFinished.TrySetResult();
    }

    private static JsonObject Response(string model, string status, JsonArray output) => new()
    {
        ["id"] = "resp_up_1",
        ["object"] = "response",
        ["created_at"] = 1700000000,
        ["status"] = status,
        ["model"] = model,
        ["output"] = output,
        ["usage"] = new JsonObject { ["input_tokens"] = 10, ["output_tokens"] = 5, ["total_tokens"] = 15 },
    };

    /// <summary>An assistant message item of one <c>output_text</c> part, as the Responses API writes it.</summary>
    public static JsonObject ResponseMessage(string text, string status = "completed") => new()
    {
        ["id"] = "msg_up_1",
        ["type"] = "message",
        ["status"] = status,
        ["role"] = "assistant",
        ["content"] = status == "completed" ? new JsonArray(new JsonObject { ["type"] = "output_text", ["text"] = text, ["annotations"] = new JsonArray() }) : [],
    };

    /// <summary>A function call item, as the Responses API writes it.</summary>
    public static JsonObject FunctionCall(string callId, string name, string arguments) => new()
    {
        ["id"] = "fc_" + callId,
        ["type"] = "function_call",
        ["status"] = "completed",
        ["call_id"] = callId,
        ["name"] = name,
        ["arguments"] = arguments,
    };

    /// <summary>Sends <see cref="Scripted"/>, or <see cref="Deltas"/> until the test completes it.</summary>
    /// <returns>False when the stream must break off here (<see cref="BreakOff"/>).</returns>
    private async Task<bool> SendItemsAsync(HttpContext http, Func<string, Task> send)
    {
        if (Scripted is { } script)
        {
            foreach (var item in script)
            {
                await send(item);
            }
        }
        else
        {
            await foreach (var item in Deltas.Reader.ReadAllAsync(http.RequestAborted))
            {
                await send(item);
            }
        }
        if (BreakOff)
        {
            StreamFinished.TrySetResult();
            return false;
        }
        return true;
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
