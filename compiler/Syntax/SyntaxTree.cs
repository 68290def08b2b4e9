using System.Collections.Immutable;
using Airs.Compiler.Diagnostics;
using Airs.Compiler.Parsing;
using Airs.Compiler.Text;

namespace Airs.Compiler.Syntax;

/// <summary>A parsed file: its text, its full-fidelity tree and the lexing and parsing diagnostics, in source order.</summary>
public sealed class SyntaxTree
{
    private SyntaxTree(SourceText source, CompilationUnitSyntax root, ImmutableArray<Diagnostic> diagnostics)
    {
        Source = source;
        Root = root;
        Diagnostics = diagnostics;
    }

    public SourceText Source { get; }

    public CompilationUnitSyntax Root { get; }

    public ImmutableArray<Diagnostic> Diagnostics { get; }

    public bool HasErrors => Diagnostics.Any(diagnostic => diagnostic.IsError);

    /// <summary>Parses any text; never throws, and <c>Root.ToFullString()</c> always equals the text.</summary>
    public static SyntaxTree Parse(SourceText source)
    {
        var (tokens, lexDiagnostics) = Lexer.Lex(source);
        var (root, parseDiagnostics) = Parser.Parse(source, tokens);
        var diagnostics = lexDiagnostics.AddRange(parseDiagnostics)
            .OrderBy(diagnostic => diagnostic.Location.Span.Start)
            .ToImmutableArray();
        return new SyntaxTree(source, root, diagnostics);
    }

    public static SyntaxTree Parse(string text, string path = "") => Parse(new SourceText(path, text));
}
