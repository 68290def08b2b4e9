using System.Collections.Immutable;
using Airs.Compiler.Diagnostics;
using Airs.Compiler.Schema;
using Airs.Compiler.Syntax;
using Airs.Compiler.Text;

namespace Airs.Compiler.Parsing;

/// <summary>
/// Recursive-descent parser over the lexer's tokens. It never throws and never returns null: a missing
/// token is synthesised with an "expected" error, unexpected tokens go into a skipped-tokens item with one
/// error, and nesting (blocks, brackets, <c>not</c>, chained <c>and</c>/<c>or</c>) is capped at
/// <see cref="MaxDepth"/> so neither the parser nor a later tree walk can overflow the stack.
/// </summary>
internal sealed partial class Parser
{
    public const int MaxDepth = 64;

    private readonly SourceText _source;
    private readonly ImmutableArray<SyntaxToken> _tokens;
    private readonly bool[] _startsLine;
    private readonly List<Diagnostic> _diagnostics = [];
    private int _index;
    private int _depth;
    private int _lastErrorPosition = -1;

    // The block being parsed (top level outside any), for "did you mean" on an unknown item.
    private BlockShape? _shape = LanguageSchema.TopLevel;

    private Parser(SourceText source, ImmutableArray<SyntaxToken> tokens)
    {
        _source = source;
        _tokens = tokens;
        _startsLine = new bool[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            _startsLine[i] = i == 0 || HasNewline(tokens[i - 1].TrailingTrivia) || HasNewline(tokens[i].LeadingTrivia);
        }
    }

    public static (CompilationUnitSyntax Root, ImmutableArray<Diagnostic> Diagnostics) Parse(SourceText source, ImmutableArray<SyntaxToken> tokens)
    {
        var parser = new Parser(source, tokens);
        var root = parser.ParseCompilationUnit();
        return (root, [.. parser._diagnostics]);
    }

    private static bool HasNewline(ImmutableArray<SyntaxTrivia> trivia)
    {
        foreach (var item in trivia)
        {
            if (item.Kind == SyntaxKind.Newline)
            {
                return true;
            }
        }
        return false;
    }

    // ---- token access ----

    private SyntaxToken Current => _tokens[_index];

    private SyntaxToken PeekToken(int offset) => _tokens[Math.Min(_index + offset, _tokens.Length - 1)];

    private bool CurrentStartsLine => _startsLine[_index];

    private SyntaxToken Next()
    {
        var token = Current;
        if (token.Kind != SyntaxKind.EndOfFile)
        {
            _index++;
        }
        return token;
    }

    /// <summary>A zero-width token where the source lacks one, placed so full spans stay contiguous.</summary>
    private SyntaxToken Missing(SyntaxKind kind) =>
        new(kind, string.Empty, Current.FullSpan.Start, [], [], isMissing: true);

    /// <summary>Where a missing token is reported: just after the previous token, on its line.</summary>
    private Location MissingLocation()
    {
        var end = _index > 0 ? _tokens[_index - 1].Span.End : 0;
        return new Location(_source, new TextSpan(end, 0));
    }

    private Location CurrentLocation() => new(_source, Current.Span);

    private string DescribeCurrent() => Current.Kind == SyntaxKind.EndOfFile
        ? "end of file"
        : $"`{Shorten(Current.Text)}`";

    private static string Shorten(string text)
    {
        var newline = text.AsSpan().IndexOfAny('\r', '\n');
        var line = newline >= 0 ? text[..newline] : text;
        return line.Length > 40 ? line[..40] + "…" : line;
    }

    /// <summary>Reports unless an error was already reported here or the lexer already reported the current bad token.</summary>
    private void Report(Diagnostic diagnostic)
    {
        if (diagnostic.Location.Span.Start == _lastErrorPosition || Current.Kind == SyntaxKind.Bad)
        {
            return;
        }
        _lastErrorPosition = diagnostic.Location.Span.Start;
        _diagnostics.Add(diagnostic);
    }

    private SyntaxToken Expect(SyntaxKind kind)
    {
        if (Current.Kind == kind)
        {
            return Next();
        }
        Report(DiagnosticCatalog.ExpectedToken(MissingLocation(), $"`{SyntaxFacts.FixedText(kind)}`", DescribeCurrent()));
        return Missing(kind);
    }

    private SyntaxToken ExpectIdentifier(string description)
    {
        if (Current.Kind == SyntaxKind.Identifier)
        {
            return Next();
        }
        Report(DiagnosticCatalog.ExpectedToken(MissingLocation(), description, DescribeCurrent()));
        return Missing(SyntaxKind.Identifier);
    }

    private SyntaxToken ExpectKeyword(string keyword) => ExpectKeyword(keyword, $"`{keyword}`");

    private SyntaxToken ExpectKeyword(string keyword, string description)
    {
        if (Current.IsKeyword(keyword))
        {
            return Next();
        }
        Report(DiagnosticCatalog.ExpectedToken(MissingLocation(), description, DescribeCurrent()));
        return Missing(SyntaxKind.Identifier);
    }

    private SyntaxToken ExpectString(string description)
    {
        if (Current.Kind == SyntaxKind.String)
        {
            return Next();
        }
        Report(DiagnosticCatalog.ExpectedToken(MissingLocation(), description, DescribeCurrent()));
        return Missing(SyntaxKind.String);
    }

    private SyntaxToken? OptionalKeyword(string keyword) => Current.IsKeyword(keyword) ? Next() : null;

    // ---- recovery ----

    /// <summary>
    /// Skips at least one token, then up to a synchronising token: <c>}</c> at bracket depth zero, an item
    /// keyword, or an identifier that starts a line. Brackets inside the run are skipped whole.
    /// </summary>
    private SkippedTokensSyntax SkipRun(Diagnostic? diagnostic)
    {
        if (diagnostic is not null)
        {
            Report(diagnostic);
        }
        var tokens = ImmutableArray.CreateBuilder<SyntaxToken>();
        var depth = 0;
        while (Current.Kind != SyntaxKind.EndOfFile)
        {
            var token = Current;
            if (tokens.Count > 0 && depth == 0 && (token.Kind == SyntaxKind.CloseBrace || IsItemBoundary()))
            {
                break;
            }
            depth = AdjustDepth(token.Kind, depth);
            tokens.Add(Next());
        }
        return new SkippedTokensSyntax(tokens.ToImmutable());
    }

    private bool IsItemBoundary() =>
        Current.Kind == SyntaxKind.Identifier && (CurrentStartsLine || LanguageSchema.ItemKeywords.Contains(Current.Text));

    private static int AdjustDepth(SyntaxKind kind, int depth) => kind switch
    {
        SyntaxKind.OpenBrace or SyntaxKind.OpenParen or SyntaxKind.OpenBracket => depth + 1,
        SyntaxKind.CloseBrace or SyntaxKind.CloseParen or SyntaxKind.CloseBracket when depth > 0 => depth - 1,
        _ => depth,
    };

    /// <summary>
    /// Past the nesting limit: reports once and skips the rest of the construct, i.e. up to a closing bracket,
    /// comma or line-starting item keyword at depth zero.
    /// </summary>
    private SkippedTokensSyntax SkipTooDeep()
    {
        Report(DiagnosticCatalog.NestingTooDeep(CurrentLocation(), MaxDepth));
        var tokens = ImmutableArray.CreateBuilder<SyntaxToken>();
        var depth = 0;
        while (Current.Kind != SyntaxKind.EndOfFile)
        {
            var kind = Current.Kind;
            if (tokens.Count > 0 && depth == 0 && (kind is SyntaxKind.CloseBrace or SyntaxKind.CloseParen or SyntaxKind.CloseBracket
                or SyntaxKind.Comma || (CurrentStartsLine && IsItemBoundary() && LanguageSchema.ItemKeywords.Contains(Current.Text))))
            {
                break;
            }
            depth = AdjustDepth(kind, depth);
            tokens.Add(Next());
        }
        return new SkippedTokensSyntax(tokens.ToImmutable());
    }

    private ErrorExpressionSyntax TooDeepExpression() => new(SkipTooDeep());

    /// <summary>
    /// Elements separated by commas up to <paramref name="closer"/> (not consumed); a trailing comma is kept.
    /// A missing comma between two elements on one line is synthesised.
    /// </summary>
    private SeparatedSyntaxList<T> ParseSeparated<T>(SyntaxKind closer, Func<bool> canStartElement, Func<T> parseElement)
        where T : SyntaxElement
    {
        var items = ImmutableArray.CreateBuilder<T>();
        var separators = ImmutableArray.CreateBuilder<SyntaxToken>();
        while (Current.Kind != closer && canStartElement())
        {
            var before = _index;
            items.Add(parseElement());
            if (Current.Kind == SyntaxKind.Comma)
            {
                separators.Add(Next());
                continue;
            }
            if (Current.Kind != closer && canStartElement() && !CurrentStartsLine && _index > before)
            {
                separators.Add(Expect(SyntaxKind.Comma));
                continue;
            }
            break;
        }
        return new SeparatedSyntaxList<T>(items.ToImmutable(), separators.ToImmutable());
    }
}
