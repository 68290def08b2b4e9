namespace Airs.Compiler.Syntax;

/// <summary>An expression: no loops, no user functions, no arithmetic.</summary>
public abstract class ExpressionSyntax : SyntaxNode
{
}
