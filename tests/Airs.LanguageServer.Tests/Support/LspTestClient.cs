using System.Collections.Concurrent;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Airs.LanguageServer.JsonRpc;
using Airs.LanguageServer.Server;

namespace Airs.LanguageServer.Tests.Support;

/// <summary>
/// Drives an in-process server over two in-memory pipes, as an editor would over stdio. Responses are collected by
/// id (the raw JSON of the id, "null" for errors without one) and notifications by method.
/// </summary>
internal sealed class LspTestClient : IAsyncDisposable
{
    /// <summary>A guard against hanging tests, not a pacing device: every wait normally completes at once.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly Pipe _toServer = new();
    private readonly Pipe _fromServer = new();
    private readonly Stream _input;
    private readonly ConcurrentDictionary<string, Channel<JsonElement>> _responses = new();
    private readonly ConcurrentDictionary<string, Channel<JsonElement>> _notifications = new();
    private readonly Task _readLoop;
    private int _nextId;

    private LspTestClient(LanguageServerOptions options)
    {
        _input = _toServer.Writer.AsStream();
        var serverInput = _toServer.Reader.AsStream();
        var serverOutput = _fromServer.Writer.AsStream();
        ServerTask = Task.Run(async () =>
        {
            try
            {
                return await LanguageServerHost.RunAsync(serverInput, serverOutput, options, CancellationToken.None);
            }
            finally
            {
                await _fromServer.Writer.CompleteAsync();
            }
        });
        _readLoop = Task.Run(ReadLoopAsync);
    }

    public Task<int> ServerTask { get; }

    public static LspTestClient Start(LanguageServerOptions? options = null) => new(options ?? new LanguageServerOptions());

    public static async Task<LspTestClient> StartInitializedAsync(LanguageServerOptions? options = null)
    {
        var client = Start(options);
        await client.InitializeAsync();
        return client;
    }

    public async Task<JsonElement> InitializeAsync()
    {
        var response = await RequestAsync("initialize", new { processId = (int?)null, rootUri = (string?)null, capabilities = new { } });
        await NotifyAsync("initialized", new { });
        return response;
    }

    public Task SendRawAsync(string text) => SendRawAsync(Encoding.UTF8.GetBytes(text));

    public async Task SendRawAsync(byte[] bytes)
    {
        await _input.WriteAsync(bytes);
        await _input.FlushAsync();
    }

    public static byte[] Frame(string json)
    {
        var body = Encoding.UTF8.GetBytes(json);
        return [.. Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"), .. body];
    }

    public Task SendJsonAsync(object message) => SendRawAsync(Frame(JsonSerializer.Serialize(message)));

    public int NextId() => Interlocked.Increment(ref _nextId);

    /// <summary>Sends a request and waits for its response (the whole response object).</summary>
    public async Task<JsonElement> RequestAsync(string method, object? parameters, object? id = null)
    {
        id ??= NextId();
        await SendJsonAsync(new { jsonrpc = "2.0", id, method, @params = parameters });
        return await ResponseAsync(JsonSerializer.Serialize(id));
    }

    public Task NotifyAsync(string method, object? parameters) =>
        SendJsonAsync(new { jsonrpc = "2.0", method, @params = parameters });

    /// <summary>Waits for the next response whose id has this raw JSON ("1", "\"a\"", "null").</summary>
    public async Task<JsonElement> ResponseAsync(string rawId) =>
        await Queue(_responses, rawId).Reader.ReadAsync().AsTask().WaitAsync(Patience);

    public async Task<JsonElement> NotificationAsync(string method) =>
        await Queue(_notifications, method).Reader.ReadAsync().AsTask().WaitAsync(Patience);

    /// <summary>Notifications of this method that arrived and were not yet taken.</summary>
    public List<JsonElement> DrainNotifications(string method)
    {
        var drained = new List<JsonElement>();
        while (Queue(_notifications, method).Reader.TryRead(out var item))
        {
            drained.Add(item);
        }
        return drained;
    }

    /// <summary>Closes the client's end: the server sees end of input.</summary>
    public Task CloseInputAsync() => _toServer.Writer.CompleteAsync().AsTask();

    public async Task<int> ExitCodeAsync() => await ServerTask.WaitAsync(Patience);

    public static string Uri(string name) => $"file:///work/{name}";

    public Task OpenAsync(string uri, string text, int version = 1) =>
        NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "airs", version, text } });

    private async Task ReadLoopAsync()
    {
        var reader = new MessageReader(_fromServer.Reader.AsStream());
        while (await reader.ReadAsync(CancellationToken.None) is FramedMessage.Body body)
        {
            var message = JsonDocument.Parse(body.Bytes).RootElement.Clone();
            if (message.TryGetProperty("method", out var method) && !message.TryGetProperty("id", out _))
            {
                await Queue(_notifications, method.GetString()!).Writer.WriteAsync(message);
            }
            else if (message.TryGetProperty("id", out var id))
            {
                await Queue(_responses, id.GetRawText()).Writer.WriteAsync(message);
            }
        }
    }

    private static Channel<JsonElement> Queue(ConcurrentDictionary<string, Channel<JsonElement>> queues, string key) =>
        queues.GetOrAdd(key, _ => Channel.CreateUnbounded<JsonElement>());

    public async ValueTask DisposeAsync()
    {
        await _toServer.Writer.CompleteAsync();
        try
        {
            await ServerTask.WaitAsync(Patience);
            await _readLoop.WaitAsync(Patience);
        }
        catch (TimeoutException)
        {
            // the test that hung has already failed on its own assertion
        }
    }
}
