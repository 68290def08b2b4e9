using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Airs.Runtime.AI.Guarding;
using Airs.Runtime.AspNetCore.Middleware;
using Airs.Runtime.Engine;
using Airs.Runtime.Streaming;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace Airs.Runtime.AspNetCore.Gateway;

/// <summary>
/// Streamed chat completions (<c>"stream": true</c>): the upstream's SSE chunks are read as they come, each choice's
/// text goes through a <see cref="StreamingRelease"/> and leaves as OpenAI chunks once checked; proposed tool calls
/// are gathered and checked whole after the answer, and only allowed ones are sent. A refusal, or an upstream that
/// fails or stops before <c>[DONE]</c>, ends the stream with an error event (<c>data: {"error": …}</c>, which OpenAI
/// SDKs raise) and without <c>[DONE]</c>; nothing unchecked has been sent.
/// </summary>
internal sealed partial class GatewayApi
{
    private async Task StreamAsync(HttpContext http, PolicyEngine engine, HttpRequestMessage request, string input, AirsIdentity identity)
    {
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var response = await SendAsync(request, HttpCompletionOption.ResponseHeadersRead, http.RequestAborted).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            ThrowIfFailed(response, await response.Content.ReadAsByteArrayAsync(http.RequestAborted).ConfigureAwait(false));
        }

        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        var relay = new StreamRelay(http, engine, ChatInputCheck.Context(identity, input: input), identity, input, gateway.StreamRelease);
        try
        {
            await using var body = await response.Content.ReadAsStreamAsync(http.RequestAborted).ConfigureAwait(false);
            await relay.RunAsync(body).ConfigureAwait(false);
        }
        catch (GatewayError error)
        {
            await relay.FailAsync(error).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or HttpRequestException && !http.RequestAborted.IsCancellationRequested)
        {
            logger.LogWarning("the upstream's stream broke off: {Reason}", e.Message);
            await relay.FailAsync(new GatewayError(502, "upstream_error", "upstream_failed", "the upstream's stream broke off")).ConfigureAwait(false);
        }
    }

    /// <summary>One streamed answer: reads the upstream's events and writes checked chunks.</summary>
    private sealed class StreamRelay(HttpContext http, PolicyEngine engine, Airs.Runtime.Context.RequestContext context, AirsIdentity identity,
        string input, StreamingReleaseOptions? releaseOptions)
    {
        private readonly SortedDictionary<int, ChoiceState> choices = [];
        private readonly JsonObject template = new() { ["object"] = "chat.completion.chunk" };
        private JsonObject? usage;

        public async Task RunAsync(Stream body)
        {
            using var reader = new StreamReader(body);
            var done = false;
            while (!done && await reader.ReadLineAsync(http.RequestAborted).ConfigureAwait(false) is { } line)
            {
                // SSE: only `data:` lines matter; comments, `event:`, `id:` and blank separators are skipped.
                if (!line.StartsWith("data:", StringComparison.Ordinal))
                {
                    continue;
                }
                var data = line[5..].Trim();
                if (data == "[DONE]")
                {
                    done = true;
                }
                else if (!await ChunkAsync(Parse(data)).ConfigureAwait(false))
                {
                    return;
                }
            }
            if (!done)
            {
                throw new GatewayError(502, "upstream_error", "upstream_failed", "the upstream's stream ended before `[DONE]`");
            }
            foreach (var (index, choice) in choices)
            {
                if (!await EndChoiceAsync(index, choice).ConfigureAwait(false))
                {
                    return;
                }
            }
            if (usage is not null)
            {
                await WriteAsync(Chunk([], usage.DeepClone())).ConfigureAwait(false);
            }
            await http.Response.WriteAsync("data: [DONE]\n\n", http.RequestAborted).ConfigureAwait(false);
            await http.Response.Body.FlushAsync(http.RequestAborted).ConfigureAwait(false);
        }

        /// <summary>Ends the stream with an error event; no <c>[DONE]</c> follows.</summary>
        public async Task FailAsync(GatewayError error)
        {
            await http.Response.WriteAsync($"data: {error.ToJson().ToJsonString(GatewayError.Wire)}\n\n", http.RequestAborted).ConfigureAwait(false);
            await http.Response.Body.FlushAsync(http.RequestAborted).ConfigureAwait(false);
        }

        private static JsonObject Parse(string data)
        {
            try
            {
                return JsonNode.Parse(data) as JsonObject ?? throw ChatAnswerCheck.Unreadable("a stream event is not a JSON object");
            }
            catch (JsonException)
            {
                throw ChatAnswerCheck.Unreadable("a stream event is not JSON");
            }
        }

        /// <returns>False when the stream has ended with a refusal.</returns>
        private async Task<bool> ChunkAsync(JsonObject chunk)
        {
            if (chunk["error"] is JsonObject upstreamError)
            {
                var message = upstreamError["message"] is JsonValue m && m.GetValueKind() == JsonValueKind.String ? m.GetValue<string>() : "an error";
                throw new GatewayError(502, "upstream_error", "upstream_failed", $"the upstream's stream failed: {Shorten(message)}");
            }
            foreach (var key in new[] { "id", "created", "model", "system_fingerprint", "service_tier" })
            {
                if (chunk[key] is { } value)
                {
                    template[key] = value.DeepClone();
                }
            }
            if (chunk["usage"] is JsonObject reported)
            {
                usage = reported;
            }
            if (chunk["choices"] is not JsonArray list)
            {
                return true;
            }
            foreach (var node in list)
            {
                if (node is not JsonObject choice)
                {
                    throw ChatAnswerCheck.Unreadable("a stream choice is not an object");
                }
                var index = choice["index"] is JsonValue i && i.TryGetValue<int>(out var n) ? n : 0;
                if (!choices.TryGetValue(index, out var state))
                {
                    state = new ChoiceState(new StreamingRelease(engine, context, releaseOptions));
                    choices[index] = state;
                    // The role alone carries no text: the client learns at once that an answer is coming.
                    await WriteAsync(Choice(index, new JsonObject { ["role"] = "assistant", ["content"] = "" }, null)).ConfigureAwait(false);
                }
                if (choice["finish_reason"] is JsonValue f && f.GetValueKind() == JsonValueKind.String)
                {
                    state.Finish = f.GetValue<string>();
                }
                if (choice["delta"] is not JsonObject delta)
                {
                    continue;
                }
                foreach (var key in new[] { "content", "refusal" })
                {
                    if (delta[key] is JsonValue text && text.GetValueKind() == JsonValueKind.String && text.GetValue<string>() is { Length: > 0 } piece)
                    {
                        var step = await state.Release.AppendAsync(piece, http.RequestAborted).ConfigureAwait(false);
                        if (!await SendAsync(index, step).ConfigureAwait(false))
                        {
                            return false;
                        }
                    }
                }
                if (delta["tool_calls"] is JsonArray calls)
                {
                    state.Gather(calls);
                }
            }
            return true;
        }

        /// <summary>The rest of the answer after the whole-answer check, then the allowed tool calls, then the finish reason.</summary>
        private async Task<bool> EndChoiceAsync(int index, ChoiceState state)
        {
            if (!await SendAsync(index, await state.Release.CompleteAsync(http.RequestAborted).ConfigureAwait(false)).ConfigureAwait(false))
            {
                return false;
            }
            var allowed = new JsonArray();
            var notes = new List<string>();
            foreach (var call in state.Calls.Values)
            {
                var name = call.Name.ToString();
                var arguments = call.Arguments.ToString();
                if (call.Id.Length == 0 || name.Length == 0)
                {
                    throw ChatAnswerCheck.Unreadable("a streamed tool call lacks an `id` or a function `name`");
                }
                var refused = await ToolCallCheck.RefusalAsync(engine, name, arguments, input, identity, http.RequestAborted).ConfigureAwait(false);
                if (refused is null)
                {
                    allowed.Add(new JsonObject
                    {
                        ["index"] = allowed.Count,
                        ["id"] = call.Id,
                        ["type"] = "function",
                        ["function"] = new JsonObject { ["name"] = name, ["arguments"] = arguments },
                    });
                }
                else
                {
                    notes.Add(refused);
                }
            }
            if (notes.Count > 0)
            {
                var prefix = state.Release.ReleasedLength > 0 ? "\n" : "";
                await WriteAsync(Choice(index, new JsonObject { ["content"] = prefix + string.Join("\n", notes) }, null)).ConfigureAwait(false);
            }
            if (allowed.Count > 0)
            {
                await WriteAsync(Choice(index, new JsonObject { ["tool_calls"] = allowed }, null)).ConfigureAwait(false);
            }
            var finish = allowed.Count == 0 && state.Finish == "tool_calls" ? "stop" : state.Finish ?? "stop";
            await WriteAsync(Choice(index, [], finish)).ConfigureAwait(false);
            return true;
        }

        /// <returns>False when <paramref name="step"/> refused: the stream has then ended with the refusal.</returns>
        private async Task<bool> SendAsync(int index, ReleaseStep step)
        {
            if (step.IsRefused)
            {
                await FailAsync(GatewayError.Refused(step.Decision!, "The answer was refused by policy.")).ConfigureAwait(false);
                return false;
            }
            if (step.Text.Length > 0)
            {
                await WriteAsync(Choice(index, new JsonObject { ["content"] = step.Text }, null)).ConfigureAwait(false);
            }
            return true;
        }

        private JsonObject Choice(int index, JsonObject delta, string? finish) =>
            Chunk(new JsonArray(new JsonObject { ["index"] = index, ["delta"] = delta, ["logprobs"] = null, ["finish_reason"] = finish }), null);

        private JsonObject Chunk(JsonArray choiceList, JsonNode? usageNode)
        {
            var chunk = (JsonObject)template.DeepClone();
            chunk["choices"] = choiceList;
            if (usageNode is not null)
            {
                chunk["usage"] = usageNode;
            }
            return chunk;
        }

        private async Task WriteAsync(JsonObject chunk)
        {
            await http.Response.WriteAsync($"data: {chunk.ToJsonString(GatewayError.Wire)}\n\n", http.RequestAborted).ConfigureAwait(false);
            await http.Response.Body.FlushAsync(http.RequestAborted).ConfigureAwait(false);
        }
    }

    /// <summary>One choice of a streamed answer: its releaser, its finish reason and the tool calls gathered so far.</summary>
    private sealed class ChoiceState(StreamingRelease release)
    {
        public StreamingRelease Release { get; } = release;

        public string? Finish { get; set; }

        public SortedDictionary<int, ToolCallParts> Calls { get; } = [];

        /// <summary>Tool calls come in pieces: the id and name first, the arguments in fragments, all under one index.</summary>
        public void Gather(JsonArray deltas)
        {
            foreach (var node in deltas)
            {
                if (node is not JsonObject delta)
                {
                    throw ChatAnswerCheck.Unreadable("a streamed tool call is not an object");
                }
                var index = delta["index"] is JsonValue i && i.TryGetValue<int>(out var n) ? n : Calls.Count;
                if (!Calls.TryGetValue(index, out var call))
                {
                    call = new ToolCallParts();
                    Calls[index] = call;
                }
                if (delta["id"] is JsonValue id && id.GetValueKind() == JsonValueKind.String)
                {
                    call.Id = id.GetValue<string>();
                }
                if (delta["function"] is JsonObject function)
                {
                    if (function["name"] is JsonValue name && name.GetValueKind() == JsonValueKind.String)
                    {
                        call.Name.Append(name.GetValue<string>());
                    }
                    if (function["arguments"] is JsonValue arguments && arguments.GetValueKind() == JsonValueKind.String)
                    {
                        call.Arguments.Append(arguments.GetValue<string>());
                    }
                }
            }
        }
    }

    private sealed class ToolCallParts
    {
        public string Id { get; set; } = "";

        public System.Text.StringBuilder Name { get; } = new();

        public System.Text.StringBuilder Arguments { get; } = new();
    }
}
