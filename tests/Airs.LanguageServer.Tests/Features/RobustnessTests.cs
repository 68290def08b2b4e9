using System.Collections.Concurrent;
using System.Text.Json;
using Airs.LanguageServer.Analysis;
using Airs.LanguageServer.Documents;
using Airs.LanguageServer.JsonRpc;
using Airs.LanguageServer.Server;
using Airs.LanguageServer.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace Airs.LanguageServer.Tests.Features;

/// <summary>Bad input never takes the server down, and an analysis made stale by a newer edit is cancelled.</summary>
public sealed class RobustnessTests
{
    private static readonly string Uri = LspTestClient.Uri("robust.airs");

    private static readonly string[] PositionRequests =
    [
        "textDocument/hover", "textDocument/completion", "textDocument/definition", "textDocument/prepareRename",
    ];

    [Fact]
    public async Task Unknown_methods_and_positions_out_of_range_get_answers_not_crashes()
    {
        await using var session = await FeatureSession.StartAsync();
        await session.OpenAsync(Uri, FeatureSession.Bank);

        var unknown = await session.Client.RequestAsync("textDocument/frobnicate", new { textDocument = new { uri = Uri } });
        Assert.Equal(ErrorCodes.MethodNotFound, unknown.GetProperty("error").GetProperty("code").GetInt32());

        foreach (var method in PositionRequests)
        {
            foreach (var (line, character) in new[] { (9999, 0), (0, 9999), (-1, -5), (int.MaxValue, int.MaxValue) })
            {
                var response = await session.Client.RequestAsync(method, new { textDocument = new { uri = Uri }, position = new { line, character } });
                Assert.False(response.TryGetProperty("error", out var error), $"{method} at {line},{character}: {error}");
            }
        }
        var references = await session.Client.RequestAsync("textDocument/references", new { textDocument = new { uri = Uri }, position = new { line = 9999, character = 9999 }, context = new { includeDeclaration = true } });
        Assert.False(references.TryGetProperty("error", out _));
        var actions = await session.Client.RequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri = Uri },
            range = new { start = new { line = 500, character = 3 }, end = new { line = -4, character = 0 } },
            context = new { diagnostics = Array.Empty<object>() },
        });
        Assert.False(actions.TryGetProperty("error", out _));

        var stillAlive = await session.AtAsync("textDocument/hover", Uri, FeatureSession.At(FeatureSession.Bank, "input.text", 7));
        Assert.Contains("the user's message", stillAlive.GetProperty("contents").GetProperty("value").GetString(), StringComparison.Ordinal);
    }

    /// <summary>Fragments of the language glued at random: every feature answers every position without an error.</summary>
    [Fact]
    public async Task Every_feature_answers_on_arbitrary_fragments_of_policy_text()
    {
        string[] pieces =
        [
            "policy p {", "guard g on input {", "when ", "input.", "tool.args.", "pii.found(", "[email, ", "escalate ", "}", "\n", " and ",
            "\"str", "\"\"\"\n", "/re", "judge j on output {", "pace { alternate when breaker ", "test \"t\" { expect block by ", "(", ")", "]",
            "tier ", "redact ", " with ", "agent a { delegates ", "// c\n", "/* ", "😀", "\r\n", ".", "10%", "5m",
        ];
        await using var session = await FeatureSession.StartAsync();
        var version = 1;
        await session.OpenAsync(Uri, "");
        var generator = Gen.ArrayOf(Gen.Elements(pieces)).Select(parts => string.Concat(parts));
        var property = Prop.ForAll(generator.ToArbitrary(), text =>
        {
            version++;
            session.Client.NotifyAsync("textDocument/didChange", new
            {
                textDocument = new { uri = Uri, version },
                contentChanges = new[] { new { text } },
            }).GetAwaiter().GetResult();
            var lines = LineIndex.Create(text);
            for (var offset = 0; offset <= text.Length; offset += Math.Max(1, text.Length / 7))
            {
                var position = lines.GetPosition(offset);
                foreach (var method in PositionRequests)
                {
                    var response = session.Client.RequestAsync(method, new { textDocument = new { uri = Uri }, position = FeatureSession.Pos(position) }).GetAwaiter().GetResult();
                    if (response.TryGetProperty("error", out var error))
                    {
                        throw new InvalidOperationException($"{method} at {offset} of {JsonSerializer.Serialize(text)}: {error}");
                    }
                }
            }
            foreach (var method in new[] { "textDocument/semanticTokens/full", "textDocument/documentSymbol", "textDocument/formatting" })
            {
                var response = session.Client.RequestAsync(method, new { textDocument = new { uri = Uri }, options = new { tabSize = 2, insertSpaces = true } }).GetAwaiter().GetResult();
                if (response.TryGetProperty("error", out var error))
                {
                    throw new InvalidOperationException($"{method} on {JsonSerializer.Serialize(text)}: {error}");
                }
            }
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(25), property);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task A_client_that_goes_away_ends_the_server_with_exit_code_1()
    {
        var client = await LspTestClient.StartInitializedAsync();
        await client.OpenAsync(Uri, FeatureSession.Bank);
        await client.NotificationAsync("textDocument/publishDiagnostics");

        await client.CloseInputAsync();

        Assert.Equal(1, await client.ExitCodeAsync());
        await client.DisposeAsync();
    }

    [Fact]
    public async Task The_compiler_analyzer_refuses_work_that_is_already_cancelled()
    {
        var store = new DocumentStore();
        var document = store.Open(new Protocol.TextDocumentItem(Uri, "airs", 1, FeatureSession.Bank));
        var analyzer = new CompilationAnalyzer(store);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await analyzer.AnalyzeAsync(document, cancelled.Token));
        var analysis = Assert.IsType<CompiledAnalysis>(await analyzer.AnalyzeAsync(document, CancellationToken.None));
        Assert.Empty(analysis.Diagnostics);
    }

    /// <summary>Blocks the analysis of version 2 until its token is cancelled, and records that it was.</summary>
    private sealed class SlowAnalyzer(IDocumentAnalyzer inner) : IDocumentAnalyzer
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public ConcurrentQueue<int> Cancelled { get; } = new();

        /// <summary>Set once the old analysis has seen its cancellation (that happens on another thread).</summary>
        public TaskCompletionSource CancellationSeen { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async ValueTask<DocumentAnalysis> AnalyzeAsync(DocumentSnapshot document, CancellationToken cancellationToken)
        {
            if (document.Version == 2)
            {
                Started.TrySetResult();
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    Cancelled.Enqueue(document.Version);
                    CancellationSeen.TrySetResult();
                    throw;
                }
            }
            return await inner.AnalyzeAsync(document, cancellationToken);
        }
    }

    [Fact]
    public async Task A_slow_analysis_of_an_old_version_is_cancelled_by_the_next_edit()
    {
        var slow = new SlowAnalyzer(new MarkingAnalyzer());
        await using var client = await LspTestClient.StartInitializedAsync(new LanguageServerOptions { Analyzer = slow, AnalysisDelay = TimeSpan.Zero });
        await client.OpenAsync(Uri, "ok");
        await client.NotificationAsync("textDocument/publishDiagnostics");

        await client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri = Uri, version = 2 }, contentChanges = new[] { new { text = "bad" } } });
        await slow.Started.Task.WaitAsync(LspTestClient.Patience);
        await client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri = Uri, version = 3 }, contentChanges = new[] { new { text = "bad bad" } } });

        var published = (await client.NotificationAsync("textDocument/publishDiagnostics")).GetProperty("params");
        Assert.Equal(3, published.GetProperty("version").GetInt32());
        Assert.Equal(2, published.GetProperty("diagnostics").GetArrayLength());
        await slow.CancellationSeen.Task.WaitAsync(LspTestClient.Patience);
        Assert.Equal([2], slow.Cancelled);
    }
}
