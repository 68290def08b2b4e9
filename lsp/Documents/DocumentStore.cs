using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Airs.LanguageServer.Protocol;

namespace Airs.LanguageServer.Documents;

/// <summary>The documents the client has open, by URI. Changes arrive in order; readers may be on any thread.</summary>
public sealed class DocumentStore
{
    private readonly ConcurrentDictionary<string, DocumentSnapshot> _documents = new(StringComparer.Ordinal);

    public IReadOnlyCollection<DocumentSnapshot> Documents => [.. _documents.Values];

    public DocumentSnapshot Open(TextDocumentItem item)
    {
        var snapshot = new DocumentSnapshot(item.Uri, item.LanguageId, item.Version, item.Text);
        _documents[item.Uri] = snapshot;
        return snapshot;
    }

    /// <summary>Applies the changes; null when the document is not open (the change is then ignored).</summary>
    public DocumentSnapshot? Change(VersionedTextDocumentIdentifier document, IReadOnlyList<TextDocumentContentChangeEvent> changes)
    {
        while (_documents.TryGetValue(document.Uri, out var current))
        {
            var next = current.WithChanges(document.Version, changes);
            if (_documents.TryUpdate(document.Uri, next, current))
            {
                return next;
            }
        }
        return null;
    }

    public bool Close(string uri) => _documents.TryRemove(uri, out _);

    public bool TryGet(string uri, [NotNullWhen(true)] out DocumentSnapshot? snapshot) => _documents.TryGetValue(uri, out snapshot);
}
