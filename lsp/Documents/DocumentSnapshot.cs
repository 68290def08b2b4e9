using Airs.Compiler.Text;
using Airs.LanguageServer.Protocol;

namespace Airs.LanguageServer.Documents;

/// <summary>One version of an open document. Immutable: a change makes a new snapshot.</summary>
public sealed class DocumentSnapshot
{
    private readonly Lazy<SourceText> _sourceText;

    public DocumentSnapshot(string uri, string languageId, int version, string text)
    {
        Uri = uri;
        LanguageId = languageId;
        Version = version;
        Text = text;
        Lines = LineIndex.Create(text);
        _sourceText = new Lazy<SourceText>(() => new SourceText(PathOf(uri), text));
    }

    public string Uri { get; }

    public string LanguageId { get; }

    public int Version { get; }

    public string Text { get; }

    public LineIndex Lines { get; }

    /// <summary>The text as the compiler reads it, named by the file's path (or the URI when it is not a file).</summary>
    public SourceText SourceText => _sourceText.Value;

    /// <summary>Applies changes in order (each range is in the text left by the previous change) and takes the new version.</summary>
    public DocumentSnapshot WithChanges(int version, IEnumerable<TextDocumentContentChangeEvent> changes)
    {
        var text = Text;
        var lines = Lines;
        foreach (var change in changes)
        {
            if (change.Range is null)
            {
                text = change.Text;
            }
            else
            {
                var span = lines.GetSpan(change.Range);
                text = string.Concat(text.AsSpan(0, span.Start), change.Text, text.AsSpan(span.End));
            }
            lines = LineIndex.Create(text);
        }
        return new DocumentSnapshot(Uri, LanguageId, version, text);
    }

    public static string PathOf(string uri) =>
        System.Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile ? parsed.LocalPath : uri;
}
