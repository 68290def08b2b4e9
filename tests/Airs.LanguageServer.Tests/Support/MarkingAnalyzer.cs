using System.Collections.Concurrent;
using System.Collections.Immutable;
using Airs.Compiler.Diagnostics;
using Airs.Compiler.Text;
using Airs.LanguageServer.Analysis;
using Airs.LanguageServer.Documents;

namespace Airs.LanguageServer.Tests.Support;

/// <summary>
/// Stands in for the compiler: reports an AIRS9999 error on every occurrence of <c>bad</c>, through the same
/// compiler <see cref="Diagnostic"/> type the real analyzer will return, and records which versions it saw.
/// </summary>
internal sealed class MarkingAnalyzer : IDocumentAnalyzer
{
    public ConcurrentQueue<int> AnalysedVersions { get; } = new();

    public ValueTask<DocumentAnalysis> AnalyzeAsync(DocumentSnapshot document, CancellationToken cancellationToken)
    {
        AnalysedVersions.Enqueue(document.Version);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        for (var at = document.Text.IndexOf("bad", StringComparison.Ordinal); at >= 0; at = document.Text.IndexOf("bad", at + 1, StringComparison.Ordinal))
        {
            diagnostics.Add(new Diagnostic(
                "AIRS9999",
                DiagnosticSeverity.Error,
                "unknown item `bad`",
                new Location(document.SourceText, new TextSpan(at, 3)),
                Help: "an item starts with a keyword such as `guard`"));
        }
        return ValueTask.FromResult(new DocumentAnalysis(document, diagnostics.ToImmutable()));
    }
}
