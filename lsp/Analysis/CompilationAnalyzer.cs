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
/// <paramref name="disk"/> reads files that are not open (the file system unless a test says otherwise).
/// </summary>
public sealed class CompilationAnalyzer(DocumentStore store, ISourceProvider? disk = null) : IDocumentAnalyzer
{
    private readonly ISourceProvider _disk = disk ?? FileSourceProvider.Instance;

    /// <summary>Compiles the snapshot off the caller's thread; a superseded snapshot's token stops the compiler itself.</summary>
    public async ValueTask<DocumentAnalysis> AnalyzeAsync(DocumentSnapshot document, CancellationToken cancellationToken) =>
        await Task.Run(() => Analyze(document, cancellationToken), cancellationToken).ConfigureAwait(false);

    /// <summary>Compiles one snapshot now, on the calling thread.</summary>
    public CompiledAnalysis Analyze(DocumentSnapshot document, CancellationToken cancellationToken = default)
    {
        var path = DocumentPaths.PathOf(document.Uri);
        var root = document.SourceText.Path == path ? document.SourceText : new SourceText(path, document.Text);
        var sources = new OpenDocumentSources(store, _disk);
        var compilation = Compilation.Create(root, sources, cancellationToken);
        return new CompiledAnalysis(document, compilation, sources.Served.ToImmutableDictionary(StringComparer.Ordinal));
    }

    /// <summary>Serves open buffers before the disk and records what it served (null: read from disk or missing).</summary>
    private sealed class OpenDocumentSources(DocumentStore store, ISourceProvider disk) : ISourceProvider
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
                return disk.Read(fullPath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }
    }
}
