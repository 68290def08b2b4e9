using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Airs.LanguageServer.JsonRpc;

/// <summary>
/// JSON-RPC 2.0 over a framed stream pair. Notifications (and requests marked as ordered) are handled in arrival
/// order; other requests run concurrently with a cancellation token that <c>$/cancelRequest</c> trips. A failing
/// handler becomes an error response and the connection keeps going; the end of the input stream ends the run.
/// </summary>
internal sealed class JsonRpcConnection : IClientNotifier, IDisposable
{
    private const string CancelRequestMethod = "$/cancelRequest";

    private readonly MessageReader _reader;
    private readonly MessageWriter _writer;
    private readonly ConcurrentDictionary<RequestId, CancellationTokenSource> _incoming = new();
    private readonly ConcurrentDictionary<RequestId, TaskCompletionSource<JsonElement?>> _outgoing = new();
    private readonly ConcurrentDictionary<Task, byte> _running = new();
    private long _nextOutgoingId;
    private volatile bool _stopRequested;
    private volatile bool _outputClosed;

    public JsonRpcConnection(Stream input, Stream output, int maxMessageBytes = MessageReader.DefaultMaxMessageBytes)
    {
        _reader = new MessageReader(input, maxMessageBytes);
        _writer = new MessageWriter(output);
    }

    /// <summary>Where transport problems are logged; settable because the usual logger sends through this connection.</summary>
    public ILogger Logger { get; set; } = NullLogger.Instance;

    /// <summary>Ends <see cref="RunAsync"/> after the message being handled (used by <c>exit</c>).</summary>
    public void Stop() => _stopRequested = true;

    public async Task RunAsync(IRpcTarget target, CancellationToken cancellationToken)
    {
        using var lifetime = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            while (!_stopRequested)
            {
                FramedMessage message;
                try
                {
                    message = await _reader.ReadAsync(lifetime.Token).ConfigureAwait(false);
                }
                catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException)
                {
                    break;
                }

                switch (message)
                {
                    case FramedMessage.EndOfStream:
                        return;
                    case FramedMessage.Malformed malformed:
                        Logger.LogWarning("skipped malformed input: {Reason}", malformed.Reason);
                        await SendErrorAsync(null, ErrorCodes.ParseError, malformed.Reason).ConfigureAwait(false);
                        break;
                    case FramedMessage.Body body:
                        await DispatchAsync(target, body.Bytes, lifetime.Token).ConfigureAwait(false);
                        break;
                }
            }
        }
        finally
        {
            await lifetime.CancelAsync().ConfigureAwait(false);
            await DrainAsync().ConfigureAwait(false);
        }
    }

    public Task NotifyAsync<TParams>(string method, TParams parameters, CancellationToken cancellationToken) =>
        SendAsync(writer =>
        {
            writer.WriteString("method", method);
            writer.WritePropertyName("params");
            JsonSerializer.Serialize(writer, parameters, LspJson.Options);
        });

    /// <summary>Sends a request to the client and waits for its answer (an error answer throws <see cref="JsonRpcException"/>).</summary>
    public async Task<TResult?> RequestAsync<TParams, TResult>(string method, TParams parameters, CancellationToken cancellationToken)
    {
        var id = RequestId.From(Interlocked.Increment(ref _nextOutgoingId));
        var answer = new TaskCompletionSource<JsonElement?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _outgoing[id] = answer;
        try
        {
            await SendAsync(writer =>
            {
                writer.WritePropertyName("id");
                id.WriteTo(writer);
                writer.WriteString("method", method);
                writer.WritePropertyName("params");
                JsonSerializer.Serialize(writer, parameters, LspJson.Options);
            }).ConfigureAwait(false);
            var result = await answer.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
            return result is { } element ? element.Deserialize<TResult>(LspJson.Options) : default;
        }
        finally
        {
            _outgoing.TryRemove(id, out _);
        }
    }

    private async Task DispatchAsync(IRpcTarget target, byte[] body, CancellationToken lifetime)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            await SendErrorAsync(null, ErrorCodes.ParseError, "message body is not valid JSON").ConfigureAwait(false);
            return;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                var reason = root.ValueKind == JsonValueKind.Array ? "batch messages are not supported" : "a message must be a JSON object";
                await SendErrorAsync(null, ErrorCodes.InvalidRequest, reason).ConfigureAwait(false);
                return;
            }

            RequestId? id = null;
            if (root.TryGetProperty("id", out var idElement) && idElement.ValueKind != JsonValueKind.Null)
            {
                if (!RequestId.TryRead(idElement, out var parsed))
                {
                    await SendErrorAsync(null, ErrorCodes.InvalidRequest, "`id` must be an integer or a string").ConfigureAwait(false);
                    return;
                }
                id = parsed;
            }

            if (!root.TryGetProperty("jsonrpc", out var version) || version.ValueKind != JsonValueKind.String || version.GetString() != "2.0")
            {
                await SendErrorAsync(id, ErrorCodes.InvalidRequest, "`jsonrpc` must be \"2.0\"").ConfigureAwait(false);
                return;
            }

            if (root.TryGetProperty("method", out var methodElement))
            {
                if (methodElement.ValueKind != JsonValueKind.String)
                {
                    await SendErrorAsync(id, ErrorCodes.InvalidRequest, "`method` must be a string").ConfigureAwait(false);
                    return;
                }
                var method = methodElement.GetString()!;
                JsonElement? parameters = root.TryGetProperty("params", out var p) && p.ValueKind != JsonValueKind.Null ? p.Clone() : null;
                if (id is { } requestId)
                {
                    await StartRequestAsync(target, requestId, method, parameters, lifetime).ConfigureAwait(false);
                }
                else
                {
                    await HandleNotificationAsync(target, method, parameters, lifetime).ConfigureAwait(false);
                }
                return;
            }

            if (id is { } responseId && (root.TryGetProperty("result", out _) || root.TryGetProperty("error", out _)))
            {
                CompleteOutgoing(responseId, root);
                return;
            }
            await SendErrorAsync(id, ErrorCodes.InvalidRequest, "a message needs a `method`, or an `id` with a `result` or an `error`").ConfigureAwait(false);
        }
    }

    private async Task StartRequestAsync(IRpcTarget target, RequestId id, string method, JsonElement? parameters, CancellationToken lifetime)
    {
        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(lifetime);
        if (!_incoming.TryAdd(id, cancellation))
        {
            cancellation.Dispose();
            await SendErrorAsync(id, ErrorCodes.InvalidRequest, $"request id `{id}` is already in use").ConfigureAwait(false);
            return;
        }

        if (target.RunsInOrder(method))
        {
            await RespondAsync(target, id, method, parameters, cancellation).ConfigureAwait(false);
            return;
        }

        var task = Task.Run(() => RespondAsync(target, id, method, parameters, cancellation), CancellationToken.None);
        _running.TryAdd(task, 0);
        _ = task.ContinueWith(t => _running.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private async Task RespondAsync(IRpcTarget target, RequestId id, string method, JsonElement? parameters, CancellationTokenSource cancellation)
    {
        try
        {
            var result = await target.HandleRequestAsync(method, parameters, cancellation.Token).ConfigureAwait(false);
            await SendAsync(writer =>
            {
                writer.WritePropertyName("id");
                id.WriteTo(writer);
                writer.WritePropertyName("result");
                if (result is { } element)
                {
                    element.WriteTo(writer);
                }
                else
                {
                    writer.WriteNullValue();
                }
            }).ConfigureAwait(false);
        }
        catch (JsonRpcException e)
        {
            await SendErrorAsync(id, e.Code, e.Message).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            await SendErrorAsync(id, ErrorCodes.RequestCancelled, $"request `{method}` was cancelled").ConfigureAwait(false);
        }
        catch (Exception e)
        {
            Logger.LogError(e, "request {Method} failed", method);
            await SendErrorAsync(id, ErrorCodes.InternalError, $"internal error while handling `{method}`: {OneLine(e.Message)}").ConfigureAwait(false);
        }
        finally
        {
            _incoming.TryRemove(id, out _);
            cancellation.Dispose();
        }
    }

    private async Task HandleNotificationAsync(IRpcTarget target, string method, JsonElement? parameters, CancellationToken lifetime)
    {
        if (method == CancelRequestMethod)
        {
            if (parameters is { ValueKind: JsonValueKind.Object } p && p.TryGetProperty("id", out var idElement)
                && RequestId.TryRead(idElement, out var id) && _incoming.TryGetValue(id, out var cancellation))
            {
                try
                {
                    await cancellation.CancelAsync().ConfigureAwait(false);
                }
                catch (ObjectDisposedException)
                {
                    // the request finished while the cancellation was on its way
                }
            }
            return;
        }

        try
        {
            await target.HandleNotificationAsync(method, parameters, lifetime).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (lifetime.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            // Notifications have no response; the failure is logged and the server carries on.
            Logger.LogError(e, "notification {Method} failed", method);
        }
    }

    private void CompleteOutgoing(RequestId id, JsonElement response)
    {
        if (!_outgoing.TryRemove(id, out var answer))
        {
            Logger.LogWarning("ignored a response to unknown request {Id}", id);
            return;
        }
        if (response.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
        {
            var code = error.TryGetProperty("code", out var c) && c.TryGetInt32(out var n) ? n : ErrorCodes.InternalError;
            var message = error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : "request failed";
            answer.TrySetException(new JsonRpcException(code, message));
            return;
        }
        answer.TrySetResult(response.TryGetProperty("result", out var result) && result.ValueKind != JsonValueKind.Null ? result.Clone() : null);
    }

    private Task SendErrorAsync(RequestId? id, int code, string message) =>
        SendAsync(writer =>
        {
            writer.WritePropertyName("id");
            if (id is { } value)
            {
                value.WriteTo(writer);
            }
            else
            {
                writer.WriteNullValue();
            }
            writer.WriteStartObject("error");
            writer.WriteNumber("code", code);
            writer.WriteString("message", message);
            writer.WriteEndObject();
        });

    private async Task SendAsync(Action<Utf8JsonWriter> writeMembers)
    {
        if (_outputClosed)
        {
            return;
        }
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("jsonrpc", "2.0");
            writeMembers(writer);
            writer.WriteEndObject();
        }
        try
        {
            await _writer.WriteAsync(buffer.WrittenMemory, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or NotSupportedException)
        {
            // The client has gone away; nothing more can be said to it (and logging would only send more).
            _outputClosed = true;
        }
    }

    private async Task DrainAsync()
    {
        foreach (var answer in _outgoing.Values)
        {
            answer.TrySetCanceled();
        }
        try
        {
            // Handlers were cancelled with the lifetime token; one that ignores it must not keep the process alive.
            await Task.WhenAll(_running.Keys).WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            Logger.LogWarning("some requests were still running at exit");
        }
    }

    private static string OneLine(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length > 0 && char.IsUpper(line[0]) && (line.Length == 1 || !char.IsUpper(line[1]))
            ? char.ToLowerInvariant(line[0]) + line[1..].TrimEnd('.')
            : line.TrimEnd('.');
    }

    public void Dispose() => _writer.Dispose();
}
