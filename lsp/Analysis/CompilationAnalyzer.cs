using System.Collections.Concurrent;
using System.Collections.Immutable;
using Airs.Compiler.Binding;
using Airs.Compiler.Text;
using Airs.LanguageServer.Documents;
using Airs.LanguageServer.Workspace;

namespace Airs.LanguageServer.Analysis;

/// <summary>
/// The compiler-backed analyzer: one <see cref="Compilation"/> per snapshot. `use "./x.airs"` reads open buffers
/// first, then the disk, so cross-file features see unsaved edits; the analysis remembers which buffers it read.
/// </summary>
public sealed class CompilationAnalyzer(DocumentStore store) : IDocumentAnalyzer
{
    public async ValueTask<DocumentAnalysis> AnalyzeAsync(DocumentSnapshot document, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        // The compiler takes no token: a superseded analysis is abandoned (its result dropped) rather than stopped.
        var work = Task.Run(() => Analyze(document), CancellationToken.None);
        return await work.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Compiles one snapshot now, on the calling thread.</summary>
    public CompiledAnalysis Analyze(DocumentSnapshot document)
    {
        var path = DocumentPaths.PathOf(document.Uri);
        var root = document.SourceText.Path == path ? document.SourceText : new SourceText(path, document.Text);
        var sources = new OpenDocumentSources(store);
        var compilation = Compilation.Create(root, sources);
        return new CompiledAnalysis(document, compilation, sources.Served.ToImmutableDictionary(StringComparer.Ordinal));
    }

    /// <summary>Serves open buffers before the disk and records what it served (null: read from disk or missing).</summary>
    private sealed class OpenDocumentSources(DocumentStore store) : ISourceProvider
    {
        public ConcurrentDictionary<string, DocumentSnapshot?> Served { get; } = new(StringComparer.Ordinal);

        public SourceText? Read(string fullPath)
        {
            var open = DocumentPaths.OpenDocumentAt(fullPath, store);
            Served[fullPath] = open;
            if (open is not null)
            {
                return new SourceText(fullPath, open.Text);
            }
            try
            {
                return FileSourceProvider.Instance.Read(fullPath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }
    }
}
