namespace Airs.Compiler.Syntax;

/// <summary>Facts about token kinds and the contextual keywords of the language.</summary>
public static class SyntaxFacts
{
    /// <summary>The reserved word for <paramref name="text"/>, or <see cref="SyntaxKind.Identifier"/>.</summary>
    public static SyntaxKind KeywordKind(ReadOnlySpan<char> text) => text switch
    {
        "and" => SyntaxKind.AndKeyword,
        "or" => SyntaxKind.OrKeyword,
        "not" => SyntaxKind.NotKeyword,
        "true" => SyntaxKind.TrueKeyword,
        "false" => SyntaxKind.FalseKeyword,
        "matches" => SyntaxKind.MatchesKeyword,
        "contains" => SyntaxKind.ContainsKeyword,
        "in" => SyntaxKind.InKeyword,
        _ => SyntaxKind.Identifier,
    };

    /// <summary>The fixed text of a punctuation or reserved-word kind, or null for kinds whose text varies.</summary>
    public static string? FixedText(SyntaxKind kind) => kind switch
    {
        SyntaxKind.OpenBrace => "{",
        SyntaxKind.CloseBrace => "}",
        SyntaxKind.OpenParen => "(",
        SyntaxKind.CloseParen => ")",
        SyntaxKind.OpenBracket => "[",
        SyntaxKind.CloseBracket => "]",
        SyntaxKind.Comma => ",",
        SyntaxKind.Colon => ":",
        SyntaxKind.Dot => ".",
        SyntaxKind.Question => "?",
        SyntaxKind.Equals => "=",
        SyntaxKind.EqualsEquals => "==",
        SyntaxKind.BangEquals => "!=",
        SyntaxKind.Less => "<",
        SyntaxKind.LessEquals => "<=",
        SyntaxKind.Greater => ">",
        SyntaxKind.GreaterEquals => ">=",
        SyntaxKind.Minus => "-",
        SyntaxKind.AndKeyword => "and",
        SyntaxKind.OrKeyword => "or",
        SyntaxKind.NotKeyword => "not",
        SyntaxKind.TrueKeyword => "true",
        SyntaxKind.FalseKeyword => "false",
        SyntaxKind.MatchesKeyword => "matches",
        SyntaxKind.ContainsKeyword => "contains",
        SyntaxKind.InKeyword => "in",
        _ => null,
    };

    public static bool IsTrivia(SyntaxKind kind) => kind is SyntaxKind.Whitespace or SyntaxKind.Newline or SyntaxKind.LineComment or SyntaxKind.BlockComment;

    public static bool IsComment(SyntaxKind kind) => kind is SyntaxKind.LineComment or SyntaxKind.BlockComment;

    public static bool IsComparisonOperator(SyntaxKind kind) => kind is SyntaxKind.EqualsEquals or SyntaxKind.BangEquals
        or SyntaxKind.Less or SyntaxKind.LessEquals or SyntaxKind.Greater or SyntaxKind.GreaterEquals;

    /// <summary>The rules that may follow a declared type (<c>amount?: number min 0 max 500</c>); <c>one</c> is <c>one of</c>.</summary>
    public static readonly IReadOnlySet<string> ValueRuleKeywords = new HashSet<string>(StringComparer.Ordinal)
    {
        "min", "max", "pattern", "one", "sensitive",
    };
}
