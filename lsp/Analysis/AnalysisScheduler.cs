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
/// late result never resurrects the diagnostics of a closed document. An analysis may report problems in the files
/// its document uses; each file's published list is the union of what every open document's analysis says about it.
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

    // Under _publishGate: target URI → contributing document URI → its diagnostics for the target.
    private readonly Dictionary<string, Dictionary<string, IReadOnlyList<Diagnostic>>> _contributions = new(StringComparer.Ordinal);

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
        if (_latest.TryGetValue(uri, out var latest) && ReferenceEquals(latest.Document, document) && latest.IsUpToDate(_store))
        {
            return latest;
        }
        return await AnalyzeAsync(document, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every open document's latest analysis (for features that look across documents: references, rename).</summary>
    public async Task<IReadOnlyList<DocumentAnalysis>> GetAllAnalysesAsync(CancellationToken cancellationToken)
    {
        var analyses = new List<DocumentAnalysis>();
        foreach (var document in _store.Documents)
        {
            if (await GetAnalysisAsync(document.Uri, cancellationToken).ConfigureAwait(false) is { } analysis)
            {
                analyses.Add(analysis);
            }
        }
        return analyses;
    }

    /// <summary>Re-analyses the open documents whose last analysis read <paramref name="uri"/> through `use`.</summary>
    public void ScheduleDependents(string uri)
    {
        var path = Workspace.DocumentPaths.PathOf(uri);
        foreach (var (dependent, analysis) in _latest)
        {
            if (dependent != uri && analysis.DependsOn(path))
            {
                _ = ScheduleAsync(dependent);
            }
        }
    }

    /// <summary>
    /// Stops work on a closed document and withdraws what it reported; its own URI keeps only what other open
    /// documents report about it (nothing, unless another document uses it).
    /// </summary>
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
            var affected = Contribute(uri, new Dictionary<string, IReadOnlyList<Diagnostic>>(StringComparer.Ordinal));
            affected.Add(uri);
            foreach (var target in affected)
            {
                await _client.NotifyAsync(PublishDiagnosticsMethod, new PublishDiagnosticsParams(target, Union(target)), CancellationToken.None).ConfigureAwait(false);
            }
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
            var document = analysis.Document;
            var affected = Contribute(document.Uri, analysis.DiagnosticsByUri(_converter));
            affected.Add(document.Uri);
            foreach (var target in affected.Order(StringComparer.Ordinal))
            {
                var version = target == document.Uri ? document.Version : (int?)null;
                await _client.NotifyAsync(PublishDiagnosticsMethod, new PublishDiagnosticsParams(target, Union(target), version), CancellationToken.None).ConfigureAwait(false);
            }
        }
        finally
        {
            _publishGate.Release();
        }
    }

    /// <summary>Replaces what <paramref name="contributor"/> reports; returns the targets whose union may have changed.</summary>
    private HashSet<string> Contribute(string contributor, IReadOnlyDictionary<string, IReadOnlyList<Diagnostic>> byTarget)
    {
        var affected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (target, contributors) in _contributions)
        {
            if (contributors.Remove(contributor))
            {
                affected.Add(target);
            }
        }
        foreach (var (target, diagnostics) in byTarget)
        {
            if (!_contributions.TryGetValue(target, out var contributors))
            {
                contributors = new Dictionary<string, IReadOnlyList<Diagnostic>>(StringComparer.Ordinal);
                _contributions[target] = contributors;
            }
            contributors[contributor] = diagnostics;
            affected.Add(target);
        }
        foreach (var empty in _contributions.Where(c => c.Value.Count == 0).Select(c => c.Key).ToList())
        {
            _contributions.Remove(empty);
        }
        return affected;
    }

    /// <summary>What every contributor reports about <paramref name="target"/>, its own analysis first, without repeats.</summary>
    private List<Diagnostic> Union(string target)
    {
        if (!_contributions.TryGetValue(target, out var contributors))
        {
            return [];
        }
        return [.. contributors.OrderBy(c => c.Key == target ? 0 : 1).ThenBy(c => c.Key, StringComparer.Ordinal)
            .SelectMany(c => c.Value)
            .DistinctBy(d => (d.Range, d.Code, d.Message))];
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
