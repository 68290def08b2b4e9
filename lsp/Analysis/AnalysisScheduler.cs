using System.Collections.Concurrent;
using Airs.LanguageServer.Documents;
using Airs.LanguageServer.JsonRpc;
using Airs.LanguageServer.Protocol;
using Microsoft.Extensions.Logging;

namespace Airs.LanguageServer.Analysis;

/// <summary>
/// Runs the analyzer on open documents and publishes their diagnostics. Edits are debounced: each change restarts
/// a delay (measured on the injected <see cref="TimeProvider"/>), so a burst of typing costs one analysis. Only the
/// analysis of the document's current snapshot is ever published, and publishing is serialised with closing so a
/// late result never resurrects the diagnostics of a closed document.
/// </summary>
internal sealed class AnalysisScheduler : IDisposable
{
    public const string PublishDiagnosticsMethod = "textDocument/publishDiagnostics";

    private readonly DocumentStore _store;
    private readonly IDocumentAnalyzer _analyzer;
    private readonly IClientNotifier _client;
    private readonly DiagnosticConverter _converter;
    private readonly TimeProvider _time;
    private readonly TimeSpan _delay;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _pending = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DocumentAnalysis> _latest = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _publishGate = new(1, 1);

    public AnalysisScheduler(
        DocumentStore store,
        IDocumentAnalyzer analyzer,
        IClientNotifier client,
        DiagnosticConverter converter,
        TimeProvider time,
        TimeSpan delay,
        ILogger logger)
    {
        _store = store;
        _analyzer = analyzer;
        _client = client;
        _converter = converter;
        _time = time;
        _delay = delay;
        _logger = logger;
    }

    /// <summary>Analyses the document after the debounce delay (or at once), cancelling any analysis still pending for it.</summary>
    public Task ScheduleAsync(string uri, bool immediately = false)
    {
        var cancellation = new CancellationTokenSource();
        if (_pending.TryRemove(uri, out var previous))
        {
            CancelQuietly(previous);
        }
        _pending[uri] = cancellation;
        return Task.Run(() => AnalyzeAndPublishAsync(uri, immediately ? TimeSpan.Zero : _delay, cancellation), CancellationToken.None);
    }

    /// <summary>The analysis of the document's current snapshot, computed now if the latest one is stale; null if not open.</summary>
    public async Task<DocumentAnalysis?> GetAnalysisAsync(string uri, CancellationToken cancellationToken)
    {
        if (!_store.TryGet(uri, out var document))
        {
            return null;
        }
        if (_latest.TryGetValue(uri, out var latest) && ReferenceEquals(latest.Document, document))
        {
            return latest;
        }
        return await AnalyzeAsync(document, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stops work on a closed document and clears its diagnostics in the client.</summary>
    public async Task ForgetAsync(string uri)
    {
        if (_pending.TryRemove(uri, out var pending))
        {
            CancelQuietly(pending);
        }
        _latest.TryRemove(uri, out _);
        await _publishGate.WaitAsync().ConfigureAwait(false);
        try
        {
            await _client.NotifyAsync(PublishDiagnosticsMethod, new PublishDiagnosticsParams(uri, []), CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            _publishGate.Release();
        }
    }

    private async Task AnalyzeAndPublishAsync(string uri, TimeSpan delay, CancellationTokenSource cancellation)
    {
        var token = cancellation.Token;
        try
        {
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, _time, token).ConfigureAwait(false);
            }
            if (!_store.TryGet(uri, out var document))
            {
                return;
            }
            var analysis = await AnalyzeAsync(document, token).ConfigureAwait(false);
            await PublishAsync(analysis, token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // superseded by a newer change, or the document was closed
        }
        catch (Exception e)
        {
            _logger.LogError(e, "analysis of {Uri} failed", uri);
        }
        finally
        {
            _pending.TryRemove(new KeyValuePair<string, CancellationTokenSource>(uri, cancellation));
            cancellation.Dispose();
        }
    }

    private async Task<DocumentAnalysis> AnalyzeAsync(DocumentSnapshot document, CancellationToken cancellationToken)
    {
        var analysis = await _analyzer.AnalyzeAsync(document, cancellationToken).ConfigureAwait(false);
        if (IsCurrent(document))
        {
            _latest[document.Uri] = analysis;
        }
        return analysis;
    }

    private async Task PublishAsync(DocumentAnalysis analysis, CancellationToken cancellationToken)
    {
        await _publishGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!IsCurrent(analysis.Document))
            {
                return;
            }
            await _client.NotifyAsync(PublishDiagnosticsMethod, _converter.ToPublishParams(analysis), CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            _publishGate.Release();
        }
    }

    private bool IsCurrent(DocumentSnapshot document) =>
        _store.TryGet(document.Uri, out var current) && ReferenceEquals(current, document);

    private static void CancelQuietly(CancellationTokenSource cancellation)
    {
        try
        {
            cancellation.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // that analysis already finished
        }
    }

    public void Dispose()
    {
        foreach (var pending in _pending.Values)
        {
            CancelQuietly(pending);
        }
        _publishGate.Dispose();
    }
}
