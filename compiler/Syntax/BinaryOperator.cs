namespace Airs.Compiler.Syntax;

public enum BinaryOperator
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
