namespace Airs.Compiler.Syntax;

/// <summary>A binary operator as written; the binder maps the comparisons to <see cref="Semantics.BinaryOperator"/>.</summary>
public enum SyntaxOperator
{
    Or,
    And,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Matches,
    Contains,
    In,
    NotIn,
}
