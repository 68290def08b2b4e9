using System.Collections.Immutable;
using Airs.LanguageServer.Documents;
using CompilerDiagnostic = Airs.Compiler.Diagnostics.Diagnostic;

namespace Airs.LanguageServer.Analysis;

/// <summary>
/// What the analyzer found in one snapshot. Only the diagnostics located in this document belong here. Not sealed:
/// the compiler-backed analysis adds what hover, completion and the other features read (its compilation).
/// </summary>
public record DocumentAnalysis(DocumentSnapshot Document, ImmutableArray<CompilerDiagnostic> Diagnostics)
{
    public static DocumentAnalysis Empty(DocumentSnapshot document) => new(document, []);
}
