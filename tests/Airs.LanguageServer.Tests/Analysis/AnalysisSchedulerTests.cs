using System.Collections.Concurrent;
using System.Threading.Channels;
using Airs.LanguageServer.Analysis;
using Airs.LanguageServer.Documents;
using Airs.LanguageServer.JsonRpc;
using Airs.LanguageServer.Protocol;
using Airs.LanguageServer.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Range = Airs.LanguageServer.Protocol.Range;

namespace Airs.LanguageServer.Tests.Analysis;

public sealed class AnalysisSchedulerTests
{
    private const string Uri = "file:///debounce.airs";
    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(200);

    private sealed class RecordingClient : IClientNotifier
    {
        public Channel<PublishDiagnosticsParams> Published { get; } = Channel.CreateUnbounded<PublishDiagnosticsParams>();

        public Task NotifyAsync<TParams>(string method, TParams parameters, CancellationToken cancellationToken)
        {
            Assert.Equal(AnalysisScheduler.PublishDiagnosticsMethod, method);
            Published.Writer.TryWrite((PublishDiagnosticsParams)(object)parameters!);
            return Task.CompletedTask;
        }
    }

    private sealed record Fixture(DocumentStore Store, AnalysisScheduler Scheduler, MarkingAnalyzer Analyzer, RecordingClient Client, FakeTimeProvider Time)
    {
        public static Fixture Create()
        {
            var store = new DocumentStore();
            var analyzer = new MarkingAnalyzer();
            var client = new RecordingClient();
            var time = new FakeTimeProvider();
            var scheduler = new AnalysisScheduler(store, analyzer, client, new DiagnosticConverter("https://d"), time, Delay, NullLogger.Instance);
            return new Fixture(store, scheduler, analyzer, client, time);
        }

        public void Edit(int version, string text) =>
            Store.Change(new VersionedTextDocumentIdentifier(Uri, version), [new TextDocumentContentChangeEvent(text, new Range(new Position(0, 0), new Position(0, 0)))]);
    }

    [Fact]
    public async Task A_burst_of_edits_is_analysed_once_after_typing_pauses()
    {
        var f = Fixture.Create();
        f.Store.Open(new TextDocumentItem(Uri, "airs", 1, ""));

        f.Edit(2, "b");
        _ = f.Scheduler.ScheduleAsync(Uri);
        await f.Time.WhenActiveTimers(n => n == 1).WaitAsync(LspTestClient.Patience);
        f.Time.Advance(TimeSpan.FromMilliseconds(150));

        f.Edit(3, "a");  // restarts the delay: 150 ms have passed, but not 200 since this edit
        _ = f.Scheduler.ScheduleAsync(Uri);
        await f.Time.WhenActiveTimers(n => n == 1).WaitAsync(LspTestClient.Patience);
        f.Time.Advance(TimeSpan.FromMilliseconds(150));
        Assert.Empty(f.Analyzer.AnalysedVersions);
        Assert.False(f.Client.Published.Reader.TryPeek(out _));

        f.Time.Advance(TimeSpan.FromMilliseconds(50));
        var published = await f.Client.Published.Reader.ReadAsync().AsTask().WaitAsync(LspTestClient.Patience);

        Assert.Equal(3, published.Version);
        Assert.Equal([3], f.Analyzer.AnalysedVersions);
        Assert.Empty(published.Diagnostics); // "ab" holds no "bad"
    }

    [Fact]
    public async Task Opening_analyses_at_once_without_waiting_for_the_clock()
    {
        var f = Fixture.Create();
        f.Store.Open(new TextDocumentItem(Uri, "airs", 7, "bad"));
        await f.Scheduler.ScheduleAsync(Uri, immediately: true).WaitAsync(LspTestClient.Patience);

        var published = await f.Client.Published.Reader.ReadAsync().AsTask().WaitAsync(LspTestClient.Patience);
        Assert.Equal(7, published.Version);
        Assert.Equal("AIRS9999", Assert.Single(published.Diagnostics).Code);
    }

    private sealed class GatedAnalyzer : IDocumentAnalyzer
    {
        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async ValueTask<DocumentAnalysis> AnalyzeAsync(DocumentSnapshot document, CancellationToken cancellationToken)
        {
            Entered.TrySetResult();
            await Release.Task;
            return DocumentAnalysis.Empty(document);
        }
    }

    [Fact]
    public async Task An_analysis_overtaken_by_an_edit_is_never_published()
    {
        var store = new DocumentStore();
        var analyzer = new GatedAnalyzer();
        var client = new RecordingClient();
        using var scheduler = new AnalysisScheduler(store, analyzer, client, new DiagnosticConverter("https://d"), new FakeTimeProvider(), Delay, NullLogger.Instance);
        store.Open(new TextDocumentItem(Uri, "airs", 1, "old"));
        var run = scheduler.ScheduleAsync(Uri, immediately: true);
        await analyzer.Entered.Task.WaitAsync(LspTestClient.Patience);

        store.Change(new VersionedTextDocumentIdentifier(Uri, 2), [new TextDocumentContentChangeEvent("new")]);
        analyzer.Release.SetResult();
        await run.WaitAsync(LspTestClient.Patience);

        Assert.False(client.Published.Reader.TryRead(out _));
    }

    /// <summary>The disk as the compiler sees it: <c>first.airs</c> blocks until released; records every read.</summary>
    private sealed class GatedDisk : Compiler.Binding.ISourceProvider
    {
        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public ConcurrentQueue<string> Reads { get; } = new();

        public Compiler.Text.SourceText? Read(string fullPath)
        {
            Reads.Enqueue(Path.GetFileName(fullPath));
            if (fullPath.EndsWith("first.airs", StringComparison.Ordinal))
            {
                Entered.TrySetResult();
                Release.Task.Wait(LspTestClient.Patience);
            }
            return new Compiler.Text.SourceText(fullPath, "pack x {\n}\n");
        }
    }

    [Fact]
    public async Task A_newer_version_stops_the_compiler_working_on_the_stale_one()
    {
        var store = new DocumentStore();
        var disk = new GatedDisk();
        var client = new RecordingClient();
        using var scheduler = new AnalysisScheduler(store, new CompilationAnalyzer(store, disk), client, new DiagnosticConverter("https://d"), new FakeTimeProvider(), Delay, NullLogger.Instance);
        store.Open(new TextDocumentItem(Uri, "airs", 1, "policy p {\n  tier low\n  use \"./first.airs\"\n  use \"./second.airs\"\n}\n"));
        var stale = scheduler.ScheduleAsync(Uri, immediately: true);
        await disk.Entered.Task.WaitAsync(LspTestClient.Patience);

        store.Change(new VersionedTextDocumentIdentifier(Uri, 2), [new TextDocumentContentChangeEvent("policy p {\n  tier low\n}\n")]);
        var current = scheduler.ScheduleAsync(Uri, immediately: true);
        disk.Release.SetResult();
        await Task.WhenAll(stale, current).WaitAsync(LspTestClient.Patience);

        // The stale compilation ended at its next `use`: it never read second.airs, and only version 2 was published.
        Assert.Equal(["first.airs"], disk.Reads);
        var published = await client.Published.Reader.ReadAsync().AsTask().WaitAsync(LspTestClient.Patience);
        Assert.Equal(2, published.Version);
        Assert.False(client.Published.Reader.TryRead(out _));
    }

    [Fact]
    public async Task A_pending_analysis_reads_the_snapshot_that_is_current_when_it_runs()
    {
        var f = Fixture.Create();
        f.Store.Open(new TextDocumentItem(Uri, "airs", 1, "bad"));
        var run = f.Scheduler.ScheduleAsync(Uri);
        await f.Time.WhenActiveTimers(n => n == 1).WaitAsync(LspTestClient.Patience);
        f.Edit(2, "x");  // changed, but not rescheduled: the pending run must notice its snapshot is no longer current
        f.Time.Advance(Delay);
        await run.WaitAsync(LspTestClient.Patience);

        var published = await f.Client.Published.Reader.ReadAsync().AsTask().WaitAsync(LspTestClient.Patience);
        Assert.Equal(2, published.Version);
    }

    [Fact]
    public async Task Closing_cancels_pending_analysis_and_clears_diagnostics()
    {
        var f = Fixture.Create();
        f.Store.Open(new TextDocumentItem(Uri, "airs", 1, "bad"));
        var run = f.Scheduler.ScheduleAsync(Uri);
        await f.Time.WhenActiveTimers(n => n == 1).WaitAsync(LspTestClient.Patience);

        f.Store.Close(Uri);
        await f.Scheduler.ForgetAsync(Uri);
        await run.WaitAsync(LspTestClient.Patience);
        f.Time.Advance(Delay);

        var cleared = await f.Client.Published.Reader.ReadAsync().AsTask().WaitAsync(LspTestClient.Patience);
        Assert.Empty(cleared.Diagnostics);
        Assert.Null(cleared.Version);
        Assert.Empty(f.Analyzer.AnalysedVersions);
        Assert.Equal(0, f.Time.ActiveTimers);
    }
}
