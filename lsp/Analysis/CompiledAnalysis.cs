using System.Collections.Immutable;
using Airs.Compiler.Binding;
using Airs.Compiler.Syntax;
using Airs.Compiler.Text;
using Airs.LanguageServer.Documents;
using Airs.LanguageServer.Protocol;
using Airs.LanguageServer.Workspace;

namespace Airs.LanguageServer.Analysis;

/// <summary>
/// The analysis of one snapshot by the compiler: its <see cref="Compilation"/> (root, used trees, diagnostics and
/// semantic model) and the open buffers it read through `use`. Every feature reads from here; none parses again.
/// </summary>
public sealed record CompiledAnalysis : DocumentAnalysis
{
    private readonly ImmutableDictionary<string, DocumentSnapshot?> _dependencies;
    private readonly Dictionary<string, LineIndex> _lines = new(StringComparer.Ordinal);

    public CompiledAnalysis(DocumentSnapshot document, Compilation compilation, ImmutableDictionary<string, DocumentSnapshot?> dependencies)
        : base(document, [.. compilation.Diagnostics.Where(d => d.Location.Source.Path == compilation.Root.Source.Path)])
    {
        Compilation = compilation;
        _dependencies = dependencies;
    }

    public Compilation Compilation { get; }

    public SyntaxTree Root => Compilation.Root;

    public SemanticModel Model => Compilation.Model;

    /// <summary>The root's offset of an LSP position.</summary>
    public int OffsetOf(Position position) => Document.Lines.GetOffset(position);

    /// <summary>Line index of any file of the compilation (the root's is the snapshot's own).</summary>
    public LineIndex LinesOf(SourceText source)
    {
        if (source.Path == Root.Source.Path)
        {
            return Document.Lines;
        }
        lock (_lines)
        {
            if (!_lines.TryGetValue(source.Path, out var index))
            {
                index = LineIndex.Create(source.Text);
                _lines[source.Path] = index;
            }
            return index;
        }
    }

    /// <summary>The client location of a compiler location, or null when it is in a standard pack (no file to show).</summary>
    public Location? ToLocation(Compiler.Diagnostics.Location location, DocumentStore store)
    {
        var uri = location.Source.Path == Root.Source.Path ? Document.Uri : DocumentPaths.UriOf(location.Source.Path, store);
        return uri is null ? null : new Location(uri, LinesOf(location.Source).GetRange(location.Span));
    }

    public override bool IsUpToDate(DocumentStore store) =>
        _dependencies.All(d => ReferenceEquals(DocumentPaths.OpenDocumentAt(d.Key, store), d.Value));

    public override bool DependsOn(string path) => _dependencies.ContainsKey(path);

    internal override IReadOnlyDictionary<string, IReadOnlyList<Diagnostic>> DiagnosticsByUri(DiagnosticConverter converter)
    {
        var byUri = new Dictionary<string, IReadOnlyList<Diagnostic>>(StringComparer.Ordinal)
        {
            [Document.Uri] = [.. Diagnostics.Select(d => converter.Convert(d, Document.Lines, Document.Uri))],
        };
        foreach (var group in Compilation.Diagnostics.Where(d => d.Location.Source.Path != Root.Source.Path).GroupBy(d => d.Location.Source.Path))
        {
            var source = group.First().Location.Source;
            // Published where the client can show it: an open buffer or a file on disk (never a standard pack).
            var uri = _dependencies.GetValueOrDefault(source.Path)?.Uri
                ?? (Path.IsPathFullyQualified(source.Path) && File.Exists(source.Path) ? new Uri(source.Path).AbsoluteUri : null);
            if (uri is null)
            {
                continue;
            }
            var lines = LinesOf(source);
            byUri[uri] = [.. group.Select(d => converter.Convert(d, lines, uri))];
        }
        return byUri;
    }
}
