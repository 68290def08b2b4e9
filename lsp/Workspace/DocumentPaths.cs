using Airs.Compiler.Binding;
using Airs.LanguageServer.Documents;

namespace Airs.LanguageServer.Workspace;

/// <summary>
/// Between the compiler's file paths and the client's URIs. An open document keeps the URI the client spelled;
/// other files get a <c>file://</c> URI; standard packs (compiled into the compiler) have none.
/// </summary>
internal static class DocumentPaths
{
    /// <summary>The compiler's path for a document URI: the full local path of a file URI, else the URI itself.</summary>
    public static string PathOf(string uri)
    {
        var path = DocumentSnapshot.PathOf(uri);
        return path != uri && Path.IsPathFullyQualified(path) ? Path.GetFullPath(path) : path;
    }

    /// <summary>The URI of the file at <paramref name="path"/>, or null when it is not a file a client can show.</summary>
    public static string? UriOf(string path, DocumentStore store)
    {
        foreach (var document in store.Documents)
        {
            if (PathOf(document.Uri) == path)
            {
                return document.Uri;
            }
        }
        if (path.StartsWith(StandardLibrary.VirtualRoot + "/", StringComparison.Ordinal) || !Path.IsPathFullyQualified(path))
        {
            return null;
        }
        return new Uri(path).AbsoluteUri;
    }

    public static DocumentSnapshot? OpenDocumentAt(string path, DocumentStore store) =>
        store.Documents.FirstOrDefault(d => PathOf(d.Uri) == path);
}
