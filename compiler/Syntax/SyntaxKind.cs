namespace Airs.Compiler.Syntax;

/// <summary>The kinds of tokens and trivia. Keywords other than the reserved expression words are identifiers.</summary>
public enum SyntaxKind
{
    // Tokens
    EndOfFile,
    Identifier,
    String,
    TextBlock,
    Number,
    Percent,
    Duration,
    Regex,
    Bad,

    OpenBrace,
    CloseBrace,
    OpenParen,
    CloseParen,
    OpenBracket,
    CloseBracket,
    Comma,
    Colon,
    Dot,
    Question,
    Equals,
    EqualsEquals,
    BangEquals,
    Less,
    LessEquals,
    Greater,
    GreaterEquals,
    /// <summary><c>-</c>: only unary, before a number (<c>-5</c>); the language has no arithmetic.</summary>
    Minus,

    AndKeyword,
    OrKeyword,
    NotKeyword,
    TrueKeyword,
    FalseKeyword,
    MatchesKeyword,
    ContainsKeyword,
    InKeyword,

    // Trivia
    Whitespace,
    Newline,
    LineComment,
    BlockComment,
}
