using System.Text.Json;
using Airs.LanguageServer.Documents;
using Airs.LanguageServer.Protocol;
using Airs.LanguageServer.Server;

namespace Airs.LanguageServer.Tests.Support;

/// <summary>A started, initialized server with the compiler analyzer, and helpers to address positions by text.</summary>
internal sealed class FeatureSession : IAsyncDisposable
{
    private FeatureSession(LspTestClient client) => Client = client;

    public LspTestClient Client { get; }

    /// <summary>The policy most feature tests run on (it compiles without a diagnostic).</summary>
    public static string Bank => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Features", "bank.airs")).ReplaceLineEndings("\n");

    public static async Task<FeatureSession> StartAsync(LanguageServerOptions? options = null) =>
        new(await LspTestClient.StartInitializedAsync(options ?? new LanguageServerOptions { AnalysisDelay = TimeSpan.Zero }));

    /// <summary>Opens a document and returns the diagnostics first published for it.</summary>
    public async Task<JsonElement> OpenAsync(string uri, string text, int version = 1)
    {
        await Client.OpenAsync(uri, text, version);
        return await DiagnosticsForAsync(uri);
    }

    private readonly Dictionary<string, Queue<JsonElement>> _published = new(StringComparer.Ordinal);

    /// <summary>The next publishDiagnostics params for this URI (those for other URIs are kept for later).</summary>
    public async Task<JsonElement> DiagnosticsForAsync(string uri)
    {
        while (true)
        {
            if (_published.TryGetValue(uri, out var queue) && queue.TryDequeue(out var kept))
            {
                return kept;
            }
            var published = (await Client.NotificationAsync("textDocument/publishDiagnostics")).GetProperty("params");
            var target = published.GetProperty("uri").GetString()!;
            if (!_published.TryGetValue(target, out var forTarget))
            {
                forTarget = new Queue<JsonElement>();
                _published[target] = forTarget;
            }
            forTarget.Enqueue(published);
        }
    }

    /// <summary>The zero-based position of the <paramref name="nth"/> occurrence of <paramref name="needle"/>, moved by <paramref name="delta"/>.</summary>
    public static Position At(string text, string needle, int delta = 0, int nth = 1)
    {
        var index = -1;
        for (var i = 0; i < nth; i++)
        {
            index = text.IndexOf(needle, index + 1, StringComparison.Ordinal);
            Assert.True(index >= 0, $"`{needle}` not found");
        }
        return LineIndex.Create(text).GetPosition(index + delta);
    }

    public static object Pos(Position p) => new { line = p.Line, character = p.Character };

    public async Task<JsonElement> ResultAsync(string method, object parameters)
    {
        var response = await Client.RequestAsync(method, parameters);
        Assert.False(response.TryGetProperty("error", out var error), $"`{method}` failed: {error}");
        return response.GetProperty("result");
    }

    public Task<JsonElement> AtAsync(string method, string uri, Position position, object? extra = null) =>
        ResultAsync(method, extra is null
            ? new { textDocument = new { uri }, position = Pos(position) }
            : new { textDocument = new { uri }, position = Pos(position), context = extra });

    /// <summary>Applies LSP text edits (non-overlapping) to a text.</summary>
    public static string Apply(string text, JsonElement edits)
    {
        var lines = LineIndex.Create(text);
        var spans = edits.EnumerateArray()
            .Select(e => (Span: lines.GetSpan(JsonSerializer.Deserialize<Protocol.Range>(e.GetProperty("range"), LanguageServer.JsonRpc.LspJson.Options)!), Text: e.GetProperty("newText").GetString()!))
            .OrderByDescending(e => e.Span.Start);
        foreach (var (span, newText) in spans)
        {
            text = string.Concat(text.AsSpan(0, span.Start), newText, text.AsSpan(span.End));
        }
        return text;
    }

    public static (int Line, int Character) StartOf(JsonElement range) =>
        (range.GetProperty("start").GetProperty("line").GetInt32(), range.GetProperty("start").GetProperty("character").GetInt32());

    public ValueTask DisposeAsync() => Client.DisposeAsync();
}
