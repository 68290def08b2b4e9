using System.Collections.Immutable;
using Airs.LanguageServer.Documents;
using Airs.LanguageServer.Protocol;
using CompilerDiagnostic = Airs.Compiler.Diagnostics.Diagnostic;

namespace Airs.LanguageServer.Analysis;

/// <summary>
/// What the analyzer found in one snapshot. Only the diagnostics located in this document belong here. Not sealed:
/// the compiler-backed analysis adds what hover, completion and the other features read (its compilation).
/// </summary>
public record DocumentAnalysis(DocumentSnapshot Document, ImmutableArray<CompilerDiagnostic> Diagnostics)
{
    public static DocumentAnalysis Empty(DocumentSnapshot document) => new(document, []);

    /// <summary>
    /// False when a document this analysis read (besides its own snapshot) has changed since, so the analysis must be
    /// redone: `use "./x.airs"` of an open buffer that was edited, opened or closed.
    /// </summary>
    public virtual bool IsUpToDate(DocumentStore store) => true;

    /// <summary>Whether the analysis read the file at <paramref name="path"/> (a used file), so an edit there invalidates it.</summary>
    public virtual bool DependsOn(string path) => false;

    /// <summary>Diagnostics to publish per document URI: this document's own and those located in the files it uses.</summary>
    internal virtual IReadOnlyDictionary<string, IReadOnlyList<Diagnostic>> DiagnosticsByUri(DiagnosticConverter converter) =>
        new Dictionary<string, IReadOnlyList<Diagnostic>>(StringComparer.Ordinal)
        {
            [Document.Uri] = [.. Diagnostics.Select(d => converter.Convert(d, Document.Lines, Document.Uri))],
        };
}
